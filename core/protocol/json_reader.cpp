#include "protocol/json_reader.h"

#include <nlohmann/json.hpp>

#include "util/time_format.h"
#include "util/utf8.h"
#include "util/uuid.h"

namespace lectern::protocol {

using nlohmann::json;

void throwFieldError(JsonFieldError::Kind kind, const std::string& path, std::string message)
{
    throw JsonFieldError{kind, path, std::move(message)};
}

namespace {
[[noreturn]] void invalid(const std::string& path, std::string message)
{
    throwFieldError(JsonFieldError::Kind::Invalid, path, std::move(message));
}
} // namespace

void checkText(const json& value, const std::string& path, std::size_t minLength, std::size_t maxLength)
{
    if (!value.is_string())
        invalid(path, "must be a string");
    const auto& text = value.get_ref<const std::string&>();
    if (!utf8::isValid(text))
        invalid(path, "is not valid UTF-8");
    if (text.find('\0') != std::string::npos)
        invalid(path, "must not contain NUL characters");
    const std::size_t length = utf8::length(text);
    if (length < minLength)
        invalid(path, minLength == 1 ? "must not be empty" : "must be at least " + std::to_string(minLength) + " characters");
    if (length > maxLength)
        invalid(path, "is longer than " + std::to_string(maxLength) + " characters");
}

JsonObjectReader::JsonObjectReader(const json& value, std::string path)
    : m_value(value)
    , m_path(std::move(path))
{
    if (!m_value.is_object())
        invalid(m_path, "must be an object");
}

std::string JsonObjectReader::field(std::string_view key) const
{
    return m_path.empty() ? std::string(key) : m_path + "." + std::string(key);
}

const json* JsonObjectReader::find(std::string_view key)
{
    m_seen.insert(std::string(key));
    auto it = m_value.find(key);
    return it == m_value.end() || it->is_null() ? nullptr : &*it;
}

const json& JsonObjectReader::require(std::string_view key)
{
    const json* value = find(key);
    if (!value)
        throwFieldError(JsonFieldError::Kind::Missing, field(key), "is required");
    return *value;
}

std::string JsonObjectReader::string(std::string_view key, std::size_t minLength, std::size_t maxLength, bool required)
{
    const json* value = required ? &require(key) : find(key);
    if (!value)
        return {};
    checkText(*value, field(key), minLength, maxLength);
    return value->get<std::string>();
}

std::string JsonObjectReader::id(std::string_view key, bool required)
{
    const json* value = required ? &require(key) : find(key);
    if (!value)
        return {};
    if (!value->is_string() || !uuid::isCanonical(value->get_ref<const std::string&>()))
        invalid(field(key), "must be a lower-case UUID (8-4-4-4-12 hex)");
    return value->get<std::string>();
}

std::int64_t JsonObjectReader::integer(std::string_view key, std::int64_t minimum, std::int64_t maximum, bool required,
                                       std::int64_t fallback)
{
    const json* value = required ? &require(key) : find(key);
    if (!value)
        return fallback;
    if (!value->is_number_integer())
        invalid(field(key), "must be an integer");
    const std::int64_t number = value->is_number_unsigned() && value->get<std::uint64_t>() > INT64_MAX
        ? INT64_MAX
        : value->get<std::int64_t>();
    if (number < minimum || number > maximum)
        invalid(field(key), "must be between " + std::to_string(minimum) + " and " + std::to_string(maximum));
    return number;
}

double JsonObjectReader::number(std::string_view key, double minimum, double maximum)
{
    const json& value = require(key);
    if (!value.is_number())
        invalid(field(key), "must be a number");
    const double number = value.get<double>();
    if (!(number >= minimum && number <= maximum))
        invalid(field(key), "must be between " + std::to_string(static_cast<long long>(minimum)) + " and "
                                + std::to_string(static_cast<long long>(maximum)));
    return number;
}

bool JsonObjectReader::boolean(std::string_view key, bool fallback)
{
    const json* value = find(key);
    if (!value)
        return fallback;
    if (!value->is_boolean())
        invalid(field(key), "must be true or false");
    return value->get<bool>();
}

bool JsonObjectReader::boolean(std::string_view key)
{
    const json& value = require(key);
    if (!value.is_boolean())
        invalid(field(key), "must be true or false");
    return value.get<bool>();
}

std::int64_t JsonObjectReader::timestamp(std::string_view key, bool required)
{
    const std::string text = string(key, 1, 40, required);
    if (text.empty())
        return 0;
    const auto seconds = timefmt::parseRfc3339(text);
    if (!seconds)
        invalid(field(key), "must be an RFC 3339 time such as 2025-03-01T08:00:00Z");
    return *seconds;
}

const json& JsonObjectReader::array(std::string_view key, std::size_t minSize, std::size_t maxSize)
{
    const json& value = require(key);
    if (!value.is_array())
        invalid(field(key), "must be an array");
    if (value.size() < minSize)
        invalid(field(key), "must have at least " + std::to_string(minSize) + " entries");
    if (value.size() > maxSize)
        invalid(field(key), "must have at most " + std::to_string(maxSize) + " entries");
    return value;
}

const json& JsonObjectReader::object(std::string_view key)
{
    const json& value = require(key);
    if (!value.is_object())
        invalid(field(key), "must be an object");
    return value;
}

void JsonObjectReader::finish() const
{
    for (const auto& [key, _] : m_value.items())
        if (!m_seen.contains(key))
            throwFieldError(JsonFieldError::Kind::Unknown, field(key), "is not a known field");
}

} // namespace lectern::protocol
