// What user-data sync keeps, scoped to one user: a store object is made for
// one user (StoreTransaction::sync) and every operation is keyed by them, so
// no id can reach another user's records. SyncService decides what runs in
// which unit of work.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "http/api_error.h"
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

class SyncStore {
public:
    virtual ~SyncStore() = default;

    [[nodiscard]] virtual ApiResult<CursorState> cursorState() = 0;
    // Creates the user's bookkeeping on their first push.
    [[nodiscard]] virtual ApiResult<void> ensureUser(std::int64_t now) = 0;

    [[nodiscard]] virtual ApiResult<std::optional<StoredRecord>> find(Entity entity, const std::string& id) = 0;
    // Stores the record at a fresh seq and returns that seq. Seqs are unique
    // and increasing across all users (a unit of work's writes are serialised).
    [[nodiscard]] virtual ApiResult<std::int64_t> write(Entity entity, const std::string& id, std::int64_t revision,
                                                        bool deleted, const nlohmann::json& fields,
                                                        std::int64_t clientTimeMs, std::int64_t now) = 0;
    // Remembers a later client time without a new revision or seq (nothing a device must pull).
    [[nodiscard]] virtual ApiResult<void> setClientTime(Entity entity, const std::string& id,
                                                        std::int64_t clientTimeMs) = 0;

    [[nodiscard]] virtual ApiResult<std::optional<nlohmann::json>> findOp(const std::string& opId) = 0;
    [[nodiscard]] virtual ApiResult<void> recordOp(const std::string& opId, const std::string& deviceId,
                                                   const nlohmann::json& result, std::int64_t now) = 0;

    // Drops tombstones updated at or before `cutoff` (and op_ids remembered
    // since then), raises the horizon past them and notes `now` as the last
    // check. Live records below the new horizon get a new seq, so a snapshot
    // (after=0) can always be paged past the horizon; a device may then receive
    // an unchanged record again, which it applies by revision.
    [[nodiscard]] virtual ApiResult<void> purge(std::int64_t cutoff, std::int64_t now) = 0;

    // Records with after < seq <= upTo in seq order, at most limit of them;
    // liveOnly leaves out tombstones (a snapshot).
    [[nodiscard]] virtual ApiResult<std::vector<Change>> changes(std::int64_t after, std::int64_t upTo,
                                                                 std::int64_t limit, bool liveOnly) = 0;
};

} // namespace lectern::server::sync
