// User-data sync: applying a pushed batch of mutations with the merge rules,
// and the per-user change feed. Handlers in sync_routes.cpp are thin wrappers.
#pragma once

#include <cstdint>
#include <string>

#include <nlohmann/json.hpp>

#include "http/api_error.h"
#include "storage/storage.h"
#include "util/clock.h"

namespace lectern::server::sync {

struct ChangesPage {
    nlohmann::json changes = nlohmann::json::array();
    std::int64_t nextCursor = 0;
    bool hasMore = false;
};

class SyncService final {
public:
    SyncService(Storage& storage, const Clock& clock);

    // mutations: the request's array (its size already checked); answers the
    // "results" array, one result per mutation in order.
    [[nodiscard]] ApiResult<nlohmann::json> push(const std::string& userId, const std::string& deviceId,
                                                 const nlohmann::json& mutations);

    // 400 invalid_cursor past the newest seq issued to the user, 410
    // resync_required below the purge horizon (except after = 0, a snapshot).
    [[nodiscard]] ApiResult<ChangesPage> changes(const std::string& userId, std::int64_t after, std::int64_t limit);

private:
    Storage& m_storage;
    const Clock& m_clock;
};

} // namespace lectern::server::sync
