#include "sync/user_data_sync.h"

#include <utility>

#include "sync/sync_clock.h"

namespace lectern::sync {

namespace {

constexpr std::string_view kCursorKey = "user_data.cursor";
constexpr std::string_view kDeviceKey = "user_data.device_id";
// Present while a snapshot pull after 410 resync_required is under way.
constexpr std::string_view kResyncKey = "user_data.resync";

std::unexpected<SyncError> badAnswer(std::string detail)
{
    net::ApiError error;
    error.code = net::ApiErrorCode::BadResponse;
    error.httpStatus = 200;
    error.detail = std::move(detail);
    return syncFail(std::move(error));
}

std::string rejectionText(const protocol::SyncPushResult& result)
{
    std::string text = result.errorCode;
    if (!result.errorMessage.empty())
        text += ": " + result.errorMessage;
    if (!result.errorField.empty())
        text += " (" + result.errorField + ")";
    return text;
}

} // namespace

// The token for one run: asks the provider once up front and at most once more
// (forced refresh) after a 401; a second 401 means "sign in again".
class UserDataSync::Session final {
public:
    Session(const AccessTokenProvider& tokens, const net::CancelToken* cancel)
        : m_tokens(tokens)
        , m_cancel(cancel)
    {
    }

    [[nodiscard]] const net::CancelToken* cancel() const { return m_cancel; }

