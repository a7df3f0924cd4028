#include "commerce/trusted_clock.h"

#include <algorithm>
#include <chrono>
#include <charconv>

#include "sync/app_state.h"

namespace lectern::commerce {

namespace {

constexpr std::string_view kLatestKey = "commerce.latest_time";

} // namespace

std::int64_t systemWallSeconds()
{
    return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

TrustedClock::TrustedClock(store::Database& db, WallClock wall, std::int64_t tolerance)
    : m_db(db)
    , m_wall(std::move(wall))
    , m_tolerance(tolerance)
{
    // An unreadable mark is a mark of 0: the worst case is one run without the check.
    if (auto stored = sync::readState(m_db, kLatestKey); stored && *stored) {
        std::int64_t value = 0;
        const std::string& text = **stored;
        if (std::from_chars(text.data(), text.data() + text.size(), value).ec == std::errc())
            m_latest = value;
    }
}

std::int64_t TrustedClock::now() const { return m_wall(); }

std::int64_t TrustedClock::effectiveNow() const { return std::max(m_wall(), m_latest); }

bool TrustedClock::woundBack() const { return behind(m_latest); }

bool TrustedClock::behind(std::int64_t reference) const { return m_wall() + m_tolerance < reference; }

Result<void> TrustedClock::observeServerTime(std::int64_t serverTime)
{
    if (serverTime <= 0)
        return {};
    m_latest = serverTime;
    return sync::writeState(m_db, kLatestKey, std::to_string(m_latest));
}

Result<void> TrustedClock::remember()
{
    // Only ever raises: a wound-back wall clock must not lower the mark.
    const std::int64_t wall = m_wall();
    if (wall <= m_latest)
        return {};
    m_latest = wall;
    return sync::writeState(m_db, kLatestKey, std::to_string(m_latest));
}

} // namespace lectern::commerce
