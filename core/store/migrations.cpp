#include "store/migrations.h"

namespace lectern::store {

Result<int> migrate(Database& db, std::span<const Migration> migrations)
{
    auto current = db.userVersion();
    if (!current)
        return std::unexpected(current.error());
    const int latest = migrations.empty() ? 0 : migrations.back().version;
    if (*current > latest)
        return fail(ErrorCode::SchemaTooNew, "database schema version " + std::to_string(*current)
                                                 + " is newer than this Lectern understands ("
                                                 + std::to_string(latest) + ")");
    for (const Migration& step : migrations) {
        if (step.version <= *current)
            continue;
        auto applied = db.transaction([&]() -> Result<void> {
            if (auto ok = db.exec(step.sql); !ok)
                return ok;
            return db.setUserVersion(step.version);
        });
        if (!applied) {
            Error error = applied.error();
            error.detail = "migration to version " + std::to_string(step.version) + ": " + error.detail;
            return std::unexpected(std::move(error));
        }
        *current = step.version;
    }
    return *current;
}

Result<Database> openAndMigrate(const std::filesystem::path& path, std::span<const Migration> migrations,
                                ConnectionHook hook)
{
    auto db = Database::open(path, OpenMode::ReadWrite, hook);
    if (!db)
        return db;
    auto version = db->userVersion();
    if (!version)
        return std::unexpected(version.error());
    if (*version > migrations.back().version)
        return fail(ErrorCode::SchemaTooNew, path.string() + " was written by a newer version of this program (schema "
                                                 + std::to_string(*version) + ", this build knows up to "
                                                 + std::to_string(migrations.back().version) + ")");
    if (path != ":memory:") {
        if (auto ok = db->enableWal(); !ok)
            return std::unexpected(ok.error());
    }
    if (auto ok = migrate(*db, migrations); !ok)
        return std::unexpected(ok.error());
    return db;
}

} // namespace lectern::store
