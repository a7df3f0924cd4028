// A synced set of course ids — the wishlist, the cart. Adding and removing
// write the row and its outbox entry in one transaction; a removal stays as a
// row with deleted = 1 so an older add from another device cannot bring the
// course back (last writer wins by client time, kept monotonic per row).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "store/database.h"
#include "sync/outbox.h"
#include "sync/sync_clock.h"

namespace lectern::sync {

// What differs between sets: the sync entity and the table's statements.
struct SyncedCourseSetSpec {
    std::string_view entity;      // "wishlist", "cart"
    std::string_view upsertSql;   // ?1 course id, ?2 deleted, ?3 client time; RETURNING client_time
    std::string_view containsSql; // ?1 course id; a row when present and not deleted
    std::string_view listSql;     // live course ids in the order shown
};

class SyncedCourseSet final {
public:
    SyncedCourseSet(store::Database& db, SyncedCourseSetSpec spec, MillisClock clock);

    [[nodiscard]] Result<void> set(const std::string& courseId, bool deleted);
    [[nodiscard]] Result<bool> contains(const std::string& courseId);
    [[nodiscard]] Result<std::vector<std::string>> courseIds();

private:
    store::Database& m_db;
    SyncedCourseSetSpec m_spec;
    Outbox m_outbox;
    MillisClock m_clock;
};

} // namespace lectern::sync
