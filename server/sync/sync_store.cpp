#include "sync/sync_store.h"

#include <algorithm>
#include <utility>

namespace lectern::server::sync {

namespace {

// Cached statements outlive one use; a statement left mid-result would keep
// its read snapshot open on the pooled connection, so every read resets.
class ResetOnExit final {
public:
    explicit ResetOnExit(store::Statement& statement)
        : m_statement(statement)
    {
    }
    ResetOnExit(const ResetOnExit&) = delete;
    ResetOnExit& operator=(const ResetOnExit&) = delete;
    ~ResetOnExit() { m_statement.reset(); }

private:
    store::Statement& m_statement;
};

std::string entityText(Entity entity) { return std::string(entityName(entity)); }

} // namespace

SyncStore::SyncStore(store::Database& db, std::string userId)
    : m_db(db)
    , m_userId(std::move(userId))
{
}

ApiResult<CursorState> SyncStore::cursorState()
{
    auto stmt = m_db.cached("SELECT last_seq, horizon_seq, purge_checked_at FROM sync_users WHERE user_id = ?1");
    if (!stmt)
        return storeError(stmt.error());
    ResetOnExit reset(**stmt);
    auto row = (*stmt)->bind(1, m_userId).step();
    if (!row)
        return storeError(row.error());
    if (!*row)
        return CursorState{};
    return CursorState{(*stmt)->int64(0), (*stmt)->int64(1), (*stmt)->int64(2), true};
}

ApiResult<void> SyncStore::ensureUser(std::int64_t now)
{
    auto stmt = m_db.cached("INSERT INTO sync_users (user_id, purge_checked_at) VALUES (?1, ?2) "
                            "ON CONFLICT (user_id) DO NOTHING");
    if (!stmt)
        return storeError(stmt.error());
    if (auto ok = (*stmt)->bindAll(m_userId, now).run(); !ok)
        return storeError(ok.error());
    return {};
}

ApiResult<std::optional<StoredRecord>> SyncStore::find(Entity entity, const std::string& id)
{
    auto stmt = m_db.cached("SELECT revision, seq, deleted, fields, client_time, updated_at FROM sync_records "
                            "WHERE user_id = ?1 AND entity = ?2 AND id = ?3");
    if (!stmt)
        return storeError(stmt.error());
    ResetOnExit reset(**stmt);
    auto row = (*stmt)->bindAll(m_userId, entityText(entity), id).step();
    if (!row)
        return storeError(row.error());
    if (!*row)
        return std::optional<StoredRecord>{};
    auto fields = nlohmann::json::parse((*stmt)->textView(3), nullptr, false);
    if (fields.is_discarded())
        return internalError("sync_records.fields is not JSON for " + entityText(entity) + " " + id);
    return std::optional<StoredRecord>{StoredRecord{(*stmt)->int64(0), (*stmt)->int64(1), (*stmt)->int64(2) != 0,
                                                    std::move(fields), (*stmt)->int64(4), (*stmt)->int64(5)}};
}

ApiResult<std::int64_t> SyncStore::nextSeq()
{
    // Inside the caller's BEGIN IMMEDIATE, so concurrent pushes take turns here
    // and no two writes can ever share a seq.
    auto bump = m_db.cached("UPDATE sync_sequence SET last_seq = last_seq + 1 WHERE id = 1 RETURNING last_seq");
    if (!bump)
        return storeError(bump.error());
    std::int64_t seq = 0;
    {
        ResetOnExit reset(**bump);
        auto row = (*bump)->step();
        if (!row)
            return storeError(row.error());
        if (!*row)
            return internalError("sync_sequence has no row");
        seq = (*bump)->int64(0);
    }
    auto mark = m_db.cached("UPDATE sync_users SET last_seq = ?2 WHERE user_id = ?1");
    if (!mark)
        return storeError(mark.error());
    if (auto ok = (*mark)->bindAll(m_userId, seq).run(); !ok)
        return storeError(ok.error());
    return seq;
}

ApiResult<std::int64_t> SyncStore::write(Entity entity, const std::string& id, std::int64_t revision, bool deleted,
                                         const nlohmann::json& fields, std::int64_t clientTimeMs, std::int64_t now)
{
    auto seq = nextSeq();
    if (!seq)
        return seq;
    auto stmt = m_db.cached(
        "INSERT INTO sync_records (user_id, entity, id, revision, seq, deleted, fields, client_time, updated_at) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) "
        "ON CONFLICT (user_id, entity, id) DO UPDATE SET revision = excluded.revision, seq = excluded.seq, "
        "deleted = excluded.deleted, fields = excluded.fields, client_time = excluded.client_time, "
        "updated_at = excluded.updated_at");
    if (!stmt)
        return storeError(stmt.error());
    if (auto ok = (*stmt)->bindAll(m_userId, entityText(entity), id, revision, *seq, deleted, fields.dump(),
                                   clientTimeMs, now)
                      .run();
        !ok)
        return storeError(ok.error());
    return *seq;
}

ApiResult<void> SyncStore::setClientTime(Entity entity, const std::string& id, std::int64_t clientTimeMs)
{
    auto stmt = m_db.cached("UPDATE sync_records SET client_time = ?4 WHERE user_id = ?1 AND entity = ?2 AND id = ?3");
    if (!stmt)
        return storeError(stmt.error());
    if (auto ok = (*stmt)->bindAll(m_userId, entityText(entity), id, clientTimeMs).run(); !ok)
        return storeError(ok.error());
    return {};
}

ApiResult<std::optional<nlohmann::json>> SyncStore::findOp(const std::string& opId)
{
    auto stmt = m_db.cached("SELECT result FROM sync_ops WHERE user_id = ?1 AND op_id = ?2");
    if (!stmt)
        return storeError(stmt.error());
    ResetOnExit reset(**stmt);
    auto row = (*stmt)->bindAll(m_userId, opId).step();
    if (!row)
        return storeError(row.error());
    if (!*row)
        return std::optional<nlohmann::json>{};
    auto result = nlohmann::json::parse((*stmt)->textView(0), nullptr, false);
    if (result.is_discarded())
        return internalError("sync_ops.result is not JSON for op " + opId);
    return std::optional<nlohmann::json>{std::move(result)};
}

ApiResult<void> SyncStore::recordOp(const std::string& opId, const std::string& deviceId, const nlohmann::json& result,
                                    std::int64_t now)
{
    auto stmt = m_db.cached(
        "INSERT INTO sync_ops (user_id, op_id, device_id, result, created_at) VALUES (?1, ?2, ?3, ?4, ?5)");
    if (!stmt)
        return storeError(stmt.error());
    if (auto ok = (*stmt)->bindAll(m_userId, opId, deviceId, result.dump(), now).run(); !ok)
        return storeError(ok.error());
    return {};
}

bool SyncStore::purgeDue(const CursorState& state, std::int64_t now)
{
    return state.known && now - state.purgeCheckedAt >= kPurgeIntervalSeconds;
}

ApiResult<void> SyncStore::purgeIfDue(std::int64_t now)
{
    auto state = cursorState();
    if (!state)
        return std::unexpected(state.error());
    if (!purgeDue(*state, now))
        return {};
    const std::int64_t cutoff = now - kTombstoneSeconds;

    auto oldest = m_db.cached("SELECT max(seq) FROM sync_records WHERE user_id = ?1 AND deleted = 1 AND updated_at <= ?2");
    if (!oldest)
        return storeError(oldest.error());
    std::optional<std::int64_t> purgedUpTo;
    {
        ResetOnExit reset(**oldest);
        auto row = (*oldest)->bindAll(m_userId, cutoff).step();
        if (!row)
            return storeError(row.error());
        if (*row && !(*oldest)->isNull(0))
            purgedUpTo = (*oldest)->int64(0);
    }

    if (purgedUpTo) {
        auto drop = m_db.cached("DELETE FROM sync_records WHERE user_id = ?1 AND deleted = 1 AND updated_at <= ?2");
        if (!drop)
            return storeError(drop.error());
        if (auto ok = (*drop)->bindAll(m_userId, cutoff).run(); !ok)
            return storeError(ok.error());
        const std::int64_t horizon = std::max(state->horizonSeq, *purgedUpTo);

        std::vector<std::pair<std::string, std::string>> below;
        {
            auto list = m_db.cached("SELECT entity, id FROM sync_records WHERE user_id = ?1 AND seq < ?2 ORDER BY seq");
            if (!list)
                return storeError(list.error());
            ResetOnExit reset(**list);
            (*list)->bindAll(m_userId, horizon);
            for (;;) {
                auto row = (*list)->step();
                if (!row)
                    return storeError(row.error());
                if (!*row)
                    break;
                below.emplace_back((*list)->text(0), (*list)->text(1));
            }
        }
        auto restamp = m_db.cached("UPDATE sync_records SET seq = ?4 WHERE user_id = ?1 AND entity = ?2 AND id = ?3");
        if (!restamp)
            return storeError(restamp.error());
        for (const auto& [entity, id] : below) {
            auto seq = nextSeq();
            if (!seq)
                return std::unexpected(seq.error());
            (*restamp)->reset(); // reused across the loop: SQLite binds only to a reset statement
            if (auto ok = (*restamp)->bindAll(m_userId, entity, id, *seq).run(); !ok)
                return storeError(ok.error());
        }
        auto raise = m_db.cached("UPDATE sync_users SET horizon_seq = ?2 WHERE user_id = ?1");
        if (!raise)
            return storeError(raise.error());
        if (auto ok = (*raise)->bindAll(m_userId, horizon).run(); !ok)
            return storeError(ok.error());
    }

    auto forget = m_db.cached("DELETE FROM sync_ops WHERE user_id = ?1 AND created_at <= ?2");
    auto checked = m_db.cached("UPDATE sync_users SET purge_checked_at = ?2 WHERE user_id = ?1");
    if (!forget || !checked)
        return storeError(forget ? checked.error() : forget.error());
    if (auto ok = (*forget)->bindAll(m_userId, cutoff).run(); !ok)
        return storeError(ok.error());
    if (auto ok = (*checked)->bindAll(m_userId, now).run(); !ok)
        return storeError(ok.error());
    return {};
}

ApiResult<std::vector<Change>> SyncStore::changes(std::int64_t after, std::int64_t upTo, std::int64_t limit,
                                                  bool liveOnly)
{
    auto stmt = m_db.cached("SELECT seq, entity, id, revision, deleted, fields, updated_at FROM sync_records "
                            "WHERE user_id = ?1 AND seq > ?2 AND seq <= ?3 AND (?4 = 0 OR deleted = 0) "
                            "ORDER BY seq LIMIT ?5");
    if (!stmt)
        return storeError(stmt.error());
    ResetOnExit reset(**stmt);
    (*stmt)->bindAll(m_userId, after, upTo, liveOnly, limit);
    std::vector<Change> out;
    for (;;) {
        auto row = (*stmt)->step();
        if (!row)
            return storeError(row.error());
        if (!*row)
            break;
        auto fields = nlohmann::json::parse((*stmt)->textView(5), nullptr, false);
        if (fields.is_discarded())
            return internalError("sync_records.fields is not JSON at seq " + std::to_string((*stmt)->int64(0)));
        out.push_back(Change{(*stmt)->int64(0), (*stmt)->text(1), (*stmt)->text(2), (*stmt)->int64(3),
                             (*stmt)->int64(4) != 0, std::move(fields), (*stmt)->int64(6)});
    }
    return out;
}

} // namespace lectern::server::sync
