#include "sync/remote_changes.h"

#include <optional>

namespace lectern::sync {

namespace {

using nlohmann::json;

// Pulled fields were checked by the server; read them leniently so one odd
// record cannot wedge every later pull (a wrong type becomes null / default).
std::optional<std::string> optionalText(const json& fields, std::string_view key)
{
    const auto it = fields.find(key);
    if (it == fields.end() || !it->is_string())
        return std::nullopt;
    return it->get<std::string>();
}

std::optional<std::int64_t> optionalInteger(const json& fields, std::string_view key)
{
    const auto it = fields.find(key);
    if (it == fields.end() || !it->is_number_integer())
        return std::nullopt;
    return it->get<std::int64_t>();
}

} // namespace

RemoteChanges::RemoteChanges(store::Database& db)
    : m_db(db)
    , m_outbox(db)
{
}

Result<void> RemoteChanges::apply(const protocol::SyncChange& change)
{
    if (change.entity == "event")
        return applyEvent(change.id, change.fields); // append-only: no local edit to protect
    auto queued = m_outbox.hasEntries(change.entity, change.id);
    if (!queued)
        return std::unexpected(queued.error());
    if (*queued) {
        auto park = m_db.cached("INSERT INTO sync_deferred (entity, record_id, revision, deleted, fields) "
                                "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (entity, record_id) DO UPDATE SET "
                                "revision = excluded.revision, deleted = excluded.deleted, fields = excluded.fields "
                                "WHERE excluded.revision >= sync_deferred.revision");
        if (!park)
            return std::unexpected(park.error());
        return (*park)->bindAll(change.entity, change.id, change.revision, change.deleted, change.fields.dump()).run();
    }
    return applyState(change.entity, change.id, change.revision, change.deleted, change.fields);
}

Result<void> RemoteChanges::settle(std::string_view entity, const std::string& recordId)
{
    auto queued = m_outbox.hasEntries(entity, recordId);
    if (!queued)
        return std::unexpected(queued.error());
    if (*queued)
        return {};
    auto parked = m_db.cached("SELECT revision, deleted, fields FROM sync_deferred WHERE entity = ?1 AND record_id = ?2");
    if (!parked)
        return std::unexpected(parked.error());
    (*parked)->bindAll(entity, recordId);
    auto row = (*parked)->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row) {
        (*parked)->reset();
        return {};
    }
    const std::int64_t revision = (*parked)->int64(0);
    const bool deleted = (*parked)->int64(1) != 0;
    const json fields = json::parse((*parked)->textView(2), nullptr, false);
    (*parked)->reset();
    auto forget = m_db.cached("DELETE FROM sync_deferred WHERE entity = ?1 AND record_id = ?2");
    if (!forget)
        return std::unexpected(forget.error());
    if (auto ok = (*forget)->bindAll(entity, recordId).run(); !ok)
        return ok;
    return applyState(entity, recordId, revision, deleted, fields.is_discarded() ? json::object() : fields);
}

Result<void> RemoteChanges::applyState(std::string_view entity, const std::string& id, std::int64_t revision,
                                       bool deleted, const json& fields)
{
    if (entity == "note")
        return applyNote(id, revision, deleted, fields);
    if (entity == "progress")
        return applyProgress(id, revision, fields);
    if (entity == "wishlist")
        return applyWishlist(id, revision, deleted);
    if (entity == "cart")
        return applyCart(id, revision, deleted);
    if (entity == "event")
        return applyEvent(id, fields);
    return {}; // an entity this build does not know: skipped, the cursor moves on
}