    template <typename Call>
    auto withToken(Call call) -> decltype(call(std::string()))
    {
        if (m_token.empty()) {
            auto token = m_tokens(false);
            if (!token)
                return std::unexpected(std::move(token.error()));
            m_token = std::move(*token);
        }
        auto result = call(m_token);
        if (result || result.error().code != net::ApiErrorCode::Unauthorized || m_refreshed)
            return result;
        m_refreshed = true;
        auto fresh = m_tokens(true);
        if (!fresh)
            return std::unexpected(std::move(fresh.error()));
        m_token = std::move(*fresh);
        return call(m_token);
    }

private:
    const AccessTokenProvider& m_tokens;
    const net::CancelToken* m_cancel;
    std::string m_token;
    bool m_refreshed = false;
};

UserDataSync::UserDataSync(store::Database& db, const net::ApiClient& api, UserDataSyncOptions options)
    : m_db(db)
    , m_api(api)
    , m_options(options)
    , m_outbox(db)
    , m_remote(db)
{
    if (m_options.pushBatch == 0 || m_options.pushBatch > protocol::kMaxMutationsPerPush)
        m_options.pushBatch = protocol::kMaxMutationsPerPush;
    if (m_options.pullLimit < 1 || m_options.pullLimit > protocol::kMaxChangesPerPage)
        m_options.pullLimit = 500;
}

Result<std::optional<std::string>> UserDataSync::state(std::string_view key)
{
    auto query = m_db.cached("SELECT value FROM app_state WHERE key = ?1");
    if (!query)
        return std::unexpected(query.error());
    (*query)->bindAll(key);
    auto row = (*query)->step();
    if (!row)
        return std::unexpected(row.error());
    std::optional<std::string> value;
    if (*row)
        value = (*query)->text(0);
    (*query)->reset();
    return value;
}

Result<void> UserDataSync::setState(std::string_view key, const std::string& value)
{
    auto upsert = m_db.cached("INSERT INTO app_state (key, value) VALUES (?1, ?2) "
                              "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    if (!upsert)
        return std::unexpected(upsert.error());
    return (*upsert)->bindAll(key, value).run();
}

Result<std::string> UserDataSync::deviceId()
{
    std::string id;
    auto done = m_db.transaction([&]() -> Result<void> {
        auto stored = state(kDeviceKey);
        if (!stored)
            return std::unexpected(stored.error());
        if (*stored) {
            id = **stored;
            return {};
        }
        id = newId(systemNowMillis());
        return setState(kDeviceKey, id);
    });
    if (!done)
        return std::unexpected(done.error());
    return id;
}

Result<std::string> UserDataSync::cursor()
{
    auto stored = state(kCursorKey);
    if (!stored)
        return std::unexpected(stored.error());
    return stored->value_or(std::string());
}

SyncResult<SyncReport> UserDataSync::run(const AccessTokenProvider& tokens,
                                                       const net::CancelToken* cancel,
                                                       const SyncProgressCallback& progress)
{
    Session session(tokens, cancel);
    SyncReport report;
    // Push first: the pull then brings back the merged result of our own
    // changes (and any conflict copies) in the same run.
    if (auto pushed = push(session, report, progress); !pushed)
        return std::unexpected(std::move(pushed.error()));
    if (auto pulled = pull(session, report, progress); !pulled)
        return std::unexpected(std::move(pulled.error()));
    return report;
}

SyncResult<void> UserDataSync::push(Session& session, SyncReport& report,
                                                  const SyncProgressCallback& progress)
{
    auto device = deviceId();
    if (!device)
        return syncFail(device.error());
    auto total = m_outbox.pendingCount();
    if (!total)
        return syncFail(total.error());
    SyncProgress status{SyncProgress::Phase::Pushing, 0, *total, 0, 0};
    if (progress)
        progress(status);
    for (;;) {
        if (session.cancel() && session.cancel()->isCancelled())
            return syncCancelled();
        auto batch = m_outbox.nextBatch(m_options.pushBatch);
        if (!batch)
            return syncFail(batch.error());
        if (batch->empty())
            return {};
        if (auto ok = m_outbox.markAttempted(*batch); !ok)
            return syncFail(ok.error());
        protocol::SyncPushRequest request{*device, {}};
        request.mutations.reserve(batch->size());
        for (const OutboxEntry& entry : *batch)
            request.mutations.push_back({entry.opId, entry.entity, entry.recordId, entry.baseRevision, entry.deleted,
                                         formatClientTime(entry.clientTimeMs), entry.fields});
        auto response = session.withToken([&](const std::string& token) {
            return m_api.syncPush(token, request, session.cancel());
        });
        if (!response)
            return syncFail(std::move(response.error()));
        if (response->results.size() != batch->size())
            return badAnswer("push answered " + std::to_string(response->results.size()) + " results for "
                             + std::to_string(batch->size()) + " mutations");
        // Settling is one transaction: a crash before its commit leaves the
        // entries queued, and their re-send comes back "duplicate".
        if (auto ok = m_db.transaction([&] { return settle(*batch, *response, report); }); !ok) {
            if (ok.error().code == ErrorCode::InvalidData)
                return badAnswer(ok.error().detail);
            return syncFail(ok.error());
        }
        status.pushed += static_cast<std::int64_t>(batch->size());
        status.toPush = std::max(status.toPush, status.pushed);
        if (progress)
            progress(status);
    }
}

Result<void> UserDataSync::settle(const std::vector<OutboxEntry>& batch, const protocol::SyncPushResponse& response,
                                  SyncReport& report)
{
    for (std::size_t i = 0; i < batch.size(); ++i) {
        const OutboxEntry& entry = batch[i];
        const protocol::SyncPushResult& result = response.results[i];
        if (!result.opId.empty() && result.opId != entry.opId)
            return fail(ErrorCode::InvalidData, "push result " + std::to_string(i) + " is for another op_id");
        switch (result.status) {
        case protocol::SyncPushStatus::Rejected:
            ++report.rejected;
            if (auto ok = m_outbox.reject(entry, rejectionText(result)); !ok)
                return ok;
            continue;
        case protocol::SyncPushStatus::Conflict: {
            // The server kept its version and (for an edit) stored ours as a
            // conflict copy. The local row keeps our text until the pull (or a
            // parked server state, below) brings both versions.
            ++report.conflicts;
            if (auto ok = m_outbox.acknowledge(entry, std::nullopt); !ok)
                return ok;
            break;
        }
        case protocol::SyncPushStatus::Applied:
        case protocol::SyncPushStatus::Duplicate: {
            ++(result.status == protocol::SyncPushStatus::Applied ? report.applied : report.duplicates);
            if (auto ok = m_outbox.acknowledge(entry, result.revision); !ok)
                return ok;
            std::string sql;
            if (entry.entity == "note")
                sql = "UPDATE notes SET revision = ?2 WHERE id = ?1 AND revision <= ?2";
            else if (entry.entity == "progress")
                sql = "UPDATE lesson_progress SET revision = ?2 WHERE lesson_id = ?1 AND revision <= ?2";
            else if (entry.entity == "wishlist")
                sql = "UPDATE wishlist SET revision = ?2 WHERE course_id = ?1 AND revision <= ?2";
            else if (entry.entity == "cart")
                sql = "UPDATE cart SET revision = ?2 WHERE course_id = ?1 AND revision <= ?2";
            if (!sql.empty()) {
                auto update = m_db.cached(sql);
                if (!update)
                    return std::unexpected(update.error());
                if (auto ok = (*update)->bindAll(entry.recordId, result.revision).run(); !ok)
                    return ok;
            }
            break;
        }
        }
        if (auto ok = m_remote.settle(entry.entity, entry.recordId); !ok)
            return ok;
    }
    return {};
}

SyncResult<void> UserDataSync::pull(Session& session, SyncReport& report,
                                                  const SyncProgressCallback& progress)
{
    auto stored = cursor();
    if (!stored)
        return syncFail(stored.error());
    auto resyncState = state(kResyncKey);
    if (!resyncState)
        return syncFail(resyncState.error());
    bool resyncing = resyncState->has_value(); // a snapshot interrupted by a crash goes on
    report.resynced = resyncing;
    std::string after = *stored;
    SyncProgress status{SyncProgress::Phase::Pulling, 0, 0, 0, 0};
    for (;;) {
        if (session.cancel() && session.cancel()->isCancelled())
            return syncCancelled();
        auto page = session.withToken([&](const std::string& token) {
            return m_api.syncChanges(token, after, m_options.pullLimit, session.cancel());
        });
        if (!page) {
            const net::ApiError& error = page.error();
            if (error.code == net::ApiErrorCode::Rejected && error.serverCode == "resync_required" && !resyncing) {
                // Our cursor is older than the server's tombstone horizon: pull a
                // snapshot. The outbox is untouched, and records with queued
                // changes keep their local state (RemoteChanges::apply); what the
                // snapshot does not mention is removed when it completes.
                auto started = m_db.transaction([&]() -> Result<void> {
                    if (auto ok = m_db.exec("DELETE FROM user_data_resync_seen"); !ok)
                        return ok;
                    if (auto ok = setState(kResyncKey, "1"); !ok)
                        return ok;
                    return setState(kCursorKey, "");
                });
                if (!started)
                    return syncFail(started.error());
                resyncing = true;
                report.resynced = true;
                after.clear();
                continue;
            }
            return syncFail(std::move(page.error()));
        }
        auto applied = m_db.transaction([&]() -> Result<void> {
            for (const protocol::SyncChange& change : page->changes) {
                if (auto ok = m_remote.apply(change); !ok)
                    return ok;
                if (resyncing)
                    if (auto ok = markSeen(change); !ok)
                        return ok;
            }
            return setState(kCursorKey, page->nextCursor); // same commit: resumable after a crash
        });
        if (!applied)
            return syncFail(applied.error());
        ++report.pulledPages;
        report.pulledChanges += static_cast<std::int64_t>(page->changes.size());
        status.pulledPages = report.pulledPages;
        status.pulledChanges = report.pulledChanges;
        if (progress)
            progress(status);
        if (!page->hasMore || page->nextCursor == after)
            break;
        after = page->nextCursor;
    }
    if (resyncing)
        if (auto ok = finishResync(report); !ok)
            return syncFail(ok.error());
    return {};
}

Result<void> UserDataSync::markSeen(const protocol::SyncChange& change)
{
    if (change.entity != "note" && change.entity != "wishlist" && change.entity != "cart")
        return {}; // progress is never deleted on the server; events are append-only
    auto seen = m_db.cached("INSERT OR IGNORE INTO user_data_resync_seen (entity, record_id) VALUES (?1, ?2)");
    if (!seen)
        return std::unexpected(seen.error());
    (*seen)->reset();
    return (*seen)->bind(1, change.entity).bind(2, change.id).run();
}

// The snapshot is complete: a note or wishlist entry the server once knew
// (revision > 0) that it did not mention was deleted on another device while
// this one was away, and its tombstone is gone. Records with a queued local
// change stay: the learner's unsent edit wins and will recreate them.
Result<void> UserDataSync::finishResync(SyncReport& report)
{
    static constexpr std::string_view kRemoveUnseen[] = {
        "DELETE FROM notes WHERE revision > 0"
        " AND NOT EXISTS (SELECT 1 FROM sync_outbox o WHERE o.entity = 'note' AND o.record_id = notes.id)"
        " AND NOT EXISTS (SELECT 1 FROM user_data_resync_seen s WHERE s.entity = 'note' AND s.record_id = notes.id)",
        "DELETE FROM wishlist WHERE revision > 0"
        " AND NOT EXISTS (SELECT 1 FROM sync_outbox o WHERE o.entity = 'wishlist' AND o.record_id = wishlist.course_id)"
        " AND NOT EXISTS (SELECT 1 FROM user_data_resync_seen s"
        "                 WHERE s.entity = 'wishlist' AND s.record_id = wishlist.course_id)",
        "DELETE FROM cart WHERE revision > 0"
        " AND NOT EXISTS (SELECT 1 FROM sync_outbox o WHERE o.entity = 'cart' AND o.record_id = cart.course_id)"
        " AND NOT EXISTS (SELECT 1 FROM user_data_resync_seen s WHERE s.entity = 'cart' AND s.record_id = cart.course_id)",
    };
    return m_db.transaction([&]() -> Result<void> {
        for (std::string_view sql : kRemoveUnseen) {
            if (auto ok = m_db.exec(sql); !ok)
                return ok;
            report.removedInResync += m_db.changes();
        }
        if (auto ok = m_db.exec("DELETE FROM user_data_resync_seen"); !ok)
            return ok;
        return m_db.exec("DELETE FROM app_state WHERE key = 'user_data.resync'");
    });
}

} // namespace lectern::sync
