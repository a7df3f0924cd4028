// Versioned schema migrations, tracked in PRAGMA user_version.
#pragma once

#include <filesystem>
#include <span>
#include <string_view>

#include "store/database.h"

namespace lectern::store {

struct Migration {
    int version;          // the user_version after this step
    std::string_view sql; // forward-only; never drops user data
};

// Runs every migration above the current version, each in its own transaction
// together with its user_version bump. A database from a newer Lectern (version
// above the last migration) is refused with SchemaTooNew and not written to.
[[nodiscard]] Result<int> migrate(Database& db, std::span<const Migration> migrations);

// Opens a database file for an application whose schema is `migrations`: checks
// the schema version before writing anything (a newer one is refused with
// SchemaTooNew and the file left untouched), then switches to WAL and migrates.
[[nodiscard]] Result<Database> openAndMigrate(const std::filesystem::path& path, std::span<const Migration> migrations,
                                              ConnectionHook hook = nullptr);

} // namespace lectern::store