Result<void> RemoteChanges::applyNote(const std::string& id, std::int64_t revision, bool deleted, const json& fields)
{
    // Apply by revision: an older (or re-numbered, same-revision) copy of what
    // we hold changes nothing that matters.
    if (deleted) {
        auto tombstone = m_db.cached("UPDATE notes SET deleted = 1, text = '', revision = ?2 "
                                     "WHERE id = ?1 AND revision <= ?2");
        if (!tombstone)
            return std::unexpected(tombstone.error());
        return (*tombstone)->bindAll(id, revision).run();
    }
    const auto courseId = optionalText(fields, "course_id");
    if (!courseId)
        return {}; // not a note we can show; the cursor moves on
    auto upsert = m_db.cached(
        "INSERT INTO notes (id, course_id, lesson_id, position_ms, text, conflict_of, revision, deleted, created_at, "
        "updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 0, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), "
        "CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)) "
        "ON CONFLICT (id) DO UPDATE SET course_id = excluded.course_id, lesson_id = excluded.lesson_id, "
        "position_ms = excluded.position_ms, text = excluded.text, conflict_of = excluded.conflict_of, "
        "revision = excluded.revision, deleted = 0, updated_at = excluded.updated_at "
        "WHERE excluded.revision >= notes.revision");
    if (!upsert)
        return std::unexpected(upsert.error());
    return (*upsert)
        ->bindAll(id, *courseId, optionalText(fields, "lesson_id"), optionalInteger(fields, "position_ms"),
                  optionalText(fields, "text").value_or(std::string()), optionalText(fields, "conflict_of"), revision)
        .run();
}

Result<void> RemoteChanges::applyProgress(const std::string& id, std::int64_t revision, const json& fields)
{
    const auto courseId = optionalText(fields, "course_id");
    const auto position = optionalInteger(fields, "position_ms");
    if (!courseId || !position)
        return {};
    const auto completed = fields.find("completed");
    const bool done = completed != fields.end() && completed->is_boolean() && completed->get<bool>();
    // The server's row is the merged truth (LWW position, OR completed); OR
    // again locally so a completion is never taken back.
    auto upsert = m_db.cached(
        "INSERT INTO lesson_progress (lesson_id, course_id, position_ms, completed, client_time, revision) "
        "VALUES (?1, ?2, ?3, ?4, 0, ?5) ON CONFLICT (lesson_id) DO UPDATE SET course_id = excluded.course_id, "
        "position_ms = excluded.position_ms, completed = max(completed, excluded.completed), "
        "revision = excluded.revision WHERE excluded.revision >= lesson_progress.revision");
    if (!upsert)
        return std::unexpected(upsert.error());
    return (*upsert)->bindAll(id, *courseId, *position, done, revision).run();
}

Result<void> RemoteChanges::applyWishlist(const std::string& id, std::int64_t revision, bool deleted)
{
    auto upsert = m_db.cached("INSERT INTO wishlist (course_id, deleted, client_time, revision) VALUES (?1, ?2, 0, ?3) "
                              "ON CONFLICT (course_id) DO UPDATE SET deleted = excluded.deleted, "
                              "revision = excluded.revision WHERE excluded.revision >= wishlist.revision");
    if (!upsert)
        return std::unexpected(upsert.error());
    return (*upsert)->bindAll(id, deleted, revision).run();
}

Result<void> RemoteChanges::applyCart(const std::string& id, std::int64_t revision, bool deleted)
{
    auto upsert = m_db.cached("INSERT INTO cart (course_id, deleted, client_time, revision) VALUES (?1, ?2, 0, ?3) "
                              "ON CONFLICT (course_id) DO UPDATE SET deleted = excluded.deleted, "
                              "revision = excluded.revision WHERE excluded.revision >= cart.revision");
    if (!upsert)
        return std::unexpected(upsert.error());
    return (*upsert)->bindAll(id, deleted, revision).run();
}

Result<void> RemoteChanges::applyEvent(const std::string& id, const json& fields)
{
    const auto kind = optionalText(fields, "kind");
    const auto at = optionalText(fields, "at");
    if (!kind || !at)
        return {};
    const auto value = fields.find("value");
    auto insert = m_db.cached("INSERT INTO learning_events (id, kind, course_id, lesson_id, value, at) "
                              "VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (id) DO NOTHING");
    if (!insert)
        return std::unexpected(insert.error());
    return (*insert)
        ->bindAll(id, *kind, optionalText(fields, "course_id"), optionalText(fields, "lesson_id"),
                  value == fields.end() ? std::string("null") : value->dump(), *at)
        .run();
}

} // namespace lectern::sync
