#include "commerce/cart_repository.h"

#include <utility>

namespace lectern::commerce {

namespace {

// added_at keeps the first time a course went in, for the order shown.
constexpr sync::SyncedCourseSetSpec kCart{
    "cart",
    "INSERT INTO cart (course_id, deleted, client_time, added_at) VALUES (?1, ?2, ?3, ?3) "
    "ON CONFLICT (course_id) DO UPDATE SET "
    "added_at = CASE WHEN cart.deleted = 1 AND excluded.deleted = 0 THEN excluded.added_at ELSE cart.added_at END, "
    "deleted = excluded.deleted, client_time = max(client_time, excluded.client_time) RETURNING client_time",
    "SELECT 1 FROM cart WHERE course_id = ?1 AND deleted = 0",
    "SELECT course_id FROM cart WHERE deleted = 0 ORDER BY added_at, course_id",
};

} // namespace

CartRepository::CartRepository(store::Database& db, sync::MillisClock clock)
    : m_db(db)
    , m_set(db, kCart, std::move(clock))
{
}

Result<void> CartRepository::removeAll(const std::vector<std::string>& courseIds)
{
    return m_db.transaction([&]() -> Result<void> {
        for (const std::string& id : courseIds) {
            auto present = contains(id);
            if (!present)
                return std::unexpected(present.error());
            if (*present)
                if (auto ok = remove(id); !ok)
                    return ok;
        }
        return {};
    });
}

} // namespace lectern::commerce
