#include "protocol/catalog_json.h"

#include <set>

#include <nlohmann/json.hpp>

#include "protocol/json_reader.h"
#include "util/time_format.h"
#include "util/utf8.h"

namespace lectern::protocol {

namespace {

using nlohmann::json;

using ObjectReader = JsonObjectReader;

[[noreturn]] void failAt(const std::string& path, std::string message)
{
    throwFieldError(JsonFieldError::Kind::Invalid, path, std::move(message));
}

// "courses[3]" plus the record's id when it has a readable one, so an error in a
// 40,000-record file can be found.
std::string recordPath(std::string_view list, std::size_t index, const json& value)
{
    std::string path = std::string(list) + "[" + std::to_string(index) + "]";
    if (value.is_object()) {
        auto it = value.find("id");
        if (it != value.end() && it->is_string() && it->get_ref<const std::string&>().size() <= 64)
            path += " (" + it->get<std::string>() + ")";
    }
    return path;
}

Lesson readLesson(const json& value, const std::string& path)
{
    ObjectReader in(value, path);
    Lesson lesson;
    lesson.id = in.id("id");
    lesson.title = in.string("title", 1, 200);
    const std::string kind = in.string("kind", 1, 16);
    const auto parsedKind = lessonKindFromString(kind);
    if (!parsedKind)
        failAt(in.field("kind"), "must be one of video, audio, article, quiz");
    lesson.kind = *parsedKind;
    lesson.durationSeconds = in.integer("duration_seconds", 0, 24 * 3600);
    lesson.freePreview = in.boolean("free_preview", false);
    if (in.find("media_size"))
        lesson.mediaSize = in.integer("media_size", 0, std::int64_t{1} << 40);
    lesson.mediaSha256 = in.string("media_sha256", 64, 64, false);
    if (!lesson.mediaSha256.empty()
        && lesson.mediaSha256.find_first_not_of("0123456789abcdef") != std::string::npos)
        failAt(in.field("media_sha256"), "must be 64 lower-case hex digits");
    in.finish();
    return lesson;
}

Section readSection(const json& value, const std::string& path)
{
    ObjectReader in(value, path);
    Section section;
    section.id = in.id("id");
    section.title = in.string("title", 1, 200);
    const json& lessons = in.array("lessons", 1, 500);
    for (std::size_t i = 0; i < lessons.size(); ++i)
        section.lessons.push_back(readLesson(lessons[i], in.field("lessons[" + std::to_string(i) + "]")));
    in.finish();
    return section;
}

Course readCourse(const json& value, const std::string& path)
{
    ObjectReader in(value, path);
    Course course;
    course.id = in.id("id");
    course.title = in.string("title", 1, 200);
    course.subtitle = in.string("subtitle", 0, 300, false);
    course.description = in.string("description", 0, 20000, false);
    course.instructorId = in.id("instructor_id");
    course.category = in.string("category", 1, 40);
    if (!isKnownCategory(course.category))
        failAt(in.field("category"),
               "must be one of programming, data, design, languages, business, music, photography, exam, "
               "personal-growth");
    const json& tags = in.array("tags", 0, 20);
    for (std::size_t i = 0; i < tags.size(); ++i) {
        checkText(tags[i], in.field("tags[" + std::to_string(i) + "]"), 1, 40);
        course.tags.push_back(tags[i].get<std::string>());
    }
    course.language = in.string("language", 2, 35);
    const std::string level = in.string("level", 1, 16);
    const auto parsedLevel = levelFromString(level);
    if (!parsedLevel)
        failAt(in.field("level"), "must be one of beginner, intermediate, advanced, all");
    course.level = *parsedLevel;
    {
        ObjectReader price(in.require("price"), in.field("price"));
        course.price.amountMinor = price.integer("amount_minor", 0, 100'000'000);
        course.price.currency = price.string("currency", 3, 3);
        if (course.price.currency.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ") != std::string::npos)
            failAt(price.field("currency"), "must be an ISO 4217 code such as CNY");
        price.finish();
    }
    course.rating = in.number("rating", 0.0, 5.0);
    course.ratingCount = in.integer("rating_count", 0, 1'000'000'000);
    course.enrolmentCount = in.integer("enrolment_count", 0, 1'000'000'000);
    course.cover = in.string("cover", 0, 2000, false);
    course.inSubscription = in.boolean("in_subscription", false);
    course.publishedAt = in.timestamp("published_at");
    course.updatedAt = in.timestamp("updated_at");
    const json& sections = in.array("sections", 1, 200);
    for (std::size_t i = 0; i < sections.size(); ++i)
        course.sections.push_back(readSection(sections[i], in.field("sections[" + std::to_string(i) + "]")));
    in.finish();
    return course;
}

Instructor readInstructor(const json& value, const std::string& path)
{
    ObjectReader in(value, path);
    Instructor instructor;
    instructor.id = in.id("id");
    instructor.name = in.string("name", 1, 200);
    instructor.headline = in.string("headline", 0, 200, false);
    instructor.bio = in.string("bio", 0, 5000, false);
    in.finish();
    return instructor;
}

// Every id (course, section, lesson, instructor) must be unique in a file.
void checkUniqueIds(const Catalog& catalog)
{
    std::set<std::string, std::less<>> seen;
    auto claim = [&](const std::string& id, const std::string& path) {
        if (!seen.insert(id).second)
            failAt(path + ".id", "duplicates an id used earlier in the file");
    };
    for (std::size_t i = 0; i < catalog.instructors.size(); ++i)
        claim(catalog.instructors[i].id, "instructors[" + std::to_string(i) + "]");
    for (std::size_t i = 0; i < catalog.courses.size(); ++i) {
        const auto& course = catalog.courses[i];
        const std::string path = "courses[" + std::to_string(i) + "] (" + course.id + ")";
        claim(course.id, path);
        for (std::size_t s = 0; s < course.sections.size(); ++s) {
            const std::string sectionPath = path + ".sections[" + std::to_string(s) + "]";
            claim(course.sections[s].id, sectionPath);
            for (std::size_t l = 0; l < course.sections[s].lessons.size(); ++l)
                claim(course.sections[s].lessons[l].id, sectionPath + ".lessons[" + std::to_string(l) + "]");
        }
    }
}

} // namespace

std::expected<Course, ParseError> parseCourse(const json& value, const std::string& path)
{
    try {
        return readCourse(value, path);
    } catch (const JsonFieldError& failure) {
        return std::unexpected(ParseError{failure.path, failure.message});
    }
}

std::expected<Catalog, ParseError> parseCatalog(std::string_view text)
{
    json root = json::parse(text, nullptr, false);
    if (root.is_discarded())
        return std::unexpected(ParseError{"", "is not valid JSON"});
    try {
        ObjectReader in(root, "");
        if (in.string("format", 1, 64) != kCatalogFormat)
            failAt("format", "must be \"lectern-catalog\"");
        if (in.integer("version", 0, 1000) != kCatalogFormatVersion)
            failAt("version", "is not a version this Lectern understands (expected 1)");
        Catalog catalog;
        const json& instructors = in.array("instructors", 0, 1'000'000);
        for (std::size_t i = 0; i < instructors.size(); ++i)
            catalog.instructors.push_back(readInstructor(instructors[i], recordPath("instructors", i, instructors[i])));
        const json& courses = in.array("courses", 0, 10'000'000);
        catalog.courses.reserve(courses.size());
        for (std::size_t i = 0; i < courses.size(); ++i)
            catalog.courses.push_back(readCourse(courses[i], recordPath("courses", i, courses[i])));
        in.finish();
        checkUniqueIds(catalog);
        return catalog;
    } catch (const JsonFieldError& failure) {
        return std::unexpected(ParseError{failure.path, failure.message});
    }
}

json toJson(const Instructor& instructor)
{
    return json{{"id", instructor.id}, {"name", instructor.name}, {"headline", instructor.headline},
                {"bio", instructor.bio}};
}

json toJson(const Course& course)
{
    json sections = json::array();
    for (const auto& section : course.sections) {
        json lessons = json::array();
        for (const auto& lesson : section.lessons) {
            json item{{"id", lesson.id},
                      {"title", lesson.title},
                      {"kind", toString(lesson.kind)},
                      {"duration_seconds", lesson.durationSeconds},
                      {"free_preview", lesson.freePreview}};
            if (lesson.mediaSize)
                item["media_size"] = *lesson.mediaSize;
            if (!lesson.mediaSha256.empty())
                item["media_sha256"] = lesson.mediaSha256;
            lessons.push_back(std::move(item));
        }
        sections.push_back(json{{"id", section.id}, {"title", section.title}, {"lessons", std::move(lessons)}});
    }
    return json{{"id", course.id},
                {"title", course.title},
                {"subtitle", course.subtitle},
                {"description", course.description},
                {"instructor_id", course.instructorId},
                {"category", course.category},
                {"tags", course.tags},
                {"language", course.language},
                {"level", toString(course.level)},
                {"price", json{{"amount_minor", course.price.amountMinor}, {"currency", course.price.currency}}},
                {"rating", course.rating},
                {"rating_count", course.ratingCount},
                {"enrolment_count", course.enrolmentCount},
                {"cover", course.cover.empty() ? json(nullptr) : json(course.cover)},
                {"in_subscription", course.inSubscription},
                {"published_at", timefmt::formatRfc3339(course.publishedAt)},
                {"updated_at", timefmt::formatRfc3339(course.updatedAt)},
                {"sections", std::move(sections)}};
}

std::string serializeCatalog(const Catalog& catalog, bool pretty)
{
    json instructors = json::array();
    for (const auto& instructor : catalog.instructors)
        instructors.push_back(toJson(instructor));
    json courses = json::array();
    for (const auto& course : catalog.courses)
        courses.push_back(toJson(course));
    const json root{{"format", kCatalogFormat},
                    {"version", kCatalogFormatVersion},
                    {"instructors", std::move(instructors)},
                    {"courses", std::move(courses)}};
    return root.dump(pretty ? 2 : -1, ' ', false, json::error_handler_t::replace);
}

} // namespace lectern::protocol
