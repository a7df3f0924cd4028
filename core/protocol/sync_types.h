// User-data sync values of the API (docs/api.md, "User-data sync"): the push
// request, its per-mutation results and the pages of the change feed, with
// their JSON codecs. Entity fields stay JSON: their shape is the entity's
// business, checked by the repositories that read them.
#pragma once

#include <cstdint>
#include <expected>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "protocol/catalog_json.h" // ParseError

namespace lectern::protocol {

inline constexpr std::size_t kMaxMutationsPerPush = 500; // the server refuses more
inline constexpr int kMaxChangesPerPage = 1000;

struct SyncMutation {
    std::string opId;   // UUID made by the client once; the server dedupes on it
    std::string entity; // "note", "progress", "event", "wishlist", "cart"
    std::string id;
    std::int64_t baseRevision = 0;
    bool deleted = false;
    std::string clientTime; // RFC 3339 with milliseconds
    nlohmann::json fields = nlohmann::json::object();
};

struct SyncPushRequest {
    std::string deviceId;
    std::vector<SyncMutation> mutations;
};

enum class SyncPushStatus { Applied, Duplicate, Conflict, Rejected };

struct SyncPushResult {
    std::string opId; // empty when the server echoed null (a rejected, non-string op_id)
    SyncPushStatus status = SyncPushStatus::Applied;
    std::int64_t revision = 0;
    std::string conflictId; // the server-made conflict copy, when one was made
    std::string errorCode;  // rejected: the server's code, message and field
    std::string errorMessage;
    std::string errorField;
};

struct SyncPushResponse {
    std::vector<SyncPushResult> results;
};

struct SyncChange {
    std::int64_t seq = 0;
    std::string entity;
    std::string id;
    std::int64_t revision = 0;
    bool deleted = false;
    nlohmann::json fields = nlohmann::json::object();
    std::int64_t updatedAt = 0; // Unix seconds, server clock
};

struct SyncChangesPage {
    std::vector<SyncChange> changes;
    std::string nextCursor;
    bool hasMore = false;
};

[[nodiscard]] nlohmann::json toJson(const SyncPushRequest& request);
[[nodiscard]] std::expected<SyncPushResponse, ParseError> parseSyncPushResponse(const nlohmann::json& value);
[[nodiscard]] std::expected<SyncChangesPage, ParseError> parseSyncChangesPage(const nlohmann::json& value);

[[nodiscard]] std::string_view syncPushStatusName(SyncPushStatus status);

} // namespace lectern::protocol
