// Values shared by the user-data sync parts: a validated mutation, a stored
// record and the limits of the protocol (docs/api.md "User-data sync").
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace lectern::server::sync {

enum class Entity { Note, Progress, Event, Wishlist, Cart };

[[nodiscard]] std::string_view entityName(Entity entity);
[[nodiscard]] std::optional<Entity> parseEntity(std::string_view name);

inline constexpr std::size_t kMaxMutationsPerPush = 500;
inline constexpr std::size_t kMaxNoteLength = 20'000;           // code points
inline constexpr std::int64_t kMaxPositionMs = 24LL * 3600 * 1000;
inline constexpr std::int64_t kMaxRevision = 1'000'000'000;
inline constexpr std::int64_t kDefaultPullLimit = 200;
inline constexpr std::int64_t kMaxPullLimit = 1000;
inline constexpr std::int64_t kTombstoneSeconds = 90LL * 86400;
// The purge is cheap but not free; once a day per user is plenty for a 90-day horizon.
inline constexpr std::int64_t kPurgeIntervalSeconds = 86400;
// Client clocks drift; a time further ahead than this would win every
// last-writer-wins merge for years, so it is refused.
inline constexpr std::int64_t kMaxClockAheadSeconds = 86400;
inline constexpr std::int64_t kEarliestClientTime = 946'684'800; // 2000-01-01: older means a reset clock

// One mutation after strict validation. fields is normalised per entity
// (every optional key present, null when absent) and {} for deletions.
struct Mutation {
    std::string opId;
    Entity entity = Entity::Note;
    std::string id;
    std::int64_t baseRevision = 0;
    bool deleted = false;
    std::int64_t clientTimeMs = 0;
    nlohmann::json fields = nlohmann::json::object();
};

// A record as the server keeps it for one user.
struct StoredRecord {
    std::int64_t revision = 0;
    std::int64_t seq = 0;
    bool deleted = false;
    nlohmann::json fields = nlohmann::json::object();
    std::int64_t clientTimeMs = 0;
    std::int64_t updatedAt = 0;
};

} // namespace lectern::server::sync
