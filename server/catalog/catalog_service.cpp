#include "catalog/catalog_service.h"

#include <charconv>
#include <set>

#include <nlohmann/json.hpp>

#include "accounts/secrets.h"
#include "protocol/catalog_json.h"
#include "storage/transaction.h"
#include "storage/with_connection.h"

namespace lectern::server {

namespace {

constexpr std::string_view kSeqKey = "catalog_seq";
constexpr std::string_view kHorizonKey = "catalog_tombstone_horizon";

ApiResult<std::int64_t> metaInt(store::Database& db, std::string_view key)
{
    auto stmt = db.cached("SELECT value FROM server_meta WHERE key = ?1");
    if (!stmt)
        return storeError(stmt.error());
    (*stmt)->bind(1, key);
    auto row = (*stmt)->step();
    if (!row)
        return storeError(row.error());
    if (!*row)
        return 0;
    return std::stoll((*stmt)->text(0));
}

ApiResult<void> setMetaInt(store::Database& db, std::string_view key, std::int64_t value)
{
    auto stmt = db.cached("INSERT INTO server_meta (key, value) VALUES (?1, ?2) "
                          "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    if (!stmt)
        return storeError(stmt.error());
    if (auto ok = (*stmt)->bindAll(key, std::to_string(value)).run(); !ok)
        return storeError(ok.error());
    return {};
}

ApiResult<std::int64_t> nextSeq(store::Database& db)
{
    auto last = metaInt(db, kSeqKey);
    if (!last)
        return last;
    const std::int64_t next = *last + 1;
    if (auto ok = setMetaInt(db, kSeqKey, next); !ok)
        return std::unexpected(ok.error());
    return next;
}

// A cursor the server issued is a decimal seq no greater than the last one.
std::optional<std::int64_t> parseDecimal(const std::string& text)
{
    if (text.empty() || text.size() > 18)
        return std::nullopt;
    std::int64_t value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size() || value < 0)
        return std::nullopt;
    return value;
}

} // namespace

CatalogService::CatalogService(ConnectionPool& pool, const Clock& clock)
    : m_pool(pool)
    , m_clock(clock)
{
}

ApiResult<void> CatalogService::publishInstructor(const protocol::Instructor& instructor)
{
    return inTransaction<void>(m_pool, [&](store::Database& db) -> ApiResult<void> {
        auto stmt = db.cached("INSERT INTO catalog_instructors (id, document) VALUES (?1, ?2) "
                              "ON CONFLICT (id) DO UPDATE SET document = excluded.document");
        if (!stmt)
            return storeError(stmt.error());
        if (auto ok = (*stmt)->bindAll(instructor.id, protocol::toJson(instructor).dump()).run(); !ok)
            return storeError(ok.error());
        return {};
    });
}

ApiResult<std::int64_t> CatalogService::publishCourse(const protocol::Course& course)
{
    return inTransaction<std::int64_t>(m_pool, [&](store::Database& db) { return storeCourse(db, course); });
}

ApiResult<std::int64_t> CatalogService::refreshCourseMedia(const std::string& courseId)
{
    return inTransaction<std::int64_t>(m_pool, [&](store::Database& db) -> ApiResult<std::int64_t> {
        auto stmt = db.prepare("SELECT document FROM catalog_courses WHERE id = ?1 AND deleted = 0");
        if (!stmt)
            return storeError(stmt.error());
        stmt->bind(1, courseId);
        auto row = stmt->step();
        if (!row)
            return storeError(row.error());
        if (!*row)
            return notFound("no such course");
        auto course = protocol::parseCourse(nlohmann::json::parse(stmt->text(0)), "course");
        if (!course)
            return internalError("stored course does not parse: " + course.error().describe());
        return storeCourse(db, std::move(*course));
    });
}

ApiResult<std::int64_t> CatalogService::storeCourse(store::Database& db, protocol::Course course)
{
    // The server is the only source of media facts.
    auto media = db.cached("SELECT size, sha256 FROM media WHERE lesson_id = ?1");
    if (!media)
        return storeError(media.error());
    for (auto& section : course.sections) {
        for (auto& lesson : section.lessons) {
            lesson.mediaSize.reset();
            lesson.mediaSha256.clear();
            (*media)->reset();
            (*media)->bind(1, lesson.id);
            auto row = (*media)->step();
            if (!row)
                return storeError(row.error());
            if (*row) {
                lesson.mediaSize = (*media)->int64(0);
                lesson.mediaSha256 = (*media)->text(1);
            }
        }
    }
    const std::string document = protocol::toJson(course).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);

