// The published catalog on the server: publishing and retiring courses (for
// the demo seed now, authoring later), the change feed and course detail.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "catalog/catalog_store.h"
#include "http/api_types.h"
#include "protocol/catalog_types.h"
#include "storage/storage.h"
#include "util/clock.h"

namespace lectern::server {

struct CourseDetail {
    std::string body; // {"course": …, "instructor": …}
    std::string etag; // strong, quoted
};

class CatalogService final {
public:
    static constexpr int kDefaultPageSize = 200;
    static constexpr int kMaxPageSize = 1000;
    static constexpr std::int64_t kTombstoneSeconds = 90 * 86400;

    CatalogService(Storage& storage, const Clock& clock);

    // Adds or replaces an instructor record (no feed entry of its own: pages
    // carry the instructors their courses refer to).
    [[nodiscard]] ApiResult<void> publishInstructor(const protocol::Instructor& instructor);
    // Adds or replaces a course. Lesson media fields come from the media table,
    // never from the caller. Returns the course's feed seq; an unchanged course
    // keeps its seq, so republishing the same data is a no-op.
    [[nodiscard]] ApiResult<std::int64_t> publishCourse(const protocol::Course& course);
    // Re-reads the media of a published course's lessons (after media was added).
    [[nodiscard]] ApiResult<std::int64_t> refreshCourseMedia(const std::string& courseId);
    // Replaces the course by a tombstone at a new seq. 404 when unknown.
    [[nodiscard]] ApiResult<std::int64_t> retireCourse(const std::string& courseId);
    // Drops tombstones retired before `before` (Unix seconds) and raises the
    // horizon: cursors below it must start again from 0.
    [[nodiscard]] ApiResult<int> purgeTombstones(std::int64_t before);

    // GET /v1/catalog/changes: the response body, ready to send.
    [[nodiscard]] ApiResult<std::string> changes(const std::optional<std::string>& after,
                                                 const std::optional<std::string>& limit);
    [[nodiscard]] ApiResult<CourseDetail> course(const std::string& courseId);

    // The lesson as the media access rules see it.
    [[nodiscard]] ApiResult<std::optional<LessonRef>> lesson(const std::string& lessonId);

private:
    [[nodiscard]] ApiResult<std::int64_t> storeCourse(StoreTransaction& tx, protocol::Course course);

    Storage& m_storage;
    const Clock& m_clock;
};

} // namespace lectern::server
