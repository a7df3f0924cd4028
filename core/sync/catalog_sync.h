// Pulls the server's catalog change feed into the local store. Each page is
// applied in one transaction together with the new cursor, so a sync killed at
// any point resumes where it stopped and never applies a page twice.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>

#include "net/api_client.h"
#include "store/database.h"
#include "sync/sync_error.h"

namespace lectern::sync {

struct CatalogSyncProgress {
    std::size_t pages = 0;
    std::size_t upserted = 0;
    std::size_t retired = 0;
    bool resync = false; // a snapshot after 410 resync_required
};

class CatalogSync final {
public:
    static constexpr int kDefaultPageSize = 500;
    static constexpr const char* kCursorKey = "catalog.cursor";
    static constexpr const char* kResyncKey = "catalog.resyncing";

    // pageSize: courses per request (1–1000); smaller pages commit progress more
    // often on a slow or flaky link.
    CatalogSync(store::Database& db, const net::ApiClient& api, int pageSize = kDefaultPageSize);

    // Pulls until the feed has no more pages. `progress` (optional) is called
    // after every applied page. `now` stamps retired courses.
    [[nodiscard]] SyncResult<CatalogSyncProgress> run(std::int64_t now, const net::CancelToken* cancel = nullptr,
                                                      const std::function<void(const CatalogSyncProgress&)>& progress = {});

private:
    [[nodiscard]] Result<void> applyPage(const protocol::CatalogPage& page, bool resyncing, std::int64_t now,
                                         CatalogSyncProgress& progress);
    [[nodiscard]] Result<std::size_t> finishResync(std::int64_t now);

    store::Database& m_db;
    const net::ApiClient& m_api;
    int m_pageSize;
};

} // namespace lectern::sync
