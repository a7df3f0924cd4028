#include "services/server_connection.h"

#include <QMetaObject>

#include "net/api_client.h"
#include "net/curl_http_client.h"

namespace lectern::ui {

namespace {
// Online: a light check every minute. Offline: look again soon (the server may be
// starting, or the network coming back), backing off to the minute.
constexpr int kCheckIntervalMs = 60'000;
constexpr int kFirstRetryMs = 3'000;
constexpr std::int64_t kSupportedApiVersion = 1;
} // namespace

// The network objects are used on the worker thread only.
struct ServerConnection::Worker {
    explicit Worker(const std::string& url)
        : http(net::CurlHttpClientOptions{})
        , api(http, url)
    {
    }
    net::CurlHttpClient http;
    net::ApiClient api;
};

ServerConnection::ServerConnection(QString serverUrl, QObject* parent)
    : QObject(parent)
    , m_serverUrl(std::move(serverUrl))
    , m_workerContext(std::make_unique<QObject>())
    , m_worker(std::make_shared<std::unique_ptr<Worker>>())
    , m_shutdown(std::make_shared<net::CancelToken>())
{
    m_status.serverUrl = m_serverUrl;
    m_thread.setObjectName(QStringLiteral("lectern-net"));
    m_workerContext->moveToThread(&m_thread);
    m_thread.start();
    m_timer.setInterval(kFirstRetryMs / 2);
    connect(&m_timer, &QTimer::timeout, this, &ServerConnection::checkNow);
    m_timer.start();
}

ServerConnection::~ServerConnection()
{
    m_timer.stop();
    m_shutdown->cancel(); // ends an in-flight check when the app quits
    m_thread.quit();
    m_thread.wait();
}

void ServerConnection::checkNow()
{
    if (m_checking)
        return;
    m_checking = true;
    QMetaObject::invokeMethod(
        m_workerContext.get(),
        [this, holder = m_worker, shutdown = m_shutdown, url = m_serverUrl] {
            // Made here, on the worker, at the first check: libcurl's global set-up
            // (TLS libraries) costs ~10 ms that start-up should not pay.
            if (!*holder)
                *holder = std::make_unique<Worker>(url.toStdString());
            auto info = (*holder)->api.serverInfo(shutdown.get());
            ServerStatus status;
            status.serverUrl = url;
            if (!info) {
                status.state = ServerStatus::State::Offline;
                status.problem = QString::fromLatin1(net::apiErrorCodeName(info.error().code));
            } else if (info->apiVersion != kSupportedApiVersion) {
                status.state = ServerStatus::State::Incompatible;
                status.serverVersion = QString::fromStdString(info->version);
                status.problem = QStringLiteral("api_version");
            } else {
                status.state = ServerStatus::State::Online;
                status.serverVersion = QString::fromStdString(info->version);
            }
            QMetaObject::invokeMethod(
                this,
                [this, status] {
                    m_checking = false;
                    const bool reachable = status.state == ServerStatus::State::Online;
                    m_timer.setInterval(reachable ? kCheckIntervalMs
                                                  : std::min(kCheckIntervalMs, std::max(kFirstRetryMs, m_timer.interval() * 2)));
                    if (m_status.state == ServerStatus::State::Online && !reachable)
                        m_timer.setInterval(kFirstRetryMs);
                    m_timer.start();
                    m_status = status;
                    Q_EMIT statusChanged(m_status);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

} // namespace lectern::ui
