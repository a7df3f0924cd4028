// Signs the learner in and out and keeps the local store in sync with
// lectern-server, off the UI thread. One worker thread owns everything that
// touches the network, the session store and its own SQLite connection; the UI
// thread only asks and is told (queued signals).
#pragma once

#include <chrono>
#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <optional>

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QThread>
#include <QTimer>

#include "account/session_store.h"
#include "net/http_client.h"
#include "net/net_error.h"
#include "util/error.h"

namespace lectern::account {
class AccountSession;
}

namespace lectern::ui {

class ServerConnection;
struct ServerStatus;

// Why one sync (or one step of it) failed: a typed network error the UI
// explains, or a local store error.
struct SyncError {
    enum class Stage { Catalog, Account, UserData };
    QDateTime at;
    Stage stage = Stage::Catalog;
    std::optional<net::ApiError> network;
    std::optional<Error> local;
    QDateTime nextRetry; // invalid when no retry is planned (e.g. sign-in needed)
};

struct SyncState {
    enum class Phase { Idle, Offline, Syncing, Synced, Failed };
    Phase phase = Phase::Idle;
    std::int64_t pages = 0;   // while syncing
    std::int64_t courses = 0; // courses added, changed or retired so far in this run
    QDateTime lastSynced;     // the last run that finished
    QDateTime nextRetry;      // Offline / Failed
    std::optional<SyncError> error; // Offline / Failed
};

struct AccountInfo {
    bool signedIn = false;
    bool remembered = true;
    QString email;
    QString displayName;
};

class SyncService final : public QObject {
    Q_OBJECT

public:
    struct Options {
        QString serverUrl;
        QString databasePath;
        // The store a remembered session lives in (a FallbackSessionStore in
        // the app); made and used on the worker thread.
        std::function<std::unique_ptr<account::SessionStore>()> makeSessionStore;
        // The HTTP stack; default: CurlHttpClient under a RetryingHttpClient.
        std::function<std::unique_ptr<net::HttpClient>()> makeHttpClient;
        std::chrono::milliseconds interval{std::chrono::minutes(5)};
        std::chrono::milliseconds firstRetry{std::chrono::seconds(30)};
        std::chrono::milliseconds maxRetry{std::chrono::minutes(5)};
        // Quiet time after the last local change before it is pushed: a burst
        // of edits becomes one sync.
        std::chrono::milliseconds afterLocalChange{std::chrono::seconds(3)};
    };
    static constexpr int kMaxErrors = 20;

    explicit SyncService(Options options, QObject* parent = nullptr);
    ~SyncService() override;

    SyncService(const SyncService&) = delete;
    SyncService& operator=(const SyncService&) = delete;

    // Loads a remembered session and runs the first sync; then every interval.
    // Call once the local store exists (after CatalogService::opened).
    void start();
    // A request while a sync runs is coalesced into one more run after it.
    void syncNow();
    // The learner changed their data (a note, progress, the wishlist): sync
    // soon, once the changes pause. While a failed sync waits for its retry,
    // that retry carries the change instead (nothing is lost: the outbox keeps it).
    void localChangeRecorded();
    // Syncs as soon as the server is reachable again after being away.
    void watch(ServerConnection* connection);

    void signIn(const QString& email, const QString& password, bool remember);
    void signUp(const QString& email, const QString& password, const QString& displayName, bool remember);
    void signOut();

    // Access tokens for other workers (downloads) from the one signed-in
    // session, callable from any thread. Two sessions would each rotate the
    // refresh token and the server would revoke both. Unauthorized when
    // signed out (or after this service is gone).
    [[nodiscard]] std::function<net::ApiResult<std::string>(bool forceRefresh)> tokenProvider() const;

    [[nodiscard]] QString serverUrl() const { return m_options.serverUrl; }
    [[nodiscard]] const SyncState& state() const { return m_state; }
    [[nodiscard]] const AccountInfo& account() const { return m_account; }
    [[nodiscard]] const std::deque<SyncError>& recentErrors() const { return m_errors; }
    [[nodiscard]] bool signInRequired() const { return m_signInRequired; }
    [[nodiscard]] int runsStarted() const { return m_runsStarted; }

Q_SIGNALS:
    void stateChanged(const lectern::ui::SyncState& state);
    void accountChanged(const lectern::ui::AccountInfo& account);
    // The server no longer accepts the session: ask the user to sign in again.
    // Nothing local is lost; sync of user data waits until then.
    void signInNeeded();
    void signInFinished(bool ok, const lectern::net::ApiError& error);
    void errorsChanged();
    // A sync added, changed or retired courses: browsing views should reload.
    void catalogChanged();

private:
    void authenticate(bool remember,
                      std::function<net::ApiResult<account::StoredSession>(account::AccountSession&)> request);
    struct Worker;
    struct RunOutcome;
    struct SharedSession;

    template <typename Work>
    void onWorker(Work work);
    template <typename Answer>
    void onUiThread(Answer answer);

    void runSync();
    void finishRun(const RunOutcome& outcome);
    void onServerStatus(const ServerStatus& status);
    void setState(SyncState state);
    void recordError(SyncError error);

    Options m_options;
    QThread m_thread;
    std::unique_ptr<QObject> m_workerContext;
    std::shared_ptr<Worker> m_worker; // used only on m_thread
    std::shared_ptr<SharedSession> m_sharedSession; // the worker's session, for tokenProvider()
    QTimer m_periodic;
    QTimer m_retry;
    QTimer m_afterLocalChange;
    SyncState m_state;
    AccountInfo m_account;
    std::deque<SyncError> m_errors;
    std::chrono::milliseconds m_backoff{0};
    bool m_started = false;
    bool m_running = false;
    bool m_pending = false;
    bool m_signInRequired = false;
    bool m_serverWasAway = false;
    int m_runsStarted = 0;
};

} // namespace lectern::ui
