#include "catalog/catalog_repository.h"

#include <unordered_map>

#include <nlohmann/json.hpp>

namespace lectern::catalog {

namespace {

std::string tagsToJson(const std::vector<std::string>& tags)
{
    return nlohmann::json(tags).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::vector<std::string> tagsFromJson(std::string_view text)
{
    auto parsed = nlohmann::json::parse(text, nullptr, false);
    std::vector<std::string> tags;
    if (parsed.is_array())
        for (const auto& tag : parsed)
            if (tag.is_string())
                tags.push_back(tag.get<std::string>());
    return tags;
}

// The text indexed for tags: one tag per line so tags never run together.
std::string tagsIndexText(const std::vector<std::string>& tags)
{
    std::string text;
    for (const auto& tag : tags) {
        text += tag;
        text += '\n';
    }
    return text;
}

constexpr std::string_view kSummaryColumns =
    "c.key, c.id, c.title, c.subtitle, c.instructor_name, c.category, c.language, c.level, c.price_minor, "
    "c.currency, c.rating, c.rating_count, c.enrolment_count, c.total_duration, c.lesson_count, c.cover, "
    "c.published_at, EXISTS (SELECT 1 FROM owned_courses o WHERE o.course_id = c.id)";

CourseSummary readSummary(const store::Statement& row)
{
    CourseSummary s;
    s.key = row.int64(0);
    s.id = row.text(1);
    s.title = row.text(2);
    s.subtitle = row.text(3);
    s.instructorName = row.text(4);
    s.category = row.text(5);
    s.language = row.text(6);
    s.level = protocol::levelFromString(row.textView(7)).value_or(Level::All);
    s.price = Money{row.int64(8), row.text(9)};
    s.rating = row.real(10);
    s.ratingCount = row.int64(11);
    s.enrolmentCount = row.int64(12);
    s.totalDurationSeconds = row.int64(13);
    s.lessonCount = row.int64(14);
    s.cover = row.text(15);
    s.publishedAt = row.int64(16);
    s.owned = row.int64(17) != 0;
    return s;
}

} // namespace

CatalogRepository::CatalogRepository(store::Database& db)
    : m_db(db)
{
}

Result<void> CatalogRepository::upsertInstructor(const Instructor& instructor)
{
    auto stmt = m_db.cached("INSERT INTO instructors (id, name, headline, bio) VALUES (?1, ?2, ?3, ?4) "
                            "ON CONFLICT (id) DO UPDATE SET name = excluded.name, headline = excluded.headline, "
                            "bio = excluded.bio");
    if (!stmt)
        return std::unexpected(stmt.error());
    return (*stmt)->bindAll(instructor.id, instructor.name, instructor.headline, instructor.bio).run();
}

Result<void> CatalogRepository::removeFromIndex(CourseKey key)
{
    // A contentless FTS5 table forgets a row only when told the exact text it indexed,
    // which is why courses keeps instructor_name as indexed.
    auto old = m_db.cached("SELECT title, subtitle, tags, instructor_name, description FROM courses WHERE key = ?1");
    if (!old)
        return std::unexpected(old.error());
    (*old)->bind(1, key);
    auto row = (*old)->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return {};
    auto del = m_db.cached("INSERT INTO course_fts (course_fts, rowid, title, subtitle, tags, instructor, description) "
                           "VALUES ('delete', ?1, ?2, ?3, ?4, ?5, ?6)");
    if (!del)
        return std::unexpected(del.error());
    (*del)->bindAll(key, (*old)->textView(0), (*old)->textView(1), tagsIndexText(tagsFromJson((*old)->textView(2))),
                    (*old)->textView(3), (*old)->textView(4));
    (*old)->reset();
    return (*del)->run();
}

Result<CourseKey> CatalogRepository::upsertCourse(const Course& course)
{
    CourseKey key = 0;
    auto written = m_db.transaction([&]() -> Result<void> {
        auto instructor = m_db.cached("SELECT name FROM instructors WHERE id = ?1");
        if (!instructor)
            return std::unexpected(instructor.error());
        (*instructor)->bind(1, course.instructorId);
        auto found = (*instructor)->step();
        if (!found)
            return std::unexpected(found.error());
        if (!*found)
            return fail(ErrorCode::InvalidData, "course " + course.id + ": unknown instructor " + course.instructorId);
        const std::string instructorName = (*instructor)->text(0);
        (*instructor)->reset();

        auto existing = m_db.cached("SELECT key FROM courses WHERE id = ?1");
        if (!existing)
            return std::unexpected(existing.error());
        (*existing)->bind(1, course.id);
        auto hasRow = (*existing)->step();
        if (!hasRow)
            return std::unexpected(hasRow.error());
        if (*hasRow) {
            key = (*existing)->int64(0);
            (*existing)->reset();
            if (auto ok = removeFromIndex(key); !ok)
                return ok;
        }

        auto upsert = m_db.cached(
            "INSERT INTO courses (id, title, subtitle, description, instructor_id, instructor_name, category, tags, "
            "language, level, price_minor, currency, rating, rating_count, enrolment_count, total_duration, "
            "lesson_count, cover, published_at, updated_at, in_subscription) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21) "
            "ON CONFLICT (id) DO UPDATE SET title = excluded.title, subtitle = excluded.subtitle, "
            "description = excluded.description, instructor_id = excluded.instructor_id, "
            "instructor_name = excluded.instructor_name, category = excluded.category, tags = excluded.tags, "
            "language = excluded.language, level = excluded.level, price_minor = excluded.price_minor, "
            "currency = excluded.currency, rating = excluded.rating, rating_count = excluded.rating_count, "
            "enrolment_count = excluded.enrolment_count, total_duration = excluded.total_duration, "
            "lesson_count = excluded.lesson_count, cover = excluded.cover, published_at = excluded.published_at, "
            "updated_at = excluded.updated_at, in_subscription = excluded.in_subscription, retired_at = NULL "
            "RETURNING key");
        if (!upsert)
            return std::unexpected(upsert.error());
        const std::string tags = tagsToJson(course.tags);
        (*upsert)->bindAll(course.id, course.title, course.subtitle, course.description, course.instructorId,
                           instructorName, course.category, tags, course.language,
                           std::string(protocol::toString(course.level)), course.price.amountMinor,
                           course.price.currency, course.rating, course.ratingCount, course.enrolmentCount,
                           course.totalDurationSeconds(), course.lessonCount(), course.cover, course.publishedAt,
                           course.updatedAt, course.inSubscription);
        auto row = (*upsert)->step();
        if (!row)
            return std::unexpected(row.error());
        key = (*upsert)->int64(0);
        (*upsert)->reset();

        auto index = m_db.cached("INSERT INTO course_fts (rowid, title, subtitle, tags, instructor, description) "
                                 "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
        if (!index)
            return std::unexpected(index.error());
        if (auto ok = (*index)->bindAll(key, course.title, course.subtitle, tagsIndexText(course.tags), instructorName,
                                        course.description)
                          .run();
            !ok)
            return ok;

        // The syllabus is replaced whole: simpler and safe, since nothing the
        // learner owns hangs off section or lesson rows in this table.
        auto clear = m_db.cached("DELETE FROM sections WHERE course_key = ?1");
        if (!clear)
            return std::unexpected(clear.error());
        if (auto ok = (*clear)->bind(1, key).run(); !ok)
            return ok;
        auto section = m_db.cached("INSERT INTO sections (id, course_key, position, title) VALUES (?1, ?2, ?3, ?4)");
        if (!section)
            return std::unexpected(section.error());
        auto lesson = m_db.cached("INSERT INTO lessons (id, section_id, position, title, kind, duration_seconds, "
                                  "free_preview, media_size, media_sha256) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
        if (!lesson)
            return std::unexpected(lesson.error());
        for (std::size_t s = 0; s < course.sections.size(); ++s) {
            const Section& sec = course.sections[s];
            (*section)->reset();
            if (auto ok = (*section)->bindAll(sec.id, key, static_cast<std::int64_t>(s), sec.title).run(); !ok)
                return ok;
            for (std::size_t l = 0; l < sec.lessons.size(); ++l) {
                const Lesson& les = sec.lessons[l];
                (*lesson)->reset();
                if (auto ok = (*lesson)
                                  ->bindAll(les.id, sec.id, static_cast<std::int64_t>(l), les.title,
                                            std::string(protocol::toString(les.kind)), les.durationSeconds,
                                            les.freePreview, les.mediaSize, les.mediaSha256)
                                  .run();
                    !ok)
                    return ok;
            }
        }
        return {};
    });
    if (!written)
        return std::unexpected(written.error());
    return key;
}

Result<std::optional<CourseDetail>> CatalogRepository::loadDetail(store::Statement& row)
{
    auto has = row.step();
    if (!has)
        return std::unexpected(has.error());
    if (!*has)
        return std::optional<CourseDetail>{};
    CourseDetail detail;
    const CourseSummary s = readSummary(row);
    detail.key = s.key;
    detail.owned = s.owned;
    detail.totalDurationSeconds = s.totalDurationSeconds;
    detail.lessonCount = s.lessonCount;
    Course& c = detail.course;
    c.id = s.id;
    c.title = s.title;
    c.subtitle = s.subtitle;
    c.category = s.category;
    c.language = s.language;
    c.level = s.level;
    c.price = s.price;
    c.rating = s.rating;
    c.ratingCount = s.ratingCount;
    c.enrolmentCount = s.enrolmentCount;
    c.cover = s.cover;
    c.publishedAt = s.publishedAt;
    c.description = row.text(18);
    c.instructorId = row.text(19);
    c.tags = tagsFromJson(row.textView(20));
    c.updatedAt = row.int64(21);
    detail.instructor.id = c.instructorId;
    detail.instructor.name = row.text(22);
    detail.instructor.headline = row.text(23);
    detail.instructor.bio = row.text(24);
    c.inSubscription = row.int64(25) != 0;
    row.reset();

    auto sections = m_db.cached("SELECT s.id, s.title, l.id, l.title, l.kind, l.duration_seconds, l.free_preview, "
                                "l.media_size, l.media_sha256 FROM sections s LEFT JOIN lessons l ON l.section_id = s.id "
                                "WHERE s.course_key = ?1 ORDER BY s.position, l.position");
    if (!sections)
        return std::unexpected(sections.error());
    (*sections)->bind(1, detail.key);
    for (;;) {
        auto next = (*sections)->step();
        if (!next)
            return std::unexpected(next.error());
        if (!*next)
            break;
        const auto& r = **sections;
        if (c.sections.empty() || c.sections.back().id != r.textView(0))
            c.sections.push_back(Section{r.text(0), r.text(1), {}});
        if (r.isNull(2))
            continue;
        Lesson lesson;
        lesson.id = r.text(2);
        lesson.title = r.text(3);
        lesson.kind = protocol::lessonKindFromString(r.textView(4)).value_or(LessonKind::Video);
        lesson.durationSeconds = r.int64(5);
        lesson.freePreview = r.int64(6) != 0;
        if (!r.isNull(7))
            lesson.mediaSize = r.int64(7);
        lesson.mediaSha256 = r.text(8);
        c.sections.back().lessons.push_back(std::move(lesson));
    }
    return std::optional<CourseDetail>(std::move(detail));
}

namespace {
std::string detailQuery(std::string_view where)
{
    return "SELECT " + std::string(kSummaryColumns)
        + ", c.description, c.instructor_id, c.tags, c.updated_at, i.name, i.headline, i.bio, c.in_subscription "
          "FROM courses c JOIN instructors i ON i.id = c.instructor_id WHERE "
        + std::string(where);
}
} // namespace

Result<std::optional<CourseDetail>> CatalogRepository::courseDetail(std::string_view courseId)
{
    auto stmt = m_db.cached(detailQuery("c.id = ?1"));
    if (!stmt)
        return std::unexpected(stmt.error());
    (*stmt)->bind(1, courseId);
    return loadDetail(**stmt);
}

Result<std::optional<CourseDetail>> CatalogRepository::courseDetail(CourseKey key)
{
    auto stmt = m_db.cached(detailQuery("c.key = ?1"));
    if (!stmt)
        return std::unexpected(stmt.error());
    (*stmt)->bind(1, key);
    return loadDetail(**stmt);
}

Result<std::vector<CourseSummary>> CatalogRepository::summaries(std::span<const CourseKey> keys)
{
    std::vector<CourseSummary> out;
    if (keys.empty())
        return out;
    // One statement per page: keys travel as a JSON array, so the SQL text (and
    // its cached plan) is the same for every page size.
    auto stmt = m_db.cached("SELECT " + std::string(kSummaryColumns)
                            + " FROM json_each(?1) k JOIN courses c ON c.key = k.value ORDER BY k.key");
    if (!stmt)
        return std::unexpected(stmt.error());
    std::string list = "[";
    for (std::size_t i = 0; i < keys.size(); ++i) {
        if (i)
            list += ',';
        list += std::to_string(keys[i]);
    }
    list += ']';
    (*stmt)->bind(1, list);
    out.reserve(keys.size());
    for (;;) {
        auto row = (*stmt)->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        out.push_back(readSummary(**stmt));
    }
    return out;
}

Result<std::int64_t> CatalogRepository::courseCount()
{
    auto stmt = m_db.cached("SELECT count(*) FROM courses");
    if (!stmt)
        return std::unexpected(stmt.error());
    auto row = (*stmt)->step();
    if (!row)
        return std::unexpected(row.error());
    const auto count = (*stmt)->int64(0);
    (*stmt)->reset();
    return count;
}

Result<bool> CatalogRepository::instructorExists(std::string_view instructorId)
{
    auto stmt = m_db.cached("SELECT 1 FROM instructors WHERE id = ?1");
    if (!stmt)
        return std::unexpected(stmt.error());
    auto row = (*stmt)->bind(1, instructorId).step();
    if (!row)
        return std::unexpected(row.error());
    (*stmt)->reset();
    return *row;
}

Result<void> CatalogRepository::retireCourse(std::string_view courseId, std::int64_t retiredAt)
{
    return m_db.transaction([&]() -> Result<void> {
        auto find = m_db.cached("SELECT key, EXISTS (SELECT 1 FROM owned_courses o WHERE o.course_id = c.id) "
                                "FROM courses c WHERE c.id = ?1");
        if (!find)
            return std::unexpected(find.error());
        auto row = (*find)->bind(1, courseId).step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            return {};
        const CourseKey key = (*find)->int64(0);
        const bool owned = (*find)->int64(1) != 0;
        (*find)->reset();
        if (auto ok = removeFromIndex(key); !ok)
            return ok;
        auto change = owned ? m_db.cached("UPDATE courses SET retired_at = ?2 WHERE key = ?1")
                            : m_db.cached("DELETE FROM courses WHERE key = ?1");
        if (!change)
            return std::unexpected(change.error());
        (*change)->bind(1, key);
        if (owned)
            (*change)->bind(2, retiredAt);
        return (*change)->run();
    });
}

Result<void> CatalogRepository::markOwned(std::string_view courseId, std::int64_t acquiredAt, std::string_view source)
{
    auto stmt = m_db.cached("INSERT INTO owned_courses (course_id, acquired_at, source) VALUES (?1, ?2, ?3) "
                            "ON CONFLICT (course_id) DO NOTHING");
    if (!stmt)
        return std::unexpected(stmt.error());
    return (*stmt)->bindAll(courseId, acquiredAt, source).run();
}

} // namespace lectern::catalog
