// How much of a lesson the learner has actually watched or listened to: the
// lesson is cut into one-second buckets, and a bucket counts once playback ran
// through it (a seek does not). A lesson is complete at 90%.
#pragma once

#include <cstdint>
#include <vector>

namespace lectern::ui {

class WatchTracker final {
public:
    static constexpr double kCompleteFraction = 0.9;
    static constexpr std::int64_t kBucketMs = 1000;

    // A new lesson. `resumedFromMs`: where an earlier session stopped; what lies
    // before it counts as watched then (the learner got there by watching).
    void start(std::int64_t resumedFromMs);
    // Known once the media has loaded; positions before that are remembered.
    void setDuration(std::int64_t durationMs);
    // Each position report. A step forward of at most `kMaxStepMs` while playing
    // is playback; anything else (a seek, a pause, a jump back) only moves the mark.
    void onPosition(std::int64_t positionMs, bool playing);

    [[nodiscard]] double watchedFraction() const;
    [[nodiscard]] bool complete() const { return watchedFraction() >= kCompleteFraction; }
    [[nodiscard]] std::int64_t durationMs() const { return m_durationMs; }

private:
    static constexpr std::int64_t kMaxStepMs = 4000; // 2x speed with a position report every second, and slack
    void mark(std::int64_t fromMs, std::int64_t toMs);

    std::int64_t m_durationMs = 0;
    std::int64_t m_resumedFromMs = 0;
    std::int64_t m_lastMs = -1;
    std::vector<bool> m_buckets;
    std::int64_t m_watched = 0;
};

} // namespace lectern::ui
