#include "commerce/cart_repository.h"

#include <utility>

#include "util/uuid.h"

namespace lectern::commerce {

CartRepository::CartRepository(store::Database& db, sync::MillisClock clock)
    : m_db(db)
    , m_outbox(db)
    , m_clock(std::move(clock))
{
}

Result<void> CartRepository::add(const std::string& courseId) { return set(courseId, false); }

Result<void> CartRepository::remove(const std::string& courseId) { return set(courseId, true); }

Result<void> CartRepository::removeAll(const std::vector<std::string>& courseIds)
{
    return m_db.transaction([&]() -> Result<void> {
        for (const std::string& id : courseIds) {
            auto present = contains(id);
            if (!present)
                return std::unexpected(present.error());
            if (*present)
                if (auto ok = set(id, true); !ok)
                    return ok;
        }
        return {};
    });
}

Result<void> CartRepository::set(const std::string& courseId, bool deleted)
{
    if (!uuid::isCanonical(courseId))
        return fail(ErrorCode::InvalidArgument, "course id must be a UUID");
    return m_db.transaction([&]() -> Result<void> {
        const std::int64_t now = m_clock();
        // Last writer wins by client time (kept monotonic per row); added_at
        // keeps the first time it went in, for the order shown.
        auto upsert = m_db.cached(
            "INSERT INTO cart (course_id, deleted, client_time, added_at) VALUES (?1, ?2, ?3, ?3) "
            "ON CONFLICT (course_id) DO UPDATE SET "
            "added_at = CASE WHEN cart.deleted = 1 AND excluded.deleted = 0 THEN excluded.added_at ELSE cart.added_at END, "
            "deleted = excluded.deleted, client_time = max(client_time, excluded.client_time) RETURNING client_time");
        if (!upsert)
            return std::unexpected(upsert.error());
        (*upsert)->bindAll(courseId, deleted, now);
        auto row = (*upsert)->step();
        if (!row)
            return std::unexpected(row.error());
        const std::int64_t clientTime = (*upsert)->int64(0);
        if (auto done = (*upsert)->step(); !done) // finish the statement before the next write
            return std::unexpected(done.error());
        (*upsert)->reset();
        return m_outbox.record({"cart", courseId, 0, deleted, nlohmann::json::object(), clientTime}, true);
    });
}

Result<bool> CartRepository::contains(const std::string& courseId)
{
    auto query = m_db.cached("SELECT 1 FROM cart WHERE course_id = ?1 AND deleted = 0");
    if (!query)
        return std::unexpected(query.error());
    (*query)->bindAll(courseId);
    auto found = (*query)->step();
    (*query)->reset();
    return found;
}

Result<std::vector<std::string>> CartRepository::courseIds()
{
    auto query = m_db.cached("SELECT course_id FROM cart WHERE deleted = 0 ORDER BY added_at, course_id");
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

} // namespace lectern::commerce
