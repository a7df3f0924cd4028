#include "sync/app_state.h"

namespace lectern::sync {

Result<std::optional<std::string>> readState(store::Database& db, std::string_view key)
{
    auto stmt = db.cached("SELECT value FROM app_state WHERE key = ?1");
    if (!stmt)
        return std::unexpected(stmt.error());
    auto row = (*stmt)->bind(1, key).step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return std::optional<std::string>{};
    std::string value = (*stmt)->text(0);
    (*stmt)->reset();
    return std::optional<std::string>(std::move(value));
}

Result<void> writeState(store::Database& db, std::string_view key, std::string_view value)
{
    auto stmt = db.cached("INSERT INTO app_state (key, value) VALUES (?1, ?2) "
                          "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    if (!stmt)
        return std::unexpected(stmt.error());
    return (*stmt)->bindAll(key, value).run();
}

Result<void> eraseState(store::Database& db, std::string_view key)
{
    auto stmt = db.cached("DELETE FROM app_state WHERE key = ?1");
    if (!stmt)
        return std::unexpected(stmt.error());
    return (*stmt)->bind(1, key).run();
}

} // namespace lectern::sync
