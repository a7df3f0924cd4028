#include "storage/sqlite/sqlite_catalog_store.h"

#include "storage/sqlite/sql.h"

namespace lectern::server::sqlite {

namespace {

// server_meta keys of the catalog feed.
constexpr std::string_view kSeqKey = "catalog_seq";
constexpr std::string_view kHorizonKey = "catalog_tombstone_horizon";

std::string readText(const store::Statement& row) { return row.text(0); }

} // namespace

ApiResult<std::int64_t> SqliteCatalogStore::metaInt(std::string_view key)
{
    auto value = queryOne(
        m_db, "SELECT value FROM server_meta WHERE key = ?1",
        [](const store::Statement& row) { return std::stoll(row.text(0)); }, key);
    if (!value)
        return std::unexpected(value.error());
    return value->value_or(0);
}

ApiResult<void> SqliteCatalogStore::setMetaInt(std::string_view key, std::int64_t value)
{
    return execute(m_db,
                   "INSERT INTO server_meta (key, value) VALUES (?1, ?2) "
                   "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                   key, std::to_string(value));
}

ApiResult<std::int64_t> SqliteCatalogStore::lastSeq() { return metaInt(kSeqKey); }
ApiResult<void> SqliteCatalogStore::setLastSeq(std::int64_t seq) { return setMetaInt(kSeqKey, seq); }
ApiResult<std::int64_t> SqliteCatalogStore::tombstoneHorizon() { return metaInt(kHorizonKey); }
ApiResult<void> SqliteCatalogStore::setTombstoneHorizon(std::int64_t seq) { return setMetaInt(kHorizonKey, seq); }

ApiResult<void> SqliteCatalogStore::upsertInstructor(const std::string& id, const std::string& document)
{
    return execute(m_db,
                   "INSERT INTO catalog_instructors (id, document) VALUES (?1, ?2) "
                   "ON CONFLICT (id) DO UPDATE SET document = excluded.document",
                   id, document);
}

ApiResult<std::optional<std::string>> SqliteCatalogStore::instructorDocument(const std::string& id)
{
    return queryOne(m_db, "SELECT document FROM catalog_instructors WHERE id = ?1", readText, id);
}

ApiResult<std::optional<StoredCourse>> SqliteCatalogStore::findCourse(const std::string& courseId)
{
    return queryOne(
        m_db, "SELECT seq, deleted, document FROM catalog_courses WHERE id = ?1",
        [](const store::Statement& row) { return StoredCourse{row.int64(0), row.int64(1) != 0, row.text(2)}; },
        courseId);
}

ApiResult<void> SqliteCatalogStore::upsertCourse(const CourseRow& c)
{
    return execute(
        m_db,
        "INSERT INTO catalog_courses (id, seq, deleted, document, title, instructor_id, price_minor, currency, "
        "in_subscription, updated_at) VALUES (?1, ?2, 0, ?3, ?4, ?5, ?6, ?7, ?8, ?9) "
        "ON CONFLICT (id) DO UPDATE SET seq = excluded.seq, deleted = 0, document = excluded.document, "
        "title = excluded.title, instructor_id = excluded.instructor_id, price_minor = excluded.price_minor, "
        "currency = excluded.currency, in_subscription = excluded.in_subscription, updated_at = excluded.updated_at",
        c.id, c.seq, c.document, c.title, c.instructorId, c.price.amountMinor, c.price.currency, c.inSubscription,
        c.updatedAt);
}

ApiResult<void> SqliteCatalogStore::markCourseDeleted(const std::string& courseId, std::int64_t seq, std::int64_t at)
{
    return execute(m_db, "UPDATE catalog_courses SET deleted = 1, seq = ?2, updated_at = ?3 WHERE id = ?1", courseId,
                   seq, at);
}

ApiResult<TombstoneRange> SqliteCatalogStore::tombstonesBefore(std::int64_t before, std::int64_t above)
{
    auto range = queryOne(
        m_db,
        "SELECT coalesce(max(seq), 0), count(*) FROM catalog_courses WHERE deleted = 1 AND updated_at < ?1 AND seq > ?2",
        [](const store::Statement& row) { return TombstoneRange{row.int64(0), row.int32(1)}; }, before, above);
    if (!range)
        return std::unexpected(range.error());
    return range->value_or(TombstoneRange{});
}

ApiResult<std::optional<std::string>> SqliteCatalogStore::lessonOwner(const std::string& lessonId)
{
    return queryOne(m_db, "SELECT course_id FROM catalog_lessons WHERE id = ?1", readText, lessonId);
}

ApiResult<void> SqliteCatalogStore::upsertLesson(const std::string& lessonId, const std::string& courseId,
                                                 const std::string& kind, bool freePreview)
{
    return execute(m_db,
                   "INSERT INTO catalog_lessons (id, course_id, kind, free_preview) VALUES (?1, ?2, ?3, ?4) "
                   "ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, free_preview = excluded.free_preview",
                   lessonId, courseId, kind, freePreview);
}

ApiResult<void> SqliteCatalogStore::feed(std::int64_t after, std::int64_t limit, const FeedVisitor& visit)
{
    return forEachRow(
        m_db,
        "SELECT seq, deleted, id, CASE WHEN deleted = 0 THEN document ELSE '' END, instructor_id FROM catalog_courses "
        "WHERE seq > ?1 AND (deleted = 0 OR seq > (SELECT coalesce(CAST(max(value) AS INTEGER), 0) "
        "FROM server_meta WHERE key = 'catalog_tombstone_horizon')) ORDER BY seq LIMIT ?2",
        [&](const store::Statement& row) {
            return visit(FeedRow{row.int64(0), row.int64(1) != 0, row.textView(2), row.textView(3), row.textView(4)});
        },
        after, limit);
}

ApiResult<std::optional<CourseWithInstructor>> SqliteCatalogStore::courseDetail(const std::string& courseId)
{
    return queryOne(
        m_db,
        "SELECT c.document, i.document FROM catalog_courses c "
        "LEFT JOIN catalog_instructors i ON i.id = c.instructor_id WHERE c.id = ?1 AND c.deleted = 0",
        [](const store::Statement& row) {
            return CourseWithInstructor{row.text(0), row.isNull(1) ? std::nullopt : std::optional(row.text(1))};
        },
        courseId);
}

ApiResult<std::optional<CourseSummary>> SqliteCatalogStore::summary(const std::string& courseId)
{
    return queryOne(
        m_db, "SELECT title, price_minor, currency, in_subscription, deleted FROM catalog_courses WHERE id = ?1",
        [&](const store::Statement& row) {
            return CourseSummary{courseId, row.text(0), {row.int64(1), row.text(2)}, row.int64(3) != 0,
                                 row.int64(4) != 0};
        },
        courseId);
}

ApiResult<std::optional<LessonRef>> SqliteCatalogStore::lesson(const std::string& lessonId)
{
    return queryOne(
        m_db,
        "SELECT l.course_id, l.free_preview, c.in_subscription FROM catalog_lessons l "
        "JOIN catalog_courses c ON c.id = l.course_id WHERE l.id = ?1",
        [&](const store::Statement& row) {
            return LessonRef{lessonId, row.text(0), row.int64(1) != 0, row.int64(2) != 0};
        },
        lessonId);
}

} // namespace lectern::server::sqlite
