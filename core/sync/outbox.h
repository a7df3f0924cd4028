// The transactional outbox of user-data changes: what this device still owes
// the server. Repositories add to it inside the transaction that changes the
// record; the sync engine reads batches and settles them with the server's answers.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "store/database.h"

namespace lectern::sync {

struct OutboxEntry {
    std::int64_t seq = 0;
    std::string opId;
    std::string entity; // "note", "progress", "event", "wishlist", "cart"
    std::string recordId;
    std::int64_t baseRevision = 0;
    bool deleted = false;
    nlohmann::json fields = nlohmann::json::object();
    std::int64_t clientTimeMs = 0;
    int attempts = 0;
    bool rejected = false;
    std::string error; // rejected: "code: message (field)"
};

// A change to queue; opId is made by record() unless given.
struct OutboxChange {
    std::string entity;
    std::string recordId;
    std::int64_t baseRevision = 0;
    bool deleted = false;
    nlohmann::json fields = nlohmann::json::object();
    std::int64_t clientTimeMs = 0;
};

class Outbox final {
public:
    explicit Outbox(store::Database& db);

    // Queues a change; call inside the transaction that writes the record.
    // With `coalesce`, a queued change to the same record that was never sent
    // is replaced in place (same op_id, same base revision): the server only
    // needs the latest state. A change that may already be on the server
    // (attempts > 0) is frozen, so a new entry is added behind it instead.
    [[nodiscard]] Result<void> record(const OutboxChange& change, bool coalesce);

    // The next pending entries in order, at most `limit`, with at most one note
    // mutation per note: a later edit's base revision is only known once the
    // earlier one is acknowledged (see acknowledge()).
    [[nodiscard]] Result<std::vector<OutboxEntry>> nextBatch(std::size_t limit);
    // Freezes entries before they go on the wire (a separate commit, so a crash
    // mid-push cannot let coalescing change a payload the server may hold).
    [[nodiscard]] Result<void> markAttempted(const std::vector<OutboxEntry>& entries);
    // The server holds this entry now (applied, duplicate or conflict): remove
    // it. For a note acknowledged at a new revision, later queued edits that
    // were based on the same revision are rebased onto it (they edit our text).
    [[nodiscard]] Result<void> acknowledge(const OutboxEntry& entry, std::optional<std::int64_t> newRevision);
    // Keeps the entry with the server's reason and stops sending it.
    [[nodiscard]] Result<void> reject(const OutboxEntry& entry, const std::string& error);

    [[nodiscard]] Result<bool> hasEntries(std::string_view entity, std::string_view recordId);
    [[nodiscard]] Result<std::int64_t> pendingCount();
    [[nodiscard]] Result<std::vector<OutboxEntry>> rejectedEntries();
    // The user gave up on a rejected change (the local record keeps its state).
    [[nodiscard]] Result<void> discardRejected(const std::string& opId);

private:
    [[nodiscard]] Result<std::vector<OutboxEntry>> select(std::string_view sql, std::int64_t limit);

    store::Database& m_db;
};

} // namespace lectern::sync
