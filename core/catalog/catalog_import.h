// Bringing a whole catalog file into the local store, all or nothing.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string_view>

#include "protocol/catalog_types.h"
#include "store/database.h"

namespace lectern::catalog {

struct ImportReport {
    std::size_t instructors = 0;
    std::size_t courses = 0;
    std::size_t lessons = 0;
};

// Validates the whole text first, then writes it in one transaction: a bad file
// (its error names the record and field) or a failed write leaves the store as it was.
[[nodiscard]] Result<ImportReport> importCatalogJson(store::Database& db, std::string_view json);
[[nodiscard]] Result<ImportReport> importCatalogFile(store::Database& db, const std::filesystem::path& file);
[[nodiscard]] Result<ImportReport> importCatalog(store::Database& db, const protocol::Catalog& catalog);

} // namespace lectern::catalog
