// What the catalog keeps: course and instructor documents (JSON text, stored
// as published), the lessons' owners for access rules, and the feed's seq
// counter and tombstone horizon. Which seq a change gets, when a publish is a
// no-op and how a feed page is cut are CatalogService's decisions.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "http/api_error.h"
#include "protocol/catalog_types.h"

namespace lectern::server {

// What commerce and media need to know about a course.
struct CourseSummary {
    std::string id;
    std::string title;
    protocol::Money price;
    bool inSubscription = false;
    bool deleted = false;
};

// A lesson as the media access rules see it.
struct LessonRef {
    std::string lessonId;
    std::string courseId;
    bool freePreview = false;
    bool inSubscription = false;
};

struct StoredCourse {
    std::int64_t seq = 0;
    bool deleted = false;
    std::string document; // the course JSON as published
};

// One course row as written by a publish.
struct CourseRow {
    std::string id;
    std::int64_t seq = 0;
    std::string document;
    std::string title;
    std::string instructorId;
    protocol::Money price;
    bool inSubscription = false;
    std::int64_t updatedAt = 0;
};

// One feed entry as the store reads it. The views point into the store's
// current row and are valid only during the visit, so a page is assembled
// straight from them. Copying every document into its own string first made
// each request's memory peak large enough for glibc to hand the heap back to
// the kernel after every request and fault it in again on the next: half the
// feed's throughput (docs/benchmarks.md, lectern-server).
struct FeedRow {
    std::int64_t seq = 0;
    bool deleted = false;
    std::string_view courseId;
    std::string_view document; // empty for a tombstone
    std::string_view instructorId;
};

using FeedVisitor = std::function<ApiResult<void>(const FeedRow&)>;

struct CourseWithInstructor {
    std::string courseDocument;
    std::optional<std::string> instructorDocument;
};

struct TombstoneRange {
    std::int64_t highestSeq = 0;
    int count = 0;
};

class CatalogStore {
public:
    virtual ~CatalogStore() = default;

    // The feed's counters (0 before anything was published or purged).
    [[nodiscard]] virtual ApiResult<std::int64_t> lastSeq() = 0;
    [[nodiscard]] virtual ApiResult<void> setLastSeq(std::int64_t seq) = 0;
    [[nodiscard]] virtual ApiResult<std::int64_t> tombstoneHorizon() = 0;
    [[nodiscard]] virtual ApiResult<void> setTombstoneHorizon(std::int64_t seq) = 0;

    [[nodiscard]] virtual ApiResult<void> upsertInstructor(const std::string& id, const std::string& document) = 0;
    [[nodiscard]] virtual ApiResult<std::optional<std::string>> instructorDocument(const std::string& id) = 0;

    [[nodiscard]] virtual ApiResult<std::optional<StoredCourse>> findCourse(const std::string& courseId) = 0;
    // Also clears a tombstone.
    [[nodiscard]] virtual ApiResult<void> upsertCourse(const CourseRow& course) = 0;
    [[nodiscard]] virtual ApiResult<void> markCourseDeleted(const std::string& courseId, std::int64_t seq,
                                                            std::int64_t at) = 0;
    // Tombstones updated before `before` with a seq above `above`.
    [[nodiscard]] virtual ApiResult<TombstoneRange> tombstonesBefore(std::int64_t before, std::int64_t above) = 0;

    // The course a lesson belongs to (lessons keep their owner after leaving a course).
    [[nodiscard]] virtual ApiResult<std::optional<std::string>> lessonOwner(const std::string& lessonId) = 0;
    [[nodiscard]] virtual ApiResult<void> upsertLesson(const std::string& lessonId, const std::string& courseId,
                                                       const std::string& kind, bool freePreview) = 0;

    // Visits the entries with seq > after in seq order, at most limit;
    // tombstones at or below the horizon are left out. visit must not use the
    // store; an error it returns ends the walk and is returned.
    [[nodiscard]] virtual ApiResult<void> feed(std::int64_t after, std::int64_t limit, const FeedVisitor& visit) = 0;
    // A live course with its instructor's document.
    [[nodiscard]] virtual ApiResult<std::optional<CourseWithInstructor>> courseDetail(const std::string& courseId) = 0;
    [[nodiscard]] virtual ApiResult<std::optional<CourseSummary>> summary(const std::string& courseId) = 0;
    [[nodiscard]] virtual ApiResult<std::optional<LessonRef>> lesson(const std::string& lessonId) = 0;
};

} // namespace lectern::server
