#include "sync/sync_clock.h"

#include <chrono>
#include <cstdio>
#include <random>

#include "util/time_format.h"
#include "util/uuid.h"

namespace lectern::sync {

std::int64_t systemNowMillis()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

std::string newId(std::int64_t unixMillis)
{
    // random_device reads the kernel's CSPRNG on Linux; a fresh instance per
    // id keeps this free of shared state, so any thread may call it.
    std::random_device device;
    const auto word = [&device] { return (static_cast<std::uint64_t>(device()) << 32) | device(); };
    const std::uint64_t high = word();
    const std::uint64_t low = word();
    return uuid::makeV7(unixMillis, high, low);
}

std::string formatClientTime(std::int64_t unixMillis)
{
    const std::int64_t seconds = unixMillis >= 0 ? unixMillis / 1000 : (unixMillis - 999) / 1000;
    const auto millis = static_cast<int>(unixMillis - seconds * 1000);
    std::string text = timefmt::formatRfc3339(seconds); // "…:SSZ"
    char fraction[8];
    std::snprintf(fraction, sizeof fraction, ".%03d", millis);
    text.insert(text.size() - 1, fraction);
    return text;
}

} // namespace lectern::sync
