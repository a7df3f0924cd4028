// RFC 3339 timestamps <-> Unix seconds (UTC), without <format> (absent in GCC 12).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace lectern::timefmt {

// Accepts "2025-03-01T08:00:00Z", fractional seconds and numeric offsets
// ("2025-03-01T16:00:00.5+08:00"); returns std::nullopt for anything else.
[[nodiscard]] std::optional<std::int64_t> parseRfc3339(std::string_view text);

// Formats as "2025-03-01T08:00:00Z".
[[nodiscard]] std::string formatRfc3339(std::int64_t unixSeconds);

} // namespace lectern::timefmt
