#include "accounts/rate_limiter.h"

namespace lectern::server {

std::int64_t RateLimiter::retryAfter(const std::string& key, int limit, std::int64_t windowSeconds, std::int64_t now)
{
    std::lock_guard lock(m_mutex);
    auto it = m_events.find(key);
    if (it == m_events.end())
        return 0;
    auto& events = it->second;
    while (!events.empty() && events.front() <= now - windowSeconds)
        events.pop_front();
    if (events.empty()) {
        m_events.erase(it);
        return 0;
    }
    if (static_cast<int>(events.size()) < limit)
        return 0;
    return events.front() + windowSeconds - now;
}

void RateLimiter::record(const std::string& key, std::int64_t now)
{
    std::lock_guard lock(m_mutex);
    auto& events = m_events[key];
    events.push_back(now);
    if (events.size() > 1000)
        events.pop_front();
}

void RateLimiter::clear(const std::string& key)
{
    std::lock_guard lock(m_mutex);
    m_events.erase(key);
}

} // namespace lectern::server
