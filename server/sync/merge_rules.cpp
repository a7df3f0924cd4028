#include "sync/merge_rules.h"

#include <algorithm>

namespace lectern::server::sync {

namespace {

MergeDecision write(bool deleted, nlohmann::json fields, std::int64_t clientTimeMs)
{
    return {MergeOutcome::Write, deleted, std::move(fields), clientTimeMs};
}

MergeDecision unchanged() { return {}; }

// Notes carry free text two devices may both edit offline, so a stale edit is
// never dropped and never overwrites: it becomes a conflict copy.
MergeDecision mergeNote(const Mutation& m, const std::optional<StoredRecord>& current)
{
    if (!current)
        return m.deleted ? unchanged() : write(false, m.fields, m.clientTimeMs); // nothing to delete
    if (m.baseRevision == current->revision) {
        if (m.deleted ? current->deleted : (!current->deleted && current->fields == m.fields))
            return unchanged(); // a re-sent state: no new revision for nothing
        return write(m.deleted, m.fields, m.clientTimeMs);
    }
    if (m.deleted)
        return current->deleted ? unchanged() : MergeDecision{MergeOutcome::ConflictKeep, false, {}, 0};
    if (!current->deleted && current->fields == m.fields)
        return unchanged(); // both devices made the same edit: nothing to keep twice
    nlohmann::json copy = m.fields;
    copy.erase("conflict_of"); // the copy is of this note, whatever the edited note was a copy of
    return {MergeOutcome::ConflictCopy, false, std::move(copy), m.clientTimeMs};
}

// Position: last writer (by client time) wins; completed: once true, stays true.
// A tie goes to the mutation, so a device re-sending its own state is harmless.
MergeDecision mergeProgress(const Mutation& m, const std::optional<StoredRecord>& current)
{
    if (!current)
        return write(false, m.fields, m.clientTimeMs);
    const bool newer = m.clientTimeMs >= current->clientTimeMs;
    nlohmann::json fields = newer ? m.fields : current->fields;
    fields["completed"] = current->fields.value("completed", false) || m.fields.value("completed", false);
    const std::int64_t clientTimeMs = std::max(m.clientTimeMs, current->clientTimeMs);
    if (fields != current->fields)
        return write(false, std::move(fields), clientTimeMs);
    if (clientTimeMs > current->clientTimeMs)
        return {MergeOutcome::AdvanceClock, current->deleted, current->fields, clientTimeMs};
    return unchanged();
}

MergeDecision mergeEvent(const Mutation& m, const std::optional<StoredRecord>& current)
{
    if (current)
        return unchanged(); // append-only: an event id is stored once
    return write(false, m.fields, m.clientTimeMs);
}

// Wishlist and cart: last writer wins for add and remove alike. A remove of an unknown course is
// still stored (as a tombstone) so an older add arriving later loses to it.
MergeDecision mergeWishlist(const Mutation& m, const std::optional<StoredRecord>& current)
{
    if (!current)
        return write(m.deleted, nlohmann::json::object(), m.clientTimeMs);
    if (m.clientTimeMs < current->clientTimeMs)
        return unchanged();
    if (m.deleted != current->deleted)
        return write(m.deleted, nlohmann::json::object(), m.clientTimeMs);
    if (m.clientTimeMs > current->clientTimeMs)
        return {MergeOutcome::AdvanceClock, current->deleted, current->fields, m.clientTimeMs};
    return unchanged();
}

} // namespace

MergeDecision merge(const Mutation& mutation, const std::optional<StoredRecord>& current)
{
    switch (mutation.entity) {
    case Entity::Note: return mergeNote(mutation, current);
    case Entity::Progress: return mergeProgress(mutation, current);
    case Entity::Event: return mergeEvent(mutation, current);
    case Entity::Wishlist: return mergeWishlist(mutation, current);
    case Entity::Cart: return mergeWishlist(mutation, current); // a set of course ids, same rules
    }
    return unchanged();
}

} // namespace lectern::server::sync
