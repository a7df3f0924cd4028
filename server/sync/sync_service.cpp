#include "sync/sync_service.h"

#include <algorithm>
#include <optional>
#include <vector>

#include "accounts/secrets.h"
#include "sync/merge_rules.h"
#include "sync/mutation_parser.h"
#include "sync/sync_store.h"
#include "util/time_format.h"

namespace lectern::server::sync {

namespace {

using nlohmann::json;

json result(const std::string& opId, std::string_view status, std::int64_t revision)
{
    return json{{"op_id", opId}, {"status", status}, {"revision", revision}};
}

json rejection(const json& raw, const ApiError& error)
{
    // Echo the op_id when it is at least a string, so the client can match it.
    const json* opId = raw.is_object() && raw.contains("op_id") && raw["op_id"].is_string() ? &raw["op_id"] : nullptr;
    return json{{"op_id", opId ? *opId : json(nullptr)}, {"status", "rejected"}, {"error", error.toJson()["error"]}};
}

ApiResult<json> apply(SyncStore& store, const Mutation& m, std::int64_t now)
{
    auto current = store.find(m.entity, m.id);
    if (!current)
        return std::unexpected(current.error());
    const std::int64_t revision = *current ? (*current)->revision : 0;
    const MergeDecision decision = merge(m, *current);
    switch (decision.outcome) {
    case MergeOutcome::NoChange: return result(m.opId, "applied", revision);
    case MergeOutcome::AdvanceClock:
        if (auto ok = store.setClientTime(m.entity, m.id, decision.clientTimeMs); !ok)
            return std::unexpected(ok.error());
        return result(m.opId, "applied", revision);
    case MergeOutcome::Write:
        if (auto ok = store.write(m.entity, m.id, revision + 1, decision.deleted, decision.fields,
                                  decision.clientTimeMs, now);
            !ok)
            return std::unexpected(ok.error());
        return result(m.opId, "applied", revision + 1);
    case MergeOutcome::ConflictKeep: return result(m.opId, "conflict", revision);
    case MergeOutcome::ConflictCopy: {
        const std::string copyId = secrets::newId(now);
        json fields = decision.fields;
        fields["conflict_of"] = m.id;
        if (auto ok = store.write(Entity::Note, copyId, 1, false, fields, decision.clientTimeMs, now); !ok)
            return std::unexpected(ok.error());
        json answer = result(m.opId, "conflict", revision);
        answer["conflict_id"] = copyId;
        return answer;
    }
    }
    return internalError("unknown merge outcome");
}

bool purgeDue(const CursorState& state, std::int64_t now)
{
    return state.known && now - state.purgeCheckedAt >= kPurgeIntervalSeconds;
}

// Tombstones (and remembered op_ids) are kept kTombstoneSeconds, checked at most once per kPurgeIntervalSeconds.
ApiResult<void> purgeIfDue(SyncStore& store, std::int64_t now)
{
    auto state = store.cursorState();
    if (!state)
        return std::unexpected(state.error());
    if (!purgeDue(*state, now))
        return {};
    return store.purge(now - kTombstoneSeconds, now);
}

} // namespace

SyncService::SyncService(Storage& storage, const Clock& clock)
    : m_storage(storage)
    , m_clock(clock)
{
}

ApiResult<json> SyncService::push(const std::string& userId, const std::string& deviceId, const json& mutations)
{
    const std::int64_t now = m_clock.now();
    // Validation needs no database, so it runs before the write lock is taken.
    std::vector<ApiResult<Mutation>> parsed;
    parsed.reserve(mutations.size());
    for (std::size_t i = 0; i < mutations.size(); ++i)
        parsed.push_back(parseMutation(mutations[i], "mutations[" + std::to_string(i) + "]", now));

    // One transaction for the whole batch: a push is atomic (a storage failure
    // leaves nothing half-applied and the client retries the same op_ids), and
    // one commit instead of up to 500 keeps the write lock short overall. The
    // rejections above are results, not failures, so they roll nothing back.
    return writeUnit<json>(m_storage, [&](StoreTransaction& tx) -> ApiResult<json> {
        const auto userStore = tx.sync(userId);
        SyncStore& store = *userStore;
        if (auto ok = store.ensureUser(now); !ok)
            return std::unexpected(ok.error());
        if (auto ok = purgeIfDue(store, now); !ok)
            return std::unexpected(ok.error());
        json results = json::array();
        for (std::size_t i = 0; i < parsed.size(); ++i) {
            if (!parsed[i]) {
                results.push_back(rejection(mutations[i], parsed[i].error()));
                continue;
            }
            const Mutation& m = *parsed[i];
            auto earlier = store.findOp(m.opId);
            if (!earlier)
                return std::unexpected(earlier.error());
            if (*earlier) {
                json again = std::move(**earlier);
                again["status"] = "duplicate";
                results.push_back(std::move(again));
                continue;
            }
            auto applied = apply(store, m, now);
            if (!applied)
                return std::unexpected(applied.error());
            if (auto ok = store.recordOp(m.opId, deviceId, *applied, now); !ok)
                return std::unexpected(ok.error());
            results.push_back(std::move(*applied));
        }
        return results;
    });
}

ApiResult<ChangesPage> SyncService::changes(const std::string& userId, std::int64_t after, std::int64_t limit)
{
    const std::int64_t now = m_clock.now();
    // The purge needs the write lock; a pull takes it only on the rare call that finds the purge due.
    auto state = readUnit<CursorState>(m_storage, [&](StoreTransaction& tx) { return tx.sync(userId)->cursorState(); });
    if (!state)
        return std::unexpected(state.error());
    if (purgeDue(*state, now)) {
        auto purged = m_storage.write([&](StoreTransaction& tx) { return purgeIfDue(*tx.sync(userId), now); });
        if (!purged)
            return std::unexpected(purged.error());
    }

    // One snapshot: the horizon checked is the horizon of the rows read.
    return readUnit<ChangesPage>(m_storage, [&](StoreTransaction& tx) -> ApiResult<ChangesPage> {
        const auto store = tx.sync(userId);
        auto current = store->cursorState();
        if (!current)
            return std::unexpected(current.error());
        if (after > current->lastSeq)
            return apiError(400, "invalid_cursor", "after: not a cursor this server issued to you", "after");
        if (after != 0 && after < current->horizonSeq)
            return apiError(410, "resync_required",
                            "changes this old were purged; pull again from after=0 and keep unsent changes");
        auto rows = store->changes(after, current->lastSeq, limit + 1, after == 0);
        if (!rows)
            return std::unexpected(rows.error());
        ChangesPage out;
        out.hasMore = static_cast<std::int64_t>(rows->size()) > limit;
        if (out.hasMore)
            rows->pop_back();
        for (const Change& change : *rows)
            out.changes.push_back(json{{"seq", change.seq},
                                       {"entity", change.entity},
                                       {"id", change.id},
                                       {"revision", change.revision},
                                       {"deleted", change.deleted},
                                       {"fields", change.fields},
                                       {"updated_at", timefmt::formatRfc3339(change.updatedAt)}});
        // The last page jumps to the newest seq, so tombstones a snapshot skipped
        // are not sent on the next pull either.
        out.nextCursor = out.hasMore ? rows->back().seq : std::max(after, current->lastSeq);
        return out;
    });
}

} // namespace lectern::server::sync
