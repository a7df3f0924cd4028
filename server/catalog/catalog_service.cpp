#include "catalog/catalog_service.h"

#include <charconv>
#include <set>

#include <nlohmann/json.hpp>

#include "accounts/secrets.h"
#include "media/media_store.h"
#include "protocol/catalog_json.h"

namespace lectern::server {

namespace {

// The next feed seq, inside the caller's write unit of work.
ApiResult<std::int64_t> nextSeq(CatalogStore& store)
{
    auto last = store.lastSeq();
    if (!last)
        return last;
    if (auto ok = store.setLastSeq(*last + 1); !ok)
        return std::unexpected(ok.error());
    return *last + 1;
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

CatalogService::CatalogService(Storage& storage, const Clock& clock)
    : m_storage(storage)
    , m_clock(clock)
{
}

ApiResult<void> CatalogService::publishInstructor(const protocol::Instructor& instructor)
{
    return m_storage.write([&](StoreTransaction& tx) {
        return tx.catalog().upsertInstructor(instructor.id, protocol::toJson(instructor).dump());
    });
}

ApiResult<std::int64_t> CatalogService::publishCourse(const protocol::Course& course)
{
    return writeUnit<std::int64_t>(m_storage, [&](StoreTransaction& tx) { return storeCourse(tx, course); });
}

ApiResult<std::int64_t> CatalogService::refreshCourseMedia(const std::string& courseId)
{
    return writeUnit<std::int64_t>(m_storage, [&](StoreTransaction& tx) -> ApiResult<std::int64_t> {
        auto stored = tx.catalog().findCourse(courseId);
        if (!stored)
            return std::unexpected(stored.error());
        if (!*stored || (*stored)->deleted)
            return notFound("no such course");
        auto course = protocol::parseCourse(nlohmann::json::parse((*stored)->document), "course");
        if (!course)
            return internalError("stored course does not parse: " + course.error().describe());
        return storeCourse(tx, std::move(*course));
    });
}

ApiResult<std::int64_t> CatalogService::storeCourse(StoreTransaction& tx, protocol::Course course)
{
    CatalogStore& catalog = tx.catalog();
    // The server is the only source of media facts.
    for (auto& section : course.sections) {
        for (auto& lesson : section.lessons) {
            lesson.mediaSize.reset();
            lesson.mediaSha256.clear();
            auto media = tx.media().find(lesson.id);
            if (!media)
                return std::unexpected(media.error());
            if (*media) {
                lesson.mediaSize = static_cast<std::int64_t>((*media)->size);
                lesson.mediaSha256 = (*media)->sha256;
            }
        }
    }
    const std::string document = protocol::toJson(course).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);

    // Republishing the same data keeps the course's seq: nothing for clients to pull.
    auto existing = catalog.findCourse(course.id);
    if (!existing)
        return std::unexpected(existing.error());
    if (*existing && !(*existing)->deleted && (*existing)->document == document)
        return (*existing)->seq;

    // A lesson id must not move between courses: access rules follow it.
    for (const auto& section : course.sections) {
        for (const auto& lesson : section.lessons) {
            auto owner = catalog.lessonOwner(lesson.id);
            if (!owner)
                return std::unexpected(owner.error());
            if (*owner && **owner != course.id)
                return apiError(409, "conflict", "lesson " + lesson.id + " belongs to another course");
        }
    }

    auto seq = nextSeq(catalog);
    if (!seq)
        return seq;
    if (auto ok = catalog.upsertCourse({course.id, *seq, document, course.title, course.instructorId, course.price,
                                        course.inSubscription, m_clock.now()});
        !ok)
        return std::unexpected(ok.error());

    // Lessons removed from the course keep their rows (and their owners keep
    // access to any media); current lessons are upserted.
    for (const auto& section : course.sections)
        for (const auto& lesson : section.lessons)
            if (auto ok = catalog.upsertLesson(lesson.id, course.id, std::string(protocol::toString(lesson.kind)),
                                               lesson.freePreview);
                !ok)
                return std::unexpected(ok.error());
    return *seq;
}

ApiResult<std::int64_t> CatalogService::retireCourse(const std::string& courseId)
{
    return writeUnit<std::int64_t>(m_storage, [&](StoreTransaction& tx) -> ApiResult<std::int64_t> {
        CatalogStore& catalog = tx.catalog();
        auto stored = catalog.findCourse(courseId);
        if (!stored)
            return std::unexpected(stored.error());
        if (!*stored || (*stored)->deleted)
            return notFound("no such course");
        auto seq = nextSeq(catalog);
        if (!seq)
            return seq;
        if (auto ok = catalog.markCourseDeleted(courseId, *seq, m_clock.now()); !ok)
            return std::unexpected(ok.error());
        return *seq;
    });
}

ApiResult<int> CatalogService::purgeTombstones(std::int64_t before)
{
    return writeUnit<int>(m_storage, [&](StoreTransaction& tx) -> ApiResult<int> {
        CatalogStore& catalog = tx.catalog();
        auto current = catalog.tombstoneHorizon();
        if (!current)
            return std::unexpected(current.error());
        auto range = catalog.tombstonesBefore(before, *current);
        if (!range)
            return std::unexpected(range.error());
        if (range->count == 0)
            return 0;
        // The rows stay (their lessons keep owners' media reachable); the feed
        // stops listing tombstones at or below the horizon.
        if (auto ok = catalog.setTombstoneHorizon(range->highestSeq); !ok)
            return std::unexpected(ok.error());
        return range->count;
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
    return readUnit<std::string>(m_storage, [&](StoreTransaction& tx) -> ApiResult<std::string> {
        CatalogStore& catalog = tx.catalog();
        std::int64_t after = 0;
        if (afterText && !afterText->empty()) {
            auto parsed = parseDecimal(*afterText);
            auto last = catalog.lastSeq();
            if (!last)
                return std::unexpected(last.error());
            if (!parsed || *parsed > *last)
                return apiError(400, "invalid_cursor", "after: not a cursor this server issued", "after");
            after = *parsed;
        }
        if (after > 0) {
            auto horizon = catalog.tombstoneHorizon();
            if (!horizon)
                return std::unexpected(horizon.error());
            if (after < *horizon)
                return apiError(410, "resync_required", "the cursor is older than the tombstone horizon; start from 0");
        }
        // Documents are stored as JSON text, so a page is assembled by
        // concatenation instead of parsing and re-serialising every course,
        // straight from the store's rows. One row past the page says whether
        // there is more.
        std::string body = R"({"changes":[)";
        std::set<std::string, std::less<>> instructorIds;
        std::int64_t lastSeq = after;
        std::int64_t count = 0;
        bool hasMore = false;
        auto walked = catalog.feed(after, limit + 1, [&](const FeedRow& entry) -> ApiResult<void> {
            if (count == limit) {
                hasMore = true;
                return {};
            }
            if (count++ > 0)
                body += ',';
            lastSeq = entry.seq;
            body += R"({"seq":)";
            body += std::to_string(entry.seq);
            if (entry.deleted) {
                body += R"(,"type":"delete","course_id":")";
                body += entry.courseId;
                body += "\"}";
            } else {
                body += R"(,"type":"upsert","course":)";
                body += entry.document;
                body += '}';
                if (!instructorIds.contains(entry.instructorId))
                    instructorIds.emplace(entry.instructorId);
            }
            return {};
        });
        if (!walked)
            return std::unexpected(walked.error());
        body += R"(],"instructors":[)";
        bool first = true;
        for (const auto& id : instructorIds) {
            auto instructor = catalog.instructorDocument(id);
            if (!instructor)
                return std::unexpected(instructor.error());
            if (!*instructor)
                continue;
            if (!first)
                body += ',';
            first = false;
            body += **instructor;
        }
        body += R"(],"next_cursor":")" + std::to_string(lastSeq) + R"(","has_more":)" + (hasMore ? "true" : "false") + "}";
        return body;
    });
}

ApiResult<CourseDetail> CatalogService::course(const std::string& courseId)
{
    auto found = readUnit<std::optional<CourseWithInstructor>>(
        m_storage, [&](StoreTransaction& tx) { return tx.catalog().courseDetail(courseId); });
    if (!found)
        return std::unexpected(found.error());
    if (!*found)
        return notFound("no such course");
    CourseDetail detail;
    detail.body = R"({"course":)" + (*found)->courseDocument + R"(,"instructor":)"
        + (*found)->instructorDocument.value_or("null") + "}";
    // Strong: it changes with any byte of the body (course or instructor).
    detail.etag = "\"" + secrets::sha256Hex(detail.body).substr(0, 32) + "\"";
    return detail;
}

ApiResult<std::optional<LessonRef>> CatalogService::lesson(const std::string& lessonId)
{
    return readUnit<std::optional<LessonRef>>(m_storage, [&](StoreTransaction& tx) { return tx.catalog().lesson(lessonId); });
}

} // namespace lectern::server
