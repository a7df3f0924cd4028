#include "player/watch_tracker.h"

#include <algorithm>

namespace lectern::ui {

void WatchTracker::start(std::int64_t resumedFromMs)
{
    m_durationMs = 0;
    m_resumedFromMs = std::max<std::int64_t>(0, resumedFromMs);
    m_lastMs = -1;
    m_buckets.clear();
    m_watched = 0;
}

void WatchTracker::setDuration(std::int64_t durationMs)
{
    if (durationMs <= 0 || durationMs == m_durationMs)
        return;
    m_durationMs = durationMs;
    const auto count = static_cast<std::size_t>((durationMs + kBucketMs - 1) / kBucketMs);
    m_buckets.assign(count, false);
    m_watched = 0;
    mark(0, m_resumedFromMs);
}

void WatchTracker::onPosition(std::int64_t positionMs, bool playing)
{
    if (playing && m_lastMs >= 0 && positionMs > m_lastMs && positionMs - m_lastMs <= kMaxStepMs)
        mark(m_lastMs, positionMs);
    m_lastMs = positionMs;
}

void WatchTracker::mark(std::int64_t fromMs, std::int64_t toMs)
{
    if (m_buckets.empty() || toMs <= fromMs)
        return;
    // A bucket counts when playback touched it; the very end of the media (the
    // last partial second) counts with the bucket before it.
    const auto first = static_cast<std::size_t>(std::max<std::int64_t>(0, fromMs) / kBucketMs);
    const auto last = std::min(m_buckets.size() - 1, static_cast<std::size_t>((toMs - 1) / kBucketMs));
    for (std::size_t i = first; i <= last; ++i) {
        if (!m_buckets[i]) {
            m_buckets[i] = true;
            ++m_watched;
        }
    }
}

double WatchTracker::watchedFraction() const
{
    if (m_buckets.empty())
        return 0.0;
    return static_cast<double>(m_watched) / static_cast<double>(m_buckets.size());
}

} // namespace lectern::ui
