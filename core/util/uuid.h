#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace lectern::uuid {

// True for the canonical lower-case 8-4-4-4-12 hex form (what Lectern writes
// and accepts; upper case is rejected so ids compare byte-for-byte).
[[nodiscard]] bool isCanonical(std::string_view text);

// A UUIDv7-shaped id from a millisecond timestamp and 74 bits of caller-chosen
// randomness: deterministic for generators and tests that need stable ids.
[[nodiscard]] std::string makeV7(std::int64_t unixMillis, std::uint64_t randomHigh, std::uint64_t randomLow);

} // namespace lectern::uuid
