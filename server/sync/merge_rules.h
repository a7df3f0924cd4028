// The per-entity merge rules of user-data sync as pure functions: what a
// mutation does to the record the server holds. No SQL, no clock.
#pragma once

#include <optional>

#include <nlohmann/json.hpp>

#include "sync/sync_types.h"

namespace lectern::server::sync {

enum class MergeOutcome {
    Write,        // the record takes deleted/fields/clientTimeMs: new revision, new seq
    NoChange,     // nothing to store (already so, or the mutation lost last-writer-wins)
    AdvanceClock, // same state but a later client time: remembered so an older write cannot win later
    ConflictCopy, // note edited from a stale revision: the server version stays, the edit becomes a new note
    ConflictKeep, // note deleted from a stale revision: the newer edit on the server stays
};

struct MergeDecision {
    MergeOutcome outcome = MergeOutcome::NoChange;
    bool deleted = false;
    nlohmann::json fields = nlohmann::json::object(); // Write: the record's; ConflictCopy: the copy's
    std::int64_t clientTimeMs = 0;
};

[[nodiscard]] MergeDecision merge(const Mutation& mutation, const std::optional<StoredRecord>& current);

} // namespace lectern::server::sync
