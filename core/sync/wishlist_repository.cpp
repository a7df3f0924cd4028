#include "sync/wishlist_repository.h"

#include <utility>

#include "util/uuid.h"

namespace lectern::sync {

WishlistRepository::WishlistRepository(store::Database& db, MillisClock clock)
    : m_db(db)
    , m_outbox(db)
    , m_clock(std::move(clock))
{
}

Result<void> WishlistRepository::add(const std::string& courseId) { return set(courseId, false); }

Result<void> WishlistRepository::remove(const std::string& courseId) { return set(courseId, true); }

Result<void> WishlistRepository::set(const std::string& courseId, bool deleted)
{
    if (!uuid::isCanonical(courseId))
        return fail(ErrorCode::InvalidArgument, "course id must be a UUID");
    return m_db.transaction([&]() -> Result<void> {
        // Last writer wins by client time; keep our own clock monotonic per row.
        auto upsert = m_db.cached(
            "INSERT INTO wishlist (course_id, deleted, client_time) VALUES (?1, ?2, ?3) "
            "ON CONFLICT (course_id) DO UPDATE SET deleted = excluded.deleted, "
            "client_time = max(client_time, excluded.client_time) RETURNING client_time");
        if (!upsert)
            return std::unexpected(upsert.error());
        (*upsert)->bindAll(courseId, deleted, m_clock());
        auto row = (*upsert)->step();
        if (!row)
            return std::unexpected(row.error());
        const std::int64_t clientTime = (*upsert)->int64(0);
        if (auto done = (*upsert)->step(); !done) // finish the statement before the next write
            return std::unexpected(done.error());
        (*upsert)->reset();
        return m_outbox.record({"wishlist", courseId, 0, deleted, nlohmann::json::object(), clientTime}, true);
    });
}

Result<bool> WishlistRepository::contains(const std::string& courseId)
{
    auto query = m_db.cached("SELECT 1 FROM wishlist WHERE course_id = ?1 AND deleted = 0");
    if (!query)
        return std::unexpected(query.error());
    (*query)->bindAll(courseId);
    auto found = (*query)->step();
    (*query)->reset();
    return found;
}

Result<std::vector<std::string>> WishlistRepository::courseIds()
{
    auto query = m_db.cached("SELECT course_id FROM wishlist WHERE deleted = 0 ORDER BY course_id");
    if (!query)
        return std::unexpected(query.error());
    std::vector<std::string> ids;
    for (;;) {
        auto row = (*query)->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        ids.push_back((*query)->text(0));
    }
    (*query)->reset();
    return ids;
}

} // namespace lectern::sync
