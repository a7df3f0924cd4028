// Applies the server's user-data changes (pull pages) to the local tables,
// following the merge rules of docs/api.md while local unsent changes win.
#pragma once

#include <string>
#include <string_view>

#include "protocol/sync_types.h"
#include "store/database.h"
#include "sync/outbox.h"

namespace lectern::sync {

class RemoteChanges final {
public:
    explicit RemoteChanges(store::Database& db);

    // One pulled change, inside the caller's transaction. A record with a
    // queued local change keeps its local state; the server's state is parked
    // in sync_deferred and applied once the outbox for it is settled.
    [[nodiscard]] Result<void> apply(const protocol::SyncChange& change);
    // After the outbox for a record emptied: applies its parked server state if
    // it is at least as new as what the local row is based on.
    [[nodiscard]] Result<void> settle(std::string_view entity, const std::string& recordId);

private:
    [[nodiscard]] Result<void> applyState(std::string_view entity, const std::string& id, std::int64_t revision,
                                          bool deleted, const nlohmann::json& fields);
    [[nodiscard]] Result<void> applyNote(const std::string& id, std::int64_t revision, bool deleted,
                                         const nlohmann::json& fields);
    [[nodiscard]] Result<void> applyProgress(const std::string& id, std::int64_t revision,
                                             const nlohmann::json& fields);
    [[nodiscard]] Result<void> applyWishlist(const std::string& id, std::int64_t revision, bool deleted);
    [[nodiscard]] Result<void> applyCart(const std::string& id, std::int64_t revision, bool deleted); // migration 7
    [[nodiscard]] Result<void> applyEvent(const std::string& id, const nlohmann::json& fields);

    store::Database& m_db;
    Outbox m_outbox;
};

} // namespace lectern::sync
