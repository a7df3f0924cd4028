// Small key/value facts about a profile (sync cursors, flags) in app_state.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "store/database.h"

namespace lectern::sync {

[[nodiscard]] Result<std::optional<std::string>> readState(store::Database& db, std::string_view key);
[[nodiscard]] Result<void> writeState(store::Database& db, std::string_view key, std::string_view value);
[[nodiscard]] Result<void> eraseState(store::Database& db, std::string_view key);

} // namespace lectern::sync
