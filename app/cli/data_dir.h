// Where the CLI finds the learner's data: the same folder the GUI uses
// (QStandardPaths::AppDataLocation for application "lectern"), computed without Qt.
#pragma once

#include <filesystem>

namespace lectern::cli {

// $XDG_DATA_HOME/lectern, else ~/.local/share/lectern.
[[nodiscard]] std::filesystem::path defaultDataDir();

inline constexpr const char* kDatabaseFileName = "lectern.db";

} // namespace lectern::cli
