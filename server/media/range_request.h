// Pure parsing of an HTTP Range header (RFC 9110 §14) against a known size:
// no I/O, so every case has a unit test.
#pragma once

#include <cstdint>
#include <string_view>

namespace lectern::server {

struct ByteRange {
    std::uint64_t first = 0;
    std::uint64_t last = 0; // inclusive
    [[nodiscard]] std::uint64_t length() const { return last - first + 1; }
};

struct RangeRequest {
    enum class Kind {
        Full,          // no Range header (or not a bytes range): send everything
        Partial,       // 206 with `range`
        Unsatisfiable, // 416, Content-Range: bytes */size
        Malformed,     // 400 invalid_range_header
    };
    Kind kind = Kind::Full;
    ByteRange range;
};

// `header` is the Range value ("" when absent). Only the first of several
// ranges is honoured (the API never answers multipart/byteranges).
[[nodiscard]] RangeRequest parseRange(std::string_view header, std::uint64_t size);

} // namespace lectern::server
