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

// The local store's migrations, oldest first.
[[nodiscard]] std::span<const Migration> localStoreMigrations();

// Opens the learner's local database: checks the schema version before writing
// anything, then switches to WAL and migrates to the current schema.
[[nodiscard]] Result<Database> openLocalStore(const std::filesystem::path& path);

} // namespace lectern::store
