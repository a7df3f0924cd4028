// The `lectern-catalog` JSON format (docs/catalog-format.md): strict parsing that
// names the offending record and field, and serialization.
#pragma once

#include <expected>
#include <string>
#include <string_view>

#include <nlohmann/json_fwd.hpp>

#include "protocol/catalog_types.h"

namespace lectern::protocol {

struct ParseError {
    std::string path;    // "courses[12] (0190…0101).sections[0].lessons[3].kind"
    std::string message; // "must be one of video, audio, article, quiz"
    [[nodiscard]] std::string describe() const { return path.empty() ? message : path + ": " + message; }
};

inline constexpr std::string_view kCatalogFormat = "lectern-catalog";
inline constexpr int kCatalogFormatVersion = 1;

// Parses and validates a whole catalog file: field types and ranges, unknown
// fields, duplicate ids, and instructor references within the file (an
// instructor_id absent from the file is left for the importer to resolve).
[[nodiscard]] std::expected<Catalog, ParseError> parseCatalog(std::string_view text);

[[nodiscard]] std::string serializeCatalog(const Catalog& catalog, bool pretty = true);

// Single records, for feeds that carry one course at a time.
[[nodiscard]] std::expected<Course, ParseError> parseCourse(const nlohmann::json& value, const std::string& path);
[[nodiscard]] nlohmann::json toJson(const Course& course);
[[nodiscard]] nlohmann::json toJson(const Instructor& instructor);

} // namespace lectern::protocol
