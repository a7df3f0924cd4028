// Time and identity for user-data records: a replaceable clock (tests pin it)
// and client-made UUIDv7 ids, so devices create records offline without collisions.
#pragma once

#include <cstdint>
#include <functional>
#include <string>

namespace lectern::sync {

// Unix milliseconds.
using MillisClock = std::function<std::int64_t()>;

[[nodiscard]] std::int64_t systemNowMillis();

// A UUIDv7 for `unixMillis` with 74 bits from std::random_device.
[[nodiscard]] std::string newId(std::int64_t unixMillis);

// "2026-03-01T08:00:00.123Z": the millisecond precision the server keeps for client_time.
[[nodiscard]] std::string formatClientTime(std::int64_t unixMillis);

} // namespace lectern::sync
