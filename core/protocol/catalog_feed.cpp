#include "protocol/catalog_feed.h"

#include <nlohmann/json.hpp>

#include "protocol/json_reader.h"

namespace lectern::protocol {

using nlohmann::json;

std::expected<CatalogPage, ParseError> parseCatalogPage(const json& value)
{
    try {
        JsonObjectReader in(value, "");
        CatalogPage page;
        const json& changes = in.array("changes", 0, 100'000);
        for (std::size_t i = 0; i < changes.size(); ++i) {
            const std::string path = "changes[" + std::to_string(i) + "]";
            JsonObjectReader change(changes[i], path);
            CatalogChange item;
            item.seq = change.integer("seq", 1, INT64_MAX);
            const std::string type = change.string("type", 1, 16);
            if (type == "upsert") {
                auto course = parseCourse(change.object("course"), change.field("course"));
                if (!course)
                    return std::unexpected(course.error());
                item.course = std::move(*course);
                item.courseId = item.course.id;
            } else if (type == "delete") {
                item.deleted = true;
                item.courseId = change.id("course_id");
            } else {
                throwFieldError(JsonFieldError::Kind::Invalid, change.field("type"), "must be upsert or delete");
            }
            page.changes.push_back(std::move(item));
        }
        const json& instructors = in.array("instructors", 0, 100'000);
        for (std::size_t i = 0; i < instructors.size(); ++i) {
            JsonObjectReader one(instructors[i], "instructors[" + std::to_string(i) + "]");
            Instructor instructor;
            instructor.id = one.id("id");
            instructor.name = one.string("name", 1, 200);
            instructor.headline = one.string("headline", 0, 200, false);
            instructor.bio = one.string("bio", 0, 5000, false);
            page.instructors.push_back(std::move(instructor));
        }
        page.nextCursor = in.string("next_cursor", 0, 40);
        page.hasMore = in.boolean("has_more");
        return page;
    } catch (const JsonFieldError& error) {
        return std::unexpected(ParseError{error.path, error.message});
    }
}

} // namespace lectern::protocol
