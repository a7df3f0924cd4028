// The learner's wishlist of courses: add and remove locally, each with its outbox entry.
#pragma once

#include <string>
#include <vector>

#include "store/database.h"
#include "sync/sync_clock.h"
#include "sync/synced_course_set.h"

namespace lectern::sync {

class WishlistRepository final {
public:
    explicit WishlistRepository(store::Database& db, MillisClock clock = systemNowMillis);

    [[nodiscard]] Result<void> add(const std::string& courseId) { return m_set.set(courseId, false); }
    [[nodiscard]] Result<void> remove(const std::string& courseId) { return m_set.set(courseId, true); }
    [[nodiscard]] Result<bool> contains(const std::string& courseId) { return m_set.contains(courseId); }
    [[nodiscard]] Result<std::vector<std::string>> courseIds() { return m_set.courseIds(); }

private:
    SyncedCourseSet m_set;
};

} // namespace lectern::sync
