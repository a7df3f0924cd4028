#include "storage/sqlite/sqlite_sync_store.h"

#include <algorithm>
#include <utility>

#include "storage/sqlite/sql.h"

namespace lectern::server::sqlite {

using sync::Change;
using sync::CursorState;
using sync::Entity;
using sync::StoredRecord;

namespace {

std::string entityText(Entity entity) { return std::string(sync::entityName(entity)); }

ApiResult<nlohmann::json> parseStored(std::string_view text, const std::string& where)
{
    auto value = nlohmann::json::parse(text, nullptr, false);
    if (value.is_discarded())
        return internalError(where + " is not JSON");
    return value;
}

} // namespace

SqliteSyncStore::SqliteSyncStore(store::Database& db, std::string userId)
    : m_db(db)
    , m_userId(std::move(userId))
{
}

ApiResult<CursorState> SqliteSyncStore::cursorState()
{
    auto state = queryOne(
        m_db, "SELECT last_seq, horizon_seq, purge_checked_at FROM sync_users WHERE user_id = ?1",
        [](const store::Statement& row) { return CursorState{row.int64(0), row.int64(1), row.int64(2), true}; },
        m_userId);
    if (!state)
        return std::unexpected(state.error());
    return state->value_or(CursorState{});
}

ApiResult<void> SqliteSyncStore::ensureUser(std::int64_t now)
{
    return execute(m_db,
                   "INSERT INTO sync_users (user_id, purge_checked_at) VALUES (?1, ?2) "
                   "ON CONFLICT (user_id) DO NOTHING",
                   m_userId, now);
}

ApiResult<std::optional<StoredRecord>> SqliteSyncStore::find(Entity entity, const std::string& id)
{
    return queryOne(
        m_db,
        "SELECT revision, seq, deleted, fields, client_time, updated_at FROM sync_records "
        "WHERE user_id = ?1 AND entity = ?2 AND id = ?3",
        [&](const store::Statement& row) -> ApiResult<StoredRecord> {
            auto fields = parseStored(row.textView(3), "sync_records.fields for " + entityText(entity) + " " + id);
            if (!fields)
                return std::unexpected(fields.error());
            return StoredRecord{row.int64(0), row.int64(1), row.int64(2) != 0, std::move(*fields), row.int64(4),
                                row.int64(5)};
        },
        m_userId, entityText(entity), id);
}

ApiResult<std::int64_t> SqliteSyncStore::nextSeq()
{
    // Inside the unit of work's BEGIN IMMEDIATE, so concurrent pushes take
    // turns here and no two writes can ever share a seq.
    auto seq = queryOne(
        m_db, "UPDATE sync_sequence SET last_seq = last_seq + 1 WHERE id = 1 RETURNING last_seq",
        [](const store::Statement& row) { return row.int64(0); });
    if (!seq)
        return std::unexpected(seq.error());
    if (!*seq)
        return internalError("sync_sequence has no row");
    if (auto ok = execute(m_db, "UPDATE sync_users SET last_seq = ?2 WHERE user_id = ?1", m_userId, **seq); !ok)
        return std::unexpected(ok.error());
    return **seq;
}

ApiResult<std::int64_t> SqliteSyncStore::write(Entity entity, const std::string& id, std::int64_t revision,
                                               bool deleted, const nlohmann::json& fields, std::int64_t clientTimeMs,
                                               std::int64_t now)
{
    auto seq = nextSeq();
    if (!seq)
        return seq;
    if (auto ok = execute(
            m_db,
            "INSERT INTO sync_records (user_id, entity, id, revision, seq, deleted, fields, client_time, updated_at) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) "
            "ON CONFLICT (user_id, entity, id) DO UPDATE SET revision = excluded.revision, seq = excluded.seq, "
            "deleted = excluded.deleted, fields = excluded.fields, client_time = excluded.client_time, "
            "updated_at = excluded.updated_at",
            m_userId, entityText(entity), id, revision, *seq, deleted, fields.dump(), clientTimeMs, now);
        !ok)
        return std::unexpected(ok.error());
    return *seq;
}

ApiResult<void> SqliteSyncStore::setClientTime(Entity entity, const std::string& id, std::int64_t clientTimeMs)
{
    return execute(m_db, "UPDATE sync_records SET client_time = ?4 WHERE user_id = ?1 AND entity = ?2 AND id = ?3",
                   m_userId, entityText(entity), id, clientTimeMs);
}

ApiResult<std::optional<nlohmann::json>> SqliteSyncStore::findOp(const std::string& opId)
{
    return queryOne(
        m_db, "SELECT result FROM sync_ops WHERE user_id = ?1 AND op_id = ?2",
        [&](const store::Statement& row) { return parseStored(row.textView(0), "sync_ops.result for op " + opId); },
        m_userId, opId);
}

ApiResult<void> SqliteSyncStore::recordOp(const std::string& opId, const std::string& deviceId,
                                          const nlohmann::json& result, std::int64_t now)
{
    return execute(m_db,
                   "INSERT INTO sync_ops (user_id, op_id, device_id, result, created_at) VALUES (?1, ?2, ?3, ?4, ?5)",
                   m_userId, opId, deviceId, result.dump(), now);
}

ApiResult<void> SqliteSyncStore::purge(std::int64_t cutoff, std::int64_t now)
{
    auto state = cursorState();
    if (!state)
        return std::unexpected(state.error());
    auto newest = queryOne(
        m_db, "SELECT max(seq) FROM sync_records WHERE user_id = ?1 AND deleted = 1 AND updated_at <= ?2",
        [](const store::Statement& row) { return row.isNull(0) ? std::optional<std::int64_t>() : row.int64(0); },
        m_userId, cutoff);
    if (!newest)
        return std::unexpected(newest.error());
    const std::optional<std::int64_t> purgedUpTo = newest->value_or(std::nullopt);

    if (purgedUpTo) {
        if (auto ok = execute(m_db, "DELETE FROM sync_records WHERE user_id = ?1 AND deleted = 1 AND updated_at <= ?2",
                              m_userId, cutoff);
            !ok)
            return ok;
        const std::int64_t horizon = std::max(state->horizonSeq, *purgedUpTo);
        auto below = queryAll(
            m_db, "SELECT entity, id FROM sync_records WHERE user_id = ?1 AND seq < ?2 ORDER BY seq",
            [](const store::Statement& row) { return std::pair(row.text(0), row.text(1)); }, m_userId, horizon);
        if (!below)
            return std::unexpected(below.error());
        for (const auto& [entity, id] : *below) {
            auto seq = nextSeq();
            if (!seq)
                return std::unexpected(seq.error());
            if (auto ok = execute(m_db,
                                  "UPDATE sync_records SET seq = ?4 WHERE user_id = ?1 AND entity = ?2 AND id = ?3",
                                  m_userId, entity, id, *seq);
                !ok)
                return ok;
        }
        if (auto ok = execute(m_db, "UPDATE sync_users SET horizon_seq = ?2 WHERE user_id = ?1", m_userId, horizon); !ok)
            return ok;
    }
    if (auto ok = execute(m_db, "DELETE FROM sync_ops WHERE user_id = ?1 AND created_at <= ?2", m_userId, cutoff); !ok)
        return ok;
    return execute(m_db, "UPDATE sync_users SET purge_checked_at = ?2 WHERE user_id = ?1", m_userId, now);
}

ApiResult<std::vector<Change>> SqliteSyncStore::changes(std::int64_t after, std::int64_t upTo, std::int64_t limit,
                                                        bool liveOnly)
{
    return queryAll(
        m_db,
        "SELECT seq, entity, id, revision, deleted, fields, updated_at FROM sync_records "
        "WHERE user_id = ?1 AND seq > ?2 AND seq <= ?3 AND (?4 = 0 OR deleted = 0) ORDER BY seq LIMIT ?5",
        [](const store::Statement& row) -> ApiResult<Change> {
            auto fields = parseStored(row.textView(5), "sync_records.fields at seq " + std::to_string(row.int64(0)));
            if (!fields)
                return std::unexpected(fields.error());
            return Change{row.int64(0), row.text(1), row.text(2), row.int64(3), row.int64(4) != 0, std::move(*fields),
                          row.int64(6)};
        },
        m_userId, after, upTo, liveOnly, limit);
}

} // namespace lectern::server::sqlite
