// The user-data sync engine: pushes the outbox in batches, then pulls the
// user's changes after the stored cursor, page by page. Every step commits
// together with its bookkeeping, so a run killed at any point resumes cleanly.
#pragma once

#include <cstdint>
#include <expected>
#include <functional>
#include <optional>
#include <string>

#include "net/api_client.h"
#include "net/cancel_token.h"
#include "store/database.h"
#include "sync/outbox.h"
#include "sync/remote_changes.h"
#include "sync/sync_error.h"

namespace lectern::sync {

// Hands out the access token; forceRefresh = true after the server answered
// 401, so the account layer refreshes the session (once). An Unauthorized
// answer from it means the refresh token is gone: the user must sign in again.
using AccessTokenProvider = std::function<net::ApiResult<std::string>(bool forceRefresh)>;

struct SyncProgress {
    enum class Phase { Pushing, Pulling };
    Phase phase = Phase::Pushing;
    std::int64_t pushed = 0; // mutations settled so far …
    std::int64_t toPush = 0; // … of those queued when the run started
    int pulledPages = 0;
    std::int64_t pulledChanges = 0;
};
using SyncProgressCallback = std::function<void(const SyncProgress&)>;

struct SyncReport {
    std::int64_t applied = 0;
    std::int64_t duplicates = 0;
    std::int64_t conflicts = 0;
    std::int64_t rejected = 0; // newly rejected in this run; see Outbox::rejectedEntries()
    int pulledPages = 0;
    std::int64_t pulledChanges = 0;
    bool resynced = false; // the server asked for a snapshot (410 resync_required)
    std::int64_t removedInResync = 0; // notes/wishlist entries the snapshot showed were deleted
};

struct UserDataSyncOptions {
    std::size_t pushBatch = protocol::kMaxMutationsPerPush;
    int pullLimit = 500;
};

class UserDataSync final {
public:
    // `db` is this thread's connection; `api` may be shared between threads.
    UserDataSync(store::Database& db, const net::ApiClient& api, UserDataSyncOptions options = {});

    [[nodiscard]] SyncResult<SyncReport> run(const AccessTokenProvider& tokens,
                                                           const net::CancelToken* cancel = nullptr,
                                                           const SyncProgressCallback& progress = {});

    // The id this profile sends as device_id (made once, kept in app_state).
    [[nodiscard]] Result<std::string> deviceId();
    [[nodiscard]] Result<std::string> cursor();

private:
    class Session;

    [[nodiscard]] SyncResult<void> push(Session& session, SyncReport& report,
                                                      const SyncProgressCallback& progress);
    [[nodiscard]] SyncResult<void> pull(Session& session, SyncReport& report,
                                                      const SyncProgressCallback& progress);
    [[nodiscard]] Result<void> settle(const std::vector<OutboxEntry>& batch,
                                      const protocol::SyncPushResponse& response, SyncReport& report);
    [[nodiscard]] Result<void> markSeen(const protocol::SyncChange& change);
    [[nodiscard]] Result<void> finishResync(SyncReport& report);
    [[nodiscard]] Result<void> setState(std::string_view key, const std::string& value);
    [[nodiscard]] Result<std::optional<std::string>> state(std::string_view key);

    store::Database& m_db;
    const net::ApiClient& m_api;
    UserDataSyncOptions m_options;
    Outbox m_outbox;
    RemoteChanges m_remote;
};

} // namespace lectern::sync
