#include "services/sync_service.h"

#include <algorithm>
#include <mutex>

#include <QMetaObject>
#include <QSysInfo>

#include "account/account_session.h"
#include "net/api_client.h"
#include "net/curl_http_client.h"
#include "net/retrying_http_client.h"
#include "net/sleeper.h"
#include "services/keychain_session_store.h"
#include "services/server_connection.h"
#include "store/local_store.h"
#include "sync/catalog_sync.h"
#include "sync/user_data_sync.h"

namespace lectern::ui {

namespace {

std::int64_t unixNow()
{
    return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

// The app's usual stack: retries with backoff over pooled libcurl handles.
class RetryingCurlClient final : public net::HttpClient {
public:
    RetryingCurlClient()
        : m_retrying(m_curl, m_sleeper)
    {
    }
    [[nodiscard]] net::HttpResult send(const net::HttpRequest& request, const net::CancelToken* cancel) override
    {
        return m_retrying.send(request, cancel);
    }

private:
    net::CurlHttpClient m_curl;
    net::SystemSleeper m_sleeper;
    net::RetryingHttpClient m_retrying;
};

bool isSignInRequired(const net::ApiError& error)
{
    return error.code == net::ApiErrorCode::Unauthorized && error.serverCode == "sign_in_required";
}

bool isOfflineError(const SyncError& error)
{
    if (!error.network)
        return false;
    const auto code = error.network->code;
    return code == net::ApiErrorCode::Offline || code == net::ApiErrorCode::Timeout
        || code == net::ApiErrorCode::Network;
}

AccountInfo accountInfo(const std::optional<account::StoredSession>& session, bool remembered)
{
    AccountInfo info;
    info.remembered = remembered;
    if (session) {
        info.signedIn = true;
        info.email = QString::fromStdString(session->email);
        info.displayName = QString::fromStdString(session->displayName);
    }
    return info;
}

} // namespace

// The worker's AccountSession published for other threads. The mutex keeps
// the session alive while a caller uses it (AccountSession is thread-safe).
struct SyncService::SharedSession {
    std::mutex mutex;
    account::AccountSession* session = nullptr;
};

// Everything here is made and used on the worker thread only.
struct SyncService::Worker {
    std::shared_ptr<SharedSession> shared;
    std::unique_ptr<net::HttpClient> http;
    std::unique_ptr<net::ApiClient> api;
    std::unique_ptr<RememberableSessionStore> sessions;
    std::unique_ptr<account::AccountSession> session;
    std::optional<store::Database> db;
    net::CancelToken shutdown;

    void ensureNetwork(const Options& options)
    {
        if (api)
            return;
        http = options.makeHttpClient ? options.makeHttpClient() : std::make_unique<RetryingCurlClient>();
        api = std::make_unique<net::ApiClient>(*http, options.serverUrl.toStdString());
        auto persistent = options.makeSessionStore ? options.makeSessionStore() : std::make_unique<MemorySessionStore>();
        sessions = std::make_unique<RememberableSessionStore>(std::move(persistent));
        session = std::make_unique<account::AccountSession>(*sessions, *api, unixNow);
        const std::lock_guard lock(shared->mutex);
        shared->session = session.get();
    }

