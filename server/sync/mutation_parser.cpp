#include "sync/mutation_parser.h"

#include <cmath>

#include <nlohmann/json.hpp>

#include "protocol/json_reader.h"
#include "util/time_format.h"

namespace lectern::server::sync {

namespace {

using nlohmann::json;
using protocol::JsonFieldError;
using protocol::JsonObjectReader;

constexpr std::size_t kMaxEventKindLength = 64;
constexpr std::size_t kMaxEventTextValueLength = 1000;
constexpr double kMaxEventNumber = 1e15; // larger is a bug on the client, not a measurement

[[noreturn]] void invalid(const std::string& path, std::string message)
{
    protocol::throwFieldError(JsonFieldError::Kind::Invalid, path, std::move(message));
}

std::string errorCodeFor(JsonFieldError::Kind kind)
{
    switch (kind) {
    case JsonFieldError::Kind::Missing: return "missing_field";
    case JsonFieldError::Kind::Unknown: return "unknown_field";
    case JsonFieldError::Kind::Invalid: break;
    }
    return "invalid_field";
}

// A time a client reports, in Unix milliseconds, inside what a working clock can say.
std::int64_t clientTime(JsonObjectReader& in, std::string_view key, std::int64_t nowSeconds)
{
    const std::string text = in.string(key, 1, 40);
    const auto millis = parseTimeMillis(text);
    if (!millis)
        invalid(in.field(key), "must be an RFC 3339 time such as 2026-12-04T08:00:00Z");
    if (*millis < kEarliestClientTime * 1000 || *millis > (nowSeconds + kMaxClockAheadSeconds) * 1000)
        invalid(in.field(key), "is outside the plausible range (device clock wrong?)");
    return *millis;
}

json optionalId(JsonObjectReader& in, std::string_view key)
{
    const std::string id = in.id(key, false);
    return id.empty() ? json(nullptr) : json(id);
}

json parseNoteFields(JsonObjectReader& in)
{
    json fields{{"course_id", in.id("course_id")}, {"lesson_id", optionalId(in, "lesson_id")}};
    fields["position_ms"] = in.find("position_ms") ? json(in.integer("position_ms", 0, kMaxPositionMs)) : json(nullptr);
    fields["text"] = in.string("text", 0, kMaxNoteLength);
    // Present on conflict copies; a client editing a copy sends it back unchanged.
    if (const std::string original = in.id("conflict_of", false); !original.empty())
        fields["conflict_of"] = original;
    return fields;
}

json parseProgressFields(JsonObjectReader& in)
{
    return json{{"course_id", in.id("course_id")},
                {"position_ms", in.integer("position_ms", 0, kMaxPositionMs)},
                {"completed", in.boolean("completed")}};
}

json eventValue(JsonObjectReader& in)
{
    const json* value = in.find("value");
    if (!value)
        return nullptr;
    const std::string path = in.field("value");
    if (value->is_boolean())
        return *value;
    if (value->is_number()) {
        if (!std::isfinite(value->get<double>()) || std::fabs(value->get<double>()) > kMaxEventNumber)
            invalid(path, "is out of range");
        return *value;
    }
    if (value->is_string()) {
        protocol::checkText(*value, path, 0, kMaxEventTextValueLength);
        return *value;
    }
    invalid(path, "must be a number, a string, true/false or null");
}

json parseEventFields(JsonObjectReader& in, std::int64_t nowSeconds)
{
    const std::string kind = in.string("kind", 1, kMaxEventKindLength);
    for (const char c : kind)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'))
            invalid(in.field("kind"), "must be a lower-case name such as lesson_started");
    json fields{{"kind", kind}, {"course_id", optionalId(in, "course_id")}, {"lesson_id", optionalId(in, "lesson_id")}};
    fields["value"] = eventValue(in);
    (void)clientTime(in, "at", nowSeconds);
    fields["at"] = in.require("at"); // kept as the client wrote it (fraction and offset included)
    return fields;
}

json parseFields(JsonObjectReader& in, Entity entity, bool deleted, std::int64_t nowSeconds)
{
    const json* raw = in.find("fields");
    // A deletion needs no fields; {} or the record's last fields are accepted and dropped.
    if (deleted && (!raw || (raw->is_object() && raw->empty())))
        return json::object();
    if (!raw && (entity == Entity::Wishlist || entity == Entity::Cart))
        return json::object();
    JsonObjectReader fields(in.require("fields"), in.field("fields"));
    json parsed = json::object();
    switch (entity) {
    case Entity::Note: parsed = parseNoteFields(fields); break;
    case Entity::Progress: parsed = parseProgressFields(fields); break;
    case Entity::Event: parsed = parseEventFields(fields, nowSeconds); break;
    case Entity::Wishlist:
    case Entity::Cart: break; // the id (a course id) says it all
    }
    fields.finish();
    return deleted ? json::object() : parsed;
}

Mutation parseStrictly(const json& value, const std::string& path, std::int64_t nowSeconds)
{
    JsonObjectReader in(value, path);
    Mutation mutation;
    mutation.opId = in.id("op_id");
    const std::string entityText = in.string("entity", 1, 20);
    const auto entity = parseEntity(entityText);
    if (!entity)
        invalid(in.field("entity"), "must be one of note, progress, event, wishlist, cart");
    mutation.entity = *entity;
    mutation.id = in.id("id");
    mutation.baseRevision = in.integer("base_revision", 0, kMaxRevision);
    mutation.deleted = in.boolean("deleted", false);
    if (mutation.deleted && (mutation.entity == Entity::Progress || mutation.entity == Entity::Event))
        invalid(in.field("deleted"), std::string(entityName(mutation.entity)) + " records cannot be deleted");
    mutation.clientTimeMs = clientTime(in, "client_time", nowSeconds);
    mutation.fields = parseFields(in, mutation.entity, mutation.deleted, nowSeconds);
    in.finish();
    return mutation;
}

} // namespace

std::optional<std::int64_t> parseTimeMillis(const std::string& text)
{
    const auto seconds = timefmt::parseRfc3339(text);
    if (!seconds)
        return std::nullopt;
    std::int64_t millis = 0;
    int used = 0;
    if (text.size() > 20 && text[19] == '.') {
        for (std::size_t i = 20; i < text.size() && text[i] >= '0' && text[i] <= '9' && used < 3; ++i, ++used)
            millis = millis * 10 + (text[i] - '0');
        for (; used < 3; ++used)
            millis *= 10;
    }
    return *seconds * 1000 + millis;
}

ApiResult<Mutation> parseMutation(const json& value, const std::string& path, std::int64_t nowSeconds)
{
    try {
        return parseStrictly(value, path, nowSeconds);
    } catch (const JsonFieldError& error) {
        return apiError(400, errorCodeFor(error.kind), error.path + ": " + error.message, error.path);
    }
}

} // namespace lectern::server::sync
