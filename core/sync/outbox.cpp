#include "sync/outbox.h"

#include <set>
#include <utility>

#include "sync/sync_clock.h"

namespace lectern::sync {

namespace {

constexpr std::string_view kColumns =
    "seq, op_id, entity, record_id, base_revision, deleted, fields, client_time, attempts, state, error";

OutboxEntry readEntry(const store::Statement& row)
{
    OutboxEntry entry;
    entry.seq = row.int64(0);
    entry.opId = row.text(1);
    entry.entity = row.text(2);
    entry.recordId = row.text(3);
    entry.baseRevision = row.int64(4);
    entry.deleted = row.int64(5) != 0;
    entry.fields = nlohmann::json::parse(row.textView(6), nullptr, false);
    if (entry.fields.is_discarded())
        entry.fields = nlohmann::json::object(); // CHECK (json_valid) makes this unreachable
    entry.clientTimeMs = row.int64(7);
    entry.attempts = row.int32(8);
    entry.rejected = row.textView(9) == "rejected";
    entry.error = row.isNull(10) ? std::string() : row.text(10);
    return entry;
}

} // namespace

Outbox::Outbox(store::Database& db)
    : m_db(db)
{
}

Result<void> Outbox::record(const OutboxChange& change, bool coalesce)
{
    const std::string fields = change.fields.dump();
    if (coalesce) {
        auto last = m_db.cached("SELECT seq, attempts FROM sync_outbox WHERE entity = ?1 AND record_id = ?2 "
                                "AND state = 'pending' ORDER BY seq DESC LIMIT 1");
        if (!last)
            return std::unexpected(last.error());
        (*last)->bindAll(change.entity, change.recordId);
        auto found = (*last)->step();
        if (!found)
            return std::unexpected(found.error());
        if (*found && (*last)->int64(1) == 0) {
            const std::int64_t seq = (*last)->int64(0);
            (*last)->reset();
            auto update = m_db.cached("UPDATE sync_outbox SET deleted = ?2, fields = ?3, client_time = ?4 WHERE seq = ?1");
            if (!update)
                return std::unexpected(update.error());
            return (*update)->bindAll(seq, change.deleted, fields, change.clientTimeMs).run();
        }
        (*last)->reset();
    }
    auto insert = m_db.cached("INSERT INTO sync_outbox (op_id, entity, record_id, base_revision, deleted, fields, "
                              "client_time) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    if (!insert)
        return std::unexpected(insert.error());
    return (*insert)
        ->bindAll(newId(change.clientTimeMs), change.entity, change.recordId, change.baseRevision, change.deleted,
                  fields, change.clientTimeMs)
        .run();
}

Result<std::vector<OutboxEntry>> Outbox::select(std::string_view sql, std::int64_t limit)
{
    auto statement = m_db.cached(sql);
    if (!statement)
        return std::unexpected(statement.error());
    (*statement)->bind(1, limit);
    std::vector<OutboxEntry> entries;
    for (;;) {
        auto row = (*statement)->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        entries.push_back(readEntry(**statement));
    }
    (*statement)->reset();
    return entries;
}

Result<std::vector<OutboxEntry>> Outbox::nextBatch(std::size_t limit)
{
    // Read a little more than asked, since later edits of a note already in the
    // batch are skipped; what is skipped goes in a later batch.
    auto pending = select("SELECT " + std::string(kColumns)
                              + " FROM sync_outbox WHERE state = 'pending' ORDER BY seq LIMIT ?1",
                          static_cast<std::int64_t>(limit) * 2);
    if (!pending)
        return std::unexpected(pending.error());
    std::vector<OutboxEntry> batch;
    std::set<std::string> notes;
    for (OutboxEntry& entry : *pending) {
        if (batch.size() >= limit)
            break;
        if (entry.entity == "note" && !notes.insert(entry.recordId).second)
            continue;
        batch.push_back(std::move(entry));
    }
    return batch;
}

Result<void> Outbox::markAttempted(const std::vector<OutboxEntry>& entries)
{
    return m_db.transaction([&]() -> Result<void> {
        auto update = m_db.cached("UPDATE sync_outbox SET attempts = attempts + 1 WHERE seq = ?1");
        if (!update)
            return std::unexpected(update.error());
        for (const OutboxEntry& entry : entries) {
            (*update)->reset(); // a finished statement must be reset before it is bound again
            if (auto ok = (*update)->bindAll(entry.seq).run(); !ok)
                return ok;
        }
        return {};
    });
}

Result<void> Outbox::acknowledge(const OutboxEntry& entry, std::optional<std::int64_t> newRevision)
{
    auto remove = m_db.cached("DELETE FROM sync_outbox WHERE seq = ?1");
    if (!remove)
        return std::unexpected(remove.error());
    if (auto ok = (*remove)->bindAll(entry.seq).run(); !ok)
        return ok;
    if (entry.entity != "note" || !newRevision || *newRevision == entry.baseRevision)
        return {};
    auto rebase = m_db.cached("UPDATE sync_outbox SET base_revision = ?4 WHERE entity = 'note' AND record_id = ?1 "
                              "AND state = 'pending' AND base_revision = ?2 AND seq > ?3");
    if (!rebase)
        return std::unexpected(rebase.error());
    return (*rebase)->bindAll(entry.recordId, entry.baseRevision, entry.seq, *newRevision).run();
}

Result<void> Outbox::reject(const OutboxEntry& entry, const std::string& error)
{
    auto update = m_db.cached("UPDATE sync_outbox SET state = 'rejected', error = ?2 WHERE seq = ?1");
    if (!update)
        return std::unexpected(update.error());
    return (*update)->bindAll(entry.seq, error).run();
}

Result<bool> Outbox::hasEntries(std::string_view entity, std::string_view recordId)
{
    auto query = m_db.cached("SELECT 1 FROM sync_outbox WHERE entity = ?1 AND record_id = ?2 LIMIT 1");
    if (!query)
        return std::unexpected(query.error());
    (*query)->bindAll(entity, recordId);
    auto found = (*query)->step();
    (*query)->reset();
    return found;
}

Result<std::int64_t> Outbox::pendingCount()
{
    auto query = m_db.cached("SELECT count(*) FROM sync_outbox WHERE state = 'pending'");
    if (!query)
        return std::unexpected(query.error());
    auto row = (*query)->step();
    if (!row)
        return std::unexpected(row.error());
    const std::int64_t count = (*query)->int64(0);
    (*query)->reset();
    return count;
}

Result<std::vector<OutboxEntry>> Outbox::rejectedEntries()
{
    return select("SELECT " + std::string(kColumns)
                      + " FROM sync_outbox WHERE state = 'rejected' ORDER BY seq LIMIT ?1",
                  1'000'000);
}

Result<void> Outbox::discardRejected(const std::string& opId)
{
    auto remove = m_db.cached("DELETE FROM sync_outbox WHERE op_id = ?1 AND state = 'rejected'");
    if (!remove)
        return std::unexpected(remove.error());
    return (*remove)->bindAll(opId).run();
}

} // namespace lectern::sync
