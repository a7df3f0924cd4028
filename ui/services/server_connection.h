// Watches whether lectern-server is reachable, off the UI thread: checks at
// start, every minute, and on demand, and reports what it found. Accounts and
// sync build on the same worker later.
#pragma once

#include <memory>

#include <QObject>
#include <QString>
#include <QThread>
#include <QTimer>

#include "net/cancel_token.h"

namespace lectern::ui {

struct ServerStatus {
    enum class State { Unknown, Online, Offline, Incompatible };
    State state = State::Unknown;
    QString serverUrl;
    QString serverVersion; // when online
    QString problem;       // machine code when not online ("offline", "timeout", "tls"…)
};

class ServerConnection final : public QObject {
    Q_OBJECT

public:
    explicit ServerConnection(QString serverUrl, QObject* parent = nullptr);
    ~ServerConnection() override;

    [[nodiscard]] QString serverUrl() const { return m_serverUrl; }
    [[nodiscard]] const ServerStatus& status() const { return m_status; }

    void checkNow();

Q_SIGNALS:
    void statusChanged(const lectern::ui::ServerStatus& status);

private:
    struct Worker;

    QString m_serverUrl;
    QThread m_thread;
    std::unique_ptr<QObject> m_workerContext;
    // Created and used only on m_thread; shared so a running check outlives us safely.
    std::shared_ptr<std::unique_ptr<Worker>> m_worker;
    std::shared_ptr<net::CancelToken> m_shutdown;
    QTimer m_timer;
    ServerStatus m_status;
    bool m_checking = false;
};

} // namespace lectern::ui