    auto existing = db.cached("SELECT seq, deleted, document FROM catalog_courses WHERE id = ?1");
    if (!existing)
        return storeError(existing.error());
    (*existing)->bind(1, course.id);
    auto found = (*existing)->step();
    if (!found)
        return storeError(found.error());
    if (*found && (*existing)->int64(1) == 0 && (*existing)->textView(2) == document)
        return (*existing)->int64(0);
    (*existing)->reset();

    // A lesson id must not move between courses: access rules follow it.
    auto owner = db.cached("SELECT course_id FROM catalog_lessons WHERE id = ?1");
    if (!owner)
        return storeError(owner.error());
    for (const auto& section : course.sections) {
        for (const auto& lesson : section.lessons) {
            (*owner)->reset();
            (*owner)->bind(1, lesson.id);
            auto row = (*owner)->step();
            if (!row)
                return storeError(row.error());
            if (*row && (*owner)->textView(0) != course.id)
                return apiError(409, "conflict", "lesson " + lesson.id + " belongs to another course");
        }
    }

    auto seq = nextSeq(db);
    if (!seq)
        return seq;
    auto upsert = db.cached(
        "INSERT INTO catalog_courses (id, seq, deleted, document, title, instructor_id, price_minor, currency, "
        "in_subscription, updated_at) VALUES (?1, ?2, 0, ?3, ?4, ?5, ?6, ?7, ?8, ?9) "
        "ON CONFLICT (id) DO UPDATE SET seq = excluded.seq, deleted = 0, document = excluded.document, "
        "title = excluded.title, instructor_id = excluded.instructor_id, price_minor = excluded.price_minor, "
        "currency = excluded.currency, in_subscription = excluded.in_subscription, updated_at = excluded.updated_at");
    if (!upsert)
        return storeError(upsert.error());
    if (auto ok = (*upsert)
                      ->bindAll(course.id, *seq, document, course.title, course.instructorId, course.price.amountMinor,
                                course.price.currency, course.inSubscription, m_clock.now())
                      .run();
        !ok)
        return storeError(ok.error());

    // Lessons removed from the course keep their rows (and their owners keep
    // access to any media); current lessons are upserted.
    auto lessonRow = db.cached("INSERT INTO catalog_lessons (id, course_id, kind, free_preview) VALUES (?1, ?2, ?3, ?4) "
                               "ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, free_preview = excluded.free_preview");
    if (!lessonRow)
        return storeError(lessonRow.error());
    for (const auto& section : course.sections) {
        for (const auto& lesson : section.lessons) {
            (*lessonRow)->reset();
            if (auto ok = (*lessonRow)
                              ->bindAll(lesson.id, course.id, std::string(protocol::toString(lesson.kind)),
                                        lesson.freePreview)
                              .run();
                !ok)
                return storeError(ok.error());
        }
    }
    return *seq;
}

