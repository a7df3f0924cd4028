// What the catalog keeps: course and instructor documents (JSON text, stored
// as published), the lessons' owners for access rules, and the feed's seq
// counter and tombstone horizon. Which seq a change gets, when a publish is a
// no-op and how a feed page is cut are CatalogService's decisions.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

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

struct FeedEntry {
    std::int64_t seq = 0;
    bool deleted = false;
    std::string courseId;
    std::string document; // empty for a tombstone
    std::string instructorId;
};

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

    // Entries with seq > after in seq order, at most limit; tombstones at or
    // below the horizon are left out.
    [[nodiscard]] virtual ApiResult<std::vector<FeedEntry>> feed(std::int64_t after, std::int64_t limit) = 0;
    // A live course with its instructor's document.
    [[nodiscard]] virtual ApiResult<std::optional<CourseWithInstructor>> courseDetail(const std::string& courseId) = 0;
    [[nodiscard]] virtual ApiResult<std::optional<CourseSummary>> summary(const std::string& courseId) = 0;
    [[nodiscard]] virtual ApiResult<std::optional<LessonRef>> lesson(const std::string& lessonId) = 0;
};

} // namespace lectern::server
