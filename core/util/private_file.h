// Files only this user may read (sessions, pinned server keys): written whole
// or not at all, never readable by anyone else, not even for a moment.
#pragma once

#include <filesystem>
#include <string_view>

#include "util/error.h"

namespace lectern {

// Writes `bytes` to `<file>.tmp` created 0600 from its first byte, fsyncs it and
// renames it over `file`. On failure the old file is untouched and the
// temporary file is removed.
[[nodiscard]] Result<void> writePrivateFileAtomically(const std::filesystem::path& file, std::string_view bytes);

} // namespace lectern
