// The catalog change feed (GET /v1/catalog/changes): ordered upserts and
// tombstones plus the instructors the page refers to.
#pragma once

#include <cstdint>
#include <expected>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "protocol/catalog_json.h"
#include "protocol/catalog_types.h"

namespace lectern::protocol {

struct CatalogChange {
    std::int64_t seq = 0;
    bool deleted = false;
    Course course;          // when !deleted
    std::string courseId;   // always set (course.id for upserts)
};

struct CatalogPage {
    std::vector<CatalogChange> changes;
    std::vector<Instructor> instructors;
    std::string nextCursor;
    bool hasMore = false;
};

// Strict about what Lectern needs: every upsert must be a valid catalog-format
// course, so a bad page is rejected whole rather than half applied.
[[nodiscard]] std::expected<CatalogPage, ParseError> parseCatalogPage(const nlohmann::json& value);

} // namespace lectern::protocol
