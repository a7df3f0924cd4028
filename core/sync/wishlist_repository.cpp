#include "sync/wishlist_repository.h"

#include <utility>

namespace lectern::sync {

namespace {

constexpr SyncedCourseSetSpec kWishlist{
    "wishlist",
    "INSERT INTO wishlist (course_id, deleted, client_time) VALUES (?1, ?2, ?3) "
    "ON CONFLICT (course_id) DO UPDATE SET deleted = excluded.deleted, "
    "client_time = max(client_time, excluded.client_time) RETURNING client_time",
    "SELECT 1 FROM wishlist WHERE course_id = ?1 AND deleted = 0",
    "SELECT course_id FROM wishlist WHERE deleted = 0 ORDER BY course_id",
};

} // namespace

WishlistRepository::WishlistRepository(store::Database& db, MillisClock clock)
    : m_set(db, kWishlist, std::move(clock))
{
}

} // namespace lectern::sync