ApiResult<std::int64_t> CatalogService::retireCourse(const std::string& courseId)
{
    return inTransaction<std::int64_t>(m_pool, [&](store::Database& db) -> ApiResult<std::int64_t> {
        auto stmt = db.prepare("SELECT deleted FROM catalog_courses WHERE id = ?1");
        if (!stmt)
            return storeError(stmt.error());
        stmt->bind(1, courseId);
        auto row = stmt->step();
        if (!row)
            return storeError(row.error());
        if (!*row || stmt->int64(0) != 0)
            return notFound("no such course");
        auto seq = nextSeq(db);
        if (!seq)
            return seq;
        auto update = db.prepare("UPDATE catalog_courses SET deleted = 1, seq = ?2, updated_at = ?3 WHERE id = ?1");
        if (!update)
            return storeError(update.error());
        if (auto ok = update->bindAll(courseId, *seq, m_clock.now()).run(); !ok)
            return storeError(ok.error());
        return *seq;
    });
}

ApiResult<int> CatalogService::purgeTombstones(std::int64_t before)
{
    return inTransaction<int>(m_pool, [&](store::Database& db) -> ApiResult<int> {
        auto current = metaInt(db, kHorizonKey);
        if (!current)
            return std::unexpected(current.error());
        auto highest = db.prepare("SELECT coalesce(max(seq), 0), count(*) FROM catalog_courses "
                                  "WHERE deleted = 1 AND updated_at < ?1 AND seq > ?2");
        if (!highest)
            return storeError(highest.error());
        highest->bindAll(before, *current);
        if (auto row = highest->step(); !row)
            return storeError(row.error());
        const std::int64_t horizon = highest->int64(0);
        const int count = highest->int32(1);
        if (count == 0)
            return 0;
        // The rows stay (their lessons keep owners' media reachable); the feed
        // stops listing tombstones at or below the horizon.
        if (auto ok = setMetaInt(db, kHorizonKey, horizon); !ok)
            return std::unexpected(ok.error());
        return count;
    });
}

ApiResult<std::string> CatalogService::changes(const std::optional<std::string>& afterText,
                                               const std::optional<std::string>& limitText)
{
    std::int64_t limit = kDefaultPageSize;
    if (limitText) {
        auto parsed = parseDecimal(*limitText);
        if (!parsed || *parsed < 1 || *parsed > kMaxPageSize)
            return apiError(400, "invalid_field", "limit: must be an integer from 1 to 1000", "limit");
        limit = *parsed;
    }
    auto lease = m_pool.acquire();
    if (!lease)
        return storeError(lease.error());
    store::Database& db = lease->db();

    std::int64_t after = 0;
    if (afterText && !afterText->empty()) {
        auto parsed = parseDecimal(*afterText);
        auto last = metaInt(db, kSeqKey);
        if (!last)
            return std::unexpected(last.error());
        if (!parsed || *parsed > *last)
            return apiError(400, "invalid_cursor", "after: not a cursor this server issued", "after");
        after = *parsed;
    }
    if (after > 0) {
        auto horizon = metaInt(db, kHorizonKey);
        if (!horizon)
            return std::unexpected(horizon.error());
        if (after < *horizon)
            return apiError(410, "resync_required", "the cursor is older than the tombstone horizon; start from 0");
    }

    auto page = db.cached("SELECT seq, deleted, id, document, instructor_id FROM catalog_courses "
                          "WHERE seq > ?1 AND (deleted = 0 OR seq > (SELECT coalesce(CAST(max(value) AS INTEGER), 0) "
                          "FROM server_meta WHERE key = 'catalog_tombstone_horizon')) ORDER BY seq LIMIT ?2");
    if (!page)
        return storeError(page.error());
    (*page)->bindAll(after, limit + 1);

    // Documents are stored as JSON text, so a page is assembled by
    // concatenation instead of parsing and re-serialising every course.
    std::string body = R"({"changes":[)";
    std::set<std::string> instructorIds;
    std::int64_t count = 0;
    std::int64_t lastSeq = after;
    bool hasMore = false;
    while (true) {
        auto row = (*page)->step();
        if (!row)
            return storeError(row.error());
        if (!*row)
            break;
        if (count == limit) {
            hasMore = true;
            break;
        }
        if (count > 0)
            body += ',';
        lastSeq = (*page)->int64(0);
        body += R"({"seq":)" + std::to_string(lastSeq);
        if ((*page)->int64(1) != 0) {
            body += R"(,"type":"delete","course_id":")";
            body += (*page)->textView(2);
            body += "\"}";
        } else {
            body += R"(,"type":"upsert","course":)";
            body += (*page)->textView(3);
            body += '}';
            instructorIds.insert((*page)->text(4));
        }
        ++count;
    }
    (*page)->reset();
    body += R"(],"instructors":[)";
    auto instructor = db.cached("SELECT document FROM catalog_instructors WHERE id = ?1");
    if (!instructor)
        return storeError(instructor.error());
    bool first = true;
    for (const auto& id : instructorIds) {
        (*instructor)->reset();
        (*instructor)->bind(1, id);
        auto row = (*instructor)->step();
        if (!row)
            return storeError(row.error());
        if (!*row)
            continue;
        if (!first)
            body += ',';
        first = false;
        body += (*instructor)->textView(0);
    }
    body += R"(],"next_cursor":")" + std::to_string(lastSeq) + R"(","has_more":)" + (hasMore ? "true" : "false") + "}";
    return body;
}

