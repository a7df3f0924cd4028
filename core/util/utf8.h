// Minimal UTF-8 decoding that never fails: invalid bytes decode as U+FFFD, one
// byte at a time, so hostile input (search queries, imported files) is safe.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace lectern::utf8 {

inline constexpr char32_t kReplacement = 0xFFFD;

// Decodes the code point starting at text[pos] and advances pos past it.
char32_t next(std::string_view text, std::size_t& pos);

void append(std::string& out, char32_t cp);

[[nodiscard]] bool isValid(std::string_view text);

// Number of code points (invalid bytes count one each).
[[nodiscard]] std::size_t length(std::string_view text);

} // namespace lectern::utf8
