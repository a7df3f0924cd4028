// Sliding-window counters in memory: enough for one server process (a restart
// forgets them, which errs on the side of letting people in).
#pragma once

#include <cstdint>
#include <deque>
#include <mutex>
#include <string>
#include <unordered_map>

namespace lectern::server {

class RateLimiter final {
public:
    // Seconds until key may try again (0: allowed now) given at most `limit`
    // events in `windowSeconds`.
    [[nodiscard]] std::int64_t retryAfter(const std::string& key, int limit, std::int64_t windowSeconds, std::int64_t now);
    void record(const std::string& key, std::int64_t now);
    void clear(const std::string& key);

private:
    std::mutex m_mutex;
    std::unordered_map<std::string, std::deque<std::int64_t>> m_events;
};

} // namespace lectern::server
