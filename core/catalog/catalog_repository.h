// Reads and writes the local catalog tables and keeps the full-text index in step.
#pragma once

#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "catalog/catalog_views.h"
#include "store/database.h"

namespace lectern::catalog {

class CatalogRepository final {
public:
    explicit CatalogRepository(store::Database& db);

    [[nodiscard]] Result<void> upsertInstructor(const Instructor& instructor);
    // Inserts or replaces a course with its sections and lessons, and reindexes it.
    // The instructor must exist. Call inside a transaction when writing many.
    [[nodiscard]] Result<CourseKey> upsertCourse(const Course& course);

    [[nodiscard]] Result<std::optional<CourseDetail>> courseDetail(std::string_view courseId);
    [[nodiscard]] Result<std::optional<CourseDetail>> courseDetail(CourseKey key);
    // Cards for the given keys, in the same order; keys no longer present are skipped.
    [[nodiscard]] Result<std::vector<CourseSummary>> summaries(std::span<const CourseKey> keys);

    [[nodiscard]] Result<std::int64_t> courseCount();
    [[nodiscard]] Result<bool> instructorExists(std::string_view instructorId);

    // A feed tombstone: the course leaves browsing and search. An owned course is
    // kept (readable in the learner's library) with retired_at set; any other is
    // deleted with its syllabus. Unknown ids are a no-op.
    [[nodiscard]] Result<void> retireCourse(std::string_view courseId, std::int64_t retiredAt);

    [[nodiscard]] Result<void> markOwned(std::string_view courseId, std::int64_t acquiredAt, std::string_view source);

private:
    [[nodiscard]] Result<void> removeFromIndex(CourseKey key);
    [[nodiscard]] Result<std::optional<CourseDetail>> loadDetail(store::Statement& courseRow);

    store::Database& m_db;
};

} // namespace lectern::catalog
