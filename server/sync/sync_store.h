// SQL for user-data sync, scoped to one user on one connection: every query is
// keyed by that user, so no id can reach another user's records. Callers run
// these inside a transaction (sync_service.cpp decides which).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "http/api_error.h"
#include "store/database.h"
#include "sync/sync_types.h"

namespace lectern::server::sync {

struct Change {
    std::int64_t seq = 0;
    std::string entity;
    std::string id;
    std::int64_t revision = 0;
    bool deleted = false;
    nlohmann::json fields;
    std::int64_t updatedAt = 0;
};

struct CursorState {
    std::int64_t lastSeq = 0;    // the newest seq this user's records ever had
    std::int64_t horizonSeq = 0; // tombstones at or below it are gone
    std::int64_t purgeCheckedAt = 0;
    bool known = false;          // the user has pushed at least once
};

class SyncStore final {
public:
    SyncStore(store::Database& db, std::string userId);

    [[nodiscard]] ApiResult<CursorState> cursorState();
    // Creates the user's bookkeeping row on their first push.
    [[nodiscard]] ApiResult<void> ensureUser(std::int64_t now);

    [[nodiscard]] ApiResult<std::optional<StoredRecord>> find(Entity entity, const std::string& id);
    // Stores the record at a fresh seq and returns that seq.
    [[nodiscard]] ApiResult<std::int64_t> write(Entity entity, const std::string& id, std::int64_t revision,
                                                bool deleted, const nlohmann::json& fields, std::int64_t clientTimeMs,
                                                std::int64_t now);
    // Remembers a later client time without a new revision or seq (nothing a device must pull).
    [[nodiscard]] ApiResult<void> setClientTime(Entity entity, const std::string& id, std::int64_t clientTimeMs);

    [[nodiscard]] ApiResult<std::optional<nlohmann::json>> findOp(const std::string& opId);
    [[nodiscard]] ApiResult<void> recordOp(const std::string& opId, const std::string& deviceId,
                                           const nlohmann::json& result, std::int64_t now);

    [[nodiscard]] static bool purgeDue(const CursorState& state, std::int64_t now);
    // Drops tombstones (and remembered op_ids) older than kTombstoneSeconds and
    // raises the horizon past them. Live records below the new horizon get a new
    // seq, so a snapshot (after=0) can always be paged past the horizon; a device
    // may then receive an unchanged record again, which it applies by revision.
    [[nodiscard]] ApiResult<void> purgeIfDue(std::int64_t now);

    // Records with after < seq <= upTo in seq order, at most limit of them;
    // liveOnly leaves out tombstones (a snapshot).
    [[nodiscard]] ApiResult<std::vector<Change>> changes(std::int64_t after, std::int64_t upTo, std::int64_t limit,
                                                         bool liveOnly);

private:
    [[nodiscard]] ApiResult<std::int64_t> nextSeq();

    store::Database& m_db;
    std::string m_userId;
};

} // namespace lectern::server::sync
