// Strict reading of JSON objects for files and API requests: required and
// optional fields with types and ranges, unknown fields rejected, and every
// error naming the field by its path ("courses[3].sections[0].title").
#pragma once

#include <cstdint>
#include <set>
#include <string>
#include <string_view>

#include <nlohmann/json_fwd.hpp>

namespace lectern::protocol {

// Thrown by JsonObjectReader; callers catch it at their boundary and turn it
// into their own error (a ParseError, an HTTP 400).
struct JsonFieldError {
    enum class Kind { Invalid, Missing, Unknown };
    Kind kind;
    std::string path;
    std::string message;
};

[[noreturn]] void throwFieldError(JsonFieldError::Kind kind, const std::string& path, std::string message);

class JsonObjectReader final {
public:
    JsonObjectReader(const nlohmann::json& value, std::string path);

    [[nodiscard]] std::string field(std::string_view key) const;

    // nullptr when absent or null; marks the key as known either way.
    const nlohmann::json* find(std::string_view key);
    const nlohmann::json& require(std::string_view key);

    // Text: valid UTF-8, no NUL, length in code points within [minLength, maxLength].
    std::string string(std::string_view key, std::size_t minLength, std::size_t maxLength, bool required = true);
    std::string id(std::string_view key, bool required = true); // canonical lower-case UUID
    std::int64_t integer(std::string_view key, std::int64_t minimum, std::int64_t maximum, bool required = true,
                         std::int64_t fallback = 0);
    double number(std::string_view key, double minimum, double maximum);
    bool boolean(std::string_view key, bool fallback);
    bool boolean(std::string_view key); // required
    std::int64_t timestamp(std::string_view key, bool required = true); // RFC 3339 → Unix seconds
    const nlohmann::json& array(std::string_view key, std::size_t minSize, std::size_t maxSize);
    const nlohmann::json& object(std::string_view key);

    // Rejects any field that was never asked for.
    void finish() const;

private:
    const nlohmann::json& m_value;
    std::string m_path;
    std::set<std::string, std::less<>> m_seen;
};

// Validates one string value found at path with the same rules as string().
void checkText(const nlohmann::json& value, const std::string& path, std::size_t minLength, std::size_t maxLength);

} // namespace lectern::protocol
