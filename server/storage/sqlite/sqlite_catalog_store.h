#pragma once

#include "catalog/catalog_store.h"
#include "store/database.h"

namespace lectern::server::sqlite {

class SqliteCatalogStore final : public CatalogStore {
public:
    explicit SqliteCatalogStore(store::Database& db)
        : m_db(db)
    {
    }

    [[nodiscard]] ApiResult<std::int64_t> lastSeq() override;
    [[nodiscard]] ApiResult<void> setLastSeq(std::int64_t seq) override;
    [[nodiscard]] ApiResult<std::int64_t> tombstoneHorizon() override;
    [[nodiscard]] ApiResult<void> setTombstoneHorizon(std::int64_t seq) override;
    [[nodiscard]] ApiResult<void> upsertInstructor(const std::string& id, const std::string& document) override;
    [[nodiscard]] ApiResult<std::optional<std::string>> instructorDocument(const std::string& id) override;
    [[nodiscard]] ApiResult<std::optional<StoredCourse>> findCourse(const std::string& courseId) override;
    [[nodiscard]] ApiResult<void> upsertCourse(const CourseRow& course) override;
    [[nodiscard]] ApiResult<void> markCourseDeleted(const std::string& courseId, std::int64_t seq,
                                                    std::int64_t at) override;
    [[nodiscard]] ApiResult<TombstoneRange> tombstonesBefore(std::int64_t before, std::int64_t above) override;
    [[nodiscard]] ApiResult<std::optional<std::string>> lessonOwner(const std::string& lessonId) override;
    [[nodiscard]] ApiResult<void> upsertLesson(const std::string& lessonId, const std::string& courseId,
                                               const std::string& kind, bool freePreview) override;
    [[nodiscard]] ApiResult<void> feed(std::int64_t after, std::int64_t limit, const FeedVisitor& visit) override;
    [[nodiscard]] ApiResult<std::optional<CourseWithInstructor>> courseDetail(const std::string& courseId) override;
    [[nodiscard]] ApiResult<std::optional<CourseSummary>> summary(const std::string& courseId) override;
    [[nodiscard]] ApiResult<std::optional<LessonRef>> lesson(const std::string& lessonId) override;

private:
    [[nodiscard]] ApiResult<std::int64_t> metaInt(std::string_view key);
    [[nodiscard]] ApiResult<void> setMetaInt(std::string_view key, std::int64_t value);

    store::Database& m_db;
};

} // namespace lectern::server::sqlite