ApiResult<CourseDetail> CatalogService::course(const std::string& courseId)
{
    return withConnection<CourseDetail>(m_pool, [&](store::Database& db) -> ApiResult<CourseDetail> {
        auto stmt = db.cached("SELECT c.document, i.document FROM catalog_courses c "
                              "LEFT JOIN catalog_instructors i ON i.id = c.instructor_id "
                              "WHERE c.id = ?1 AND c.deleted = 0");
        if (!stmt)
            return storeError(stmt.error());
        (*stmt)->bind(1, courseId);
        auto row = (*stmt)->step();
        if (!row)
            return storeError(row.error());
        if (!*row)
            return notFound("no such course");
        CourseDetail detail;
        detail.body = R"({"course":)" + (*stmt)->text(0) + R"(,"instructor":)"
            + ((*stmt)->isNull(1) ? std::string("null") : (*stmt)->text(1)) + "}";
        (*stmt)->reset();
        // Strong: it changes with any byte of the body (course or instructor).
        detail.etag = "\"" + secrets::sha256Hex(detail.body).substr(0, 32) + "\"";
        return detail;
    });
}

ApiResult<std::optional<CourseSummary>> CatalogService::summary(store::Database& db, const std::string& courseId)
{
    auto stmt = db.cached("SELECT title, price_minor, currency, in_subscription, deleted FROM catalog_courses WHERE id = ?1");
    if (!stmt)
        return storeError(stmt.error());
    (*stmt)->bind(1, courseId);
    auto row = (*stmt)->step();
    if (!row)
        return storeError(row.error());
    if (!*row)
        return std::optional<CourseSummary>();
    CourseSummary course{courseId, (*stmt)->text(0), {(*stmt)->int64(1), (*stmt)->text(2)}, (*stmt)->int64(3) != 0,
                         (*stmt)->int64(4) != 0};
    (*stmt)->reset();
    return std::optional<CourseSummary>(std::move(course));
}

ApiResult<std::optional<LessonRef>> CatalogService::lesson(store::Database& db, const std::string& lessonId)
{
    auto stmt = db.cached("SELECT l.course_id, l.free_preview, c.in_subscription FROM catalog_lessons l "
                          "JOIN catalog_courses c ON c.id = l.course_id WHERE l.id = ?1");
    if (!stmt)
        return storeError(stmt.error());
    (*stmt)->bind(1, lessonId);
    auto row = (*stmt)->step();
    if (!row)
        return storeError(row.error());
    if (!*row)
        return std::optional<LessonRef>();
    LessonRef ref{lessonId, (*stmt)->text(0), (*stmt)->int64(1) != 0, (*stmt)->int64(2) != 0};
    (*stmt)->reset();
    return std::optional<LessonRef>(std::move(ref));
}

} // namespace lectern::server
