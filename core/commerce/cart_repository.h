// The learner's cart: a synced set of course ids like the wishlist. Every add
// and remove writes the row and its outbox entry in one transaction, so the
// cart follows the learner to their other devices (sync entity "cart").
#pragma once

#include <string>
#include <vector>

#include "store/database.h"
#include "sync/sync_clock.h"
#include "sync/synced_course_set.h"

namespace lectern::commerce {

class CartRepository final {
public:
    explicit CartRepository(store::Database& db, sync::MillisClock clock = sync::systemNowMillis);

    [[nodiscard]] Result<void> add(const std::string& courseId) { return m_set.set(courseId, false); }
    [[nodiscard]] Result<void> remove(const std::string& courseId) { return m_set.set(courseId, true); }
    // Removes several in one transaction (the items an order bought).
    [[nodiscard]] Result<void> removeAll(const std::vector<std::string>& courseIds);
    [[nodiscard]] Result<bool> contains(const std::string& courseId) { return m_set.contains(courseId); }
    // In the order they were added.
    [[nodiscard]] Result<std::vector<std::string>> courseIds() { return m_set.courseIds(); }

private:
    store::Database& m_db;
    sync::SyncedCourseSet m_set;
};

} // namespace lectern::commerce
