// The time access decisions are made at. now() is the wall clock, but the
// latest time seen from the server (server_time, the lease in a signed row)
// and from earlier runs is remembered: a wall clock far behind it means the
// clock was wound back, and then every offline lease counts as expired.
#pragma once

#include <cstdint>
#include <functional>

#include "store/database.h"

namespace lectern::commerce {

// Unix seconds.
using WallClock = std::function<std::int64_t()>;
[[nodiscard]] std::int64_t systemWallSeconds();

class TrustedClock final {
public:
    static constexpr std::int64_t kDefaultTolerance = 10 * 60;

    // Loads the remembered high-water mark from `db` (app_state
    // 'commerce.latest_time'). `wall` is injected by tests.
    explicit TrustedClock(store::Database& db, WallClock wall = systemWallSeconds,
                          std::int64_t tolerance = kDefaultTolerance);

    // The wall clock.
    [[nodiscard]] std::int64_t now() const;
    // Latest trustworthy time known: max(wall, latest seen). Expiry checks use this,
    // so winding the clock back a little (within tolerance) buys nothing either.
    [[nodiscard]] std::int64_t effectiveNow() const;
    [[nodiscard]] std::int64_t latestSeen() const { return m_latest; }
    // True when the wall clock is more than `tolerance` behind the latest time seen.
    [[nodiscard]] bool woundBack() const;
    // True when the wall clock is more than `tolerance` behind `reference` (a
    // time the server signed, see EntitlementStore::signedFetchTime).
    [[nodiscard]] bool behind(std::int64_t reference) const;

    // A time the server vouched for (server_time): becomes the mark and is
    // persisted. The server is the reference, so a mark pushed ahead by a wall
    // clock that was wrong the other way is corrected at the next sync.
    [[nodiscard]] Result<void> observeServerTime(std::int64_t serverTime);
    // Persists max(mark, wall) so the next run knows how late it was ("the last run").
    [[nodiscard]] Result<void> remember();

private:
    store::Database& m_db;
    WallClock m_wall;
    std::int64_t m_tolerance;
    std::int64_t m_latest = 0;
};

} // namespace lectern::commerce