    void close()
    {
        {
            const std::lock_guard lock(shared->mutex);
            shared->session = nullptr;
        }
        db.reset();
        session.reset();
        sessions.reset();
        api.reset();
        http.reset();
    }
};

struct SyncService::RunOutcome {
    sync::CatalogSyncProgress progress;
    std::optional<SyncError> error;
    bool signInRequired = false;
};

SyncService::SyncService(Options options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_workerContext(std::make_unique<QObject>())
    , m_worker(std::make_shared<Worker>())
    , m_sharedSession(std::make_shared<SharedSession>())
{
    m_worker->shared = m_sharedSession;
    m_thread.setObjectName(QStringLiteral("lectern-sync"));
    m_workerContext->moveToThread(&m_thread);
    m_thread.start();
    m_periodic.setInterval(m_options.interval);
    m_retry.setSingleShot(true);
    connect(&m_periodic, &QTimer::timeout, this, &SyncService::syncNow);
    connect(&m_retry, &QTimer::timeout, this, &SyncService::syncNow);
    m_afterLocalChange.setSingleShot(true);
    m_afterLocalChange.setInterval(m_options.afterLocalChange);
    connect(&m_afterLocalChange, &QTimer::timeout, this, [this] {
        if (!m_retry.isActive())
            syncNow();
    });
}

SyncService::~SyncService()
{
    // A sync in flight stops at its next page or backoff wait; what it applied stays.
    m_worker->shutdown.cancel();
    onWorker([worker = m_worker] {
        worker->close();
        QThread::currentThread()->quit();
    });
    m_thread.wait();
}

template <typename Work>
void SyncService::onWorker(Work work)
{
    QMetaObject::invokeMethod(m_workerContext.get(), std::move(work), Qt::QueuedConnection);
}

// Posted to the service itself, so answers arriving after it is gone are dropped.
template <typename Answer>
void SyncService::onUiThread(Answer answer)
{
    QMetaObject::invokeMethod(this, std::move(answer), Qt::QueuedConnection);
}

void SyncService::start()
{
    if (m_started)
        return;
    m_started = true;
    onWorker([this, worker = m_worker, options = m_options] {
        worker->ensureNetwork(options);
        const auto session = worker->session->current();
        onUiThread([this, info = accountInfo(session, true)] {
            m_account = info;
            Q_EMIT accountChanged(m_account);
        });
    });
    m_periodic.start();
    runSync();
}

void SyncService::syncNow()
{
    if (!m_started)
        return;
    if (m_running) {
        m_pending = true; // one more run after this one, however many were asked for
        return;
    }
    runSync();
}

std::function<net::ApiResult<std::string>(bool)> SyncService::tokenProvider() const
{
    return [shared = m_sharedSession](bool forceRefresh) -> net::ApiResult<std::string> {
        const std::lock_guard lock(shared->mutex);
        if (!shared->session)
            return net::apiFail(net::ApiErrorCode::Unauthorized, "not signed in");
        return shared->session->accessToken(forceRefresh);
    };
}

void SyncService::localChangeRecorded()
{
    if (m_started && m_account.signedIn)
        m_afterLocalChange.start(); // restarts: the quiet time counts from the last change
}

void SyncService::watch(ServerConnection* connection)
{
    connect(connection, &ServerConnection::statusChanged, this, &SyncService::onServerStatus);
}

void SyncService::onServerStatus(const ServerStatus& status)
{
    switch (status.state) {
    case ServerStatus::State::Unknown:
        break;
    case ServerStatus::State::Offline:
    case ServerStatus::State::Incompatible:
        m_serverWasAway = true;
        break;
    case ServerStatus::State::Online:
        if (m_serverWasAway) {
            m_serverWasAway = false;
            syncNow();
        }
        break;
    }
}

void SyncService::runSync()
{
    m_running = true;
    m_retry.stop();
    ++m_runsStarted;
    SyncState syncing = m_state;
    syncing.phase = SyncState::Phase::Syncing;
    syncing.pages = 0;
    syncing.courses = 0;
    setState(syncing);

    onWorker([this, worker = m_worker, options = m_options] {
        worker->ensureNetwork(options);
        RunOutcome outcome;
        const auto failed = [&outcome](SyncError::Stage stage, std::optional<net::ApiError> network,
                                       std::optional<Error> local) {
            SyncError error;
            error.stage = stage;
            error.network = std::move(network);
            error.local = std::move(local);
            outcome.error = std::move(error);
        };

        if (!worker->db) {
            auto db = store::openLocalStore(options.databasePath.toStdString());
            if (!db) {
                failed(SyncError::Stage::Catalog, std::nullopt, db.error());
                onUiThread([this, outcome] { finishRun(outcome); });
                return;
            }
            worker->db.emplace(std::move(*db));
        }

        sync::CatalogSync catalog(*worker->db, *worker->api);
        auto pulled = catalog.run(unixNow(), &worker->shutdown, [this](const sync::CatalogSyncProgress& progress) {
            onUiThread([this, progress] {
                if (m_state.phase != SyncState::Phase::Syncing)
                    return;
                SyncState state = m_state;
                state.pages = static_cast<std::int64_t>(progress.pages);
                state.courses = static_cast<std::int64_t>(progress.upserted + progress.retired);
                setState(state);
            });
        });
        if (!pulled) {
            const sync::SyncError& failure = pulled.error();
            if (failure.code != sync::SyncErrorCode::Cancelled)
                failed(SyncError::Stage::Catalog, failure.api, failure.storage);
            onUiThread([this, outcome] { finishRun(outcome); });
            return;
        }
        outcome.progress = *pulled;

        // The learner's own data needs a session; without one the app still
        // browses and studies everything local.
        if (worker->session->current()) {
            auto token = worker->session->accessToken();
            if (!token) {
                if (isSignInRequired(token.error()))
                    outcome.signInRequired = true;
                else
                    failed(SyncError::Stage::Account, token.error(), std::nullopt);
            } else {
                // The learner's notes, progress, events and wishlist: push the
                // outbox, then pull changes after the cursor. The provider hands the
                // fresh token first and lets the engine force one refresh after a 401.
                bool first = true;
                const sync::AccessTokenProvider tokens = [&](bool forceRefresh) -> net::ApiResult<std::string> {
                    if (first && !forceRefresh) {
                        first = false;
                        return *token;
                    }
                    return worker->session->accessToken(forceRefresh);
                };
                sync::UserDataSync userData(*worker->db, *worker->api);
                auto report = userData.run(tokens);
                if (!report) {
                    const sync::SyncError& error = report.error();
                    if (error.code == sync::SyncErrorCode::SignInRequired)
                        outcome.signInRequired = true;
                    else if (error.code != sync::SyncErrorCode::Cancelled)
                        failed(SyncError::Stage::UserData, error.api, error.storage);
                }
            }
        }
        onUiThread([this, outcome] { finishRun(outcome); });
    });
}

void SyncService::finishRun(const RunOutcome& outcome)
{
    m_running = false;
    const QDateTime now = QDateTime::currentDateTime();
    if (outcome.progress.upserted + outcome.progress.retired > 0 || outcome.progress.resync)
        Q_EMIT catalogChanged();

    if (outcome.signInRequired && !m_signInRequired) {
        m_signInRequired = true;
        SyncError error;
        error.at = now;
        error.stage = SyncError::Stage::Account;
        net::ApiError apiError;
        apiError.code = net::ApiErrorCode::Unauthorized;
        apiError.serverCode = "sign_in_required";
        error.network = apiError;
        recordError(error);
        m_account.signedIn = false;
        Q_EMIT accountChanged(m_account);
        Q_EMIT signInNeeded();
    }

    SyncState state = m_state;
    state.pages = static_cast<std::int64_t>(outcome.progress.pages);
    state.courses = static_cast<std::int64_t>(outcome.progress.upserted + outcome.progress.retired);
    const bool cancelled = outcome.error && outcome.error->network
        && outcome.error->network->code == net::ApiErrorCode::Cancelled;
    if (!outcome.error || cancelled) {
        m_backoff = std::chrono::milliseconds(0);
        state.phase = SyncState::Phase::Synced;
        state.lastSynced = now;
        state.nextRetry = {};
        state.error.reset();
    } else {
        // 30 s, 1 min, 2 min, 4 min, then every 5 min; a Retry-After longer than that wins.
        m_backoff = m_backoff.count() == 0 ? m_options.firstRetry : std::min(m_backoff * 2, m_options.maxRetry);
        std::chrono::milliseconds wait = m_backoff;
        if (outcome.error->network && outcome.error->network->retryAfter)
            wait = std::max<std::chrono::milliseconds>(wait, *outcome.error->network->retryAfter);
        SyncError error = *outcome.error;
        error.at = now;
        error.nextRetry = now.addMSecs(wait.count());
        recordError(error);
        m_retry.start(wait);
        state.phase = isOfflineError(error) ? SyncState::Phase::Offline : SyncState::Phase::Failed;
        state.nextRetry = error.nextRetry;
        state.error = error;
    }
    setState(state);

    if (m_pending) {
        m_pending = false;
        runSync();
    }
}

void SyncService::setState(SyncState state)
{
    m_state = std::move(state);
    Q_EMIT stateChanged(m_state);
}

void SyncService::recordError(SyncError error)
{
    m_errors.push_front(std::move(error));
    while (m_errors.size() > static_cast<std::size_t>(kMaxErrors))
        m_errors.pop_back();
    Q_EMIT errorsChanged();
}

void SyncService::signIn(const QString& email, const QString& password, bool remember)
{
    const std::string device = tr("Lectern on %1").arg(QSysInfo::machineHostName()).toStdString();
    authenticate(remember, [email = email.trimmed().toStdString(), password = password.toStdString(),
                            device](account::AccountSession& session) {
        return session.signIn(email, password, device);
    });
}

void SyncService::signUp(const QString& email, const QString& password, const QString& displayName, bool remember)
{
    authenticate(remember, [email = email.trimmed().toStdString(), password = password.toStdString(),
                            name = displayName.trimmed().toStdString()](account::AccountSession& session) {
        return session.signUp(email, password, name);
    });
}

// Sign-in and sign-up differ only in the request: both choose where the session
// is kept ("remember me"), restore that choice on failure, and sync on success.
void SyncService::authenticate(bool remember, std::function<net::ApiResult<account::StoredSession>(account::AccountSession&)> request)
{
    onWorker([this, worker = m_worker, options = m_options, remember, request = std::move(request)] {
        worker->ensureNetwork(options);
        const bool before = worker->sessions->remembers();
        worker->sessions->setRemember(remember);
        auto session = request(*worker->session);
        if (!session) {
            worker->sessions->setRemember(before);
            onUiThread([this, error = session.error()] { Q_EMIT signInFinished(false, error); });
            return;
        }
        worker->sessions->forgetTheOther();
        onUiThread([this, info = accountInfo(*session, remember)] {
            m_account = info;
            m_signInRequired = false;
            Q_EMIT accountChanged(m_account);
            Q_EMIT signInFinished(true, {});
            syncNow();
        });
    });
}

void SyncService::signOut()
{
    onWorker([this, worker = m_worker, options = m_options] {
        worker->ensureNetwork(options);
        (void)worker->session->signOut(); // forgets locally even when the server is away
        onUiThread([this] {
            m_account = AccountInfo{};
            m_signInRequired = false;
            Q_EMIT accountChanged(m_account);
        });
    });
}

} // namespace lectern::ui
