#include "sync/catalog_sync.h"

#include <algorithm>

#include "catalog/catalog_repository.h"
#include "sync/app_state.h"

namespace lectern::sync {

namespace {

bool isDecimal(const std::string& text)
{
    return !text.empty() && text.size() <= 19 && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

} // namespace

CatalogSync::CatalogSync(store::Database& db, const net::ApiClient& api, int pageSize)
    : m_db(db)
    , m_api(api)
    , m_pageSize(std::clamp(pageSize, 1, 1000))
{
}

Result<void> CatalogSync::applyPage(const protocol::CatalogPage& page, bool resyncing, std::int64_t now,
                                    CatalogSyncProgress& progress)
{
    catalog::CatalogRepository repository(m_db);
    std::size_t upserted = 0;
    std::size_t retired = 0;
    auto applied = m_db.transaction([&]() -> Result<void> {
        for (const auto& instructor : page.instructors)
            if (auto ok = repository.upsertInstructor(instructor); !ok)
                return ok;
        auto seen = m_db.cached("INSERT OR IGNORE INTO catalog_resync_seen (course_id) VALUES (?1)");
        if (!seen)
            return std::unexpected(seen.error());
        for (const auto& change : page.changes) {
            if (change.deleted) {
                if (auto ok = repository.retireCourse(change.courseId, now); !ok)
                    return ok;
                ++retired;
                continue;
            }
            if (auto ok = repository.upsertCourse(change.course); !ok)
                return std::unexpected(ok.error());
            ++upserted;
            if (resyncing) {
                (*seen)->reset();
                if (auto ok = (*seen)->bind(1, change.courseId).run(); !ok)
                    return ok;
            }
        }
        return writeState(m_db, kCursorKey, page.nextCursor);
    });
    if (!applied)
        return applied;
    ++progress.pages;
    progress.upserted += upserted;
    progress.retired += retired;
    return {};
}

// The snapshot after a 410 is complete: every local course it did not mention
// was deleted on the server while we were away.
Result<std::size_t> CatalogSync::finishResync(std::int64_t now)
{
    std::vector<std::string> gone;
    auto stale = m_db.prepare("SELECT id FROM courses WHERE retired_at IS NULL "
                              "AND id NOT IN (SELECT course_id FROM catalog_resync_seen)");
    if (!stale)
        return std::unexpected(stale.error());
    for (;;) {
        auto row = stale->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        gone.push_back(stale->text(0));
    }
    catalog::CatalogRepository repository(m_db);
    auto done = m_db.transaction([&]() -> Result<void> {
        for (const auto& id : gone)
            if (auto ok = repository.retireCourse(id, now); !ok)
                return ok;
        if (auto ok = m_db.exec("DELETE FROM catalog_resync_seen"); !ok)
            return ok;
        return eraseState(m_db, kResyncKey);
    });
    if (!done)
        return std::unexpected(done.error());
    return gone.size();
}

SyncResult<CatalogSyncProgress> CatalogSync::run(std::int64_t now, const net::CancelToken* cancel,
                                                 const std::function<void(const CatalogSyncProgress&)>& progress)
{
    CatalogSyncProgress state;
    auto cursorState = readState(m_db, kCursorKey);
    auto resyncState = readState(m_db, kResyncKey);
    if (!cursorState)
        return syncFail(cursorState.error());
    if (!resyncState)
        return syncFail(resyncState.error());
    std::string cursor = cursorState->value_or("");
    bool resyncing = resyncState->has_value();
    state.resync = resyncing;
    // A cursor we cannot have written ourselves means a damaged store: start over.
    if (!cursor.empty() && !isDecimal(cursor))
        cursor.clear();

    for (int guard = 0; guard < 1'000'000; ++guard) {
        auto page = m_api.catalogChanges(cursor, m_pageSize, cancel);
        if (!page) {
            if (page.error().serverCode == "resync_required" && !resyncing) {
                // Our cursor is older than the server's tombstones: take a snapshot,
                // remembering which courses it mentions (see finishResync).
                auto started = m_db.transaction([&]() -> Result<void> {
                    if (auto ok = m_db.exec("DELETE FROM catalog_resync_seen"); !ok)
                        return ok;
                    if (auto ok = writeState(m_db, kResyncKey, "1"); !ok)
                        return ok;
                    return writeState(m_db, kCursorKey, "");
                });
                if (!started)
                    return syncFail(started.error());
                cursor.clear();
                resyncing = true;
                state.resync = true;
                continue;
            }
            return syncFail(page.error());
        }
        if (!page->nextCursor.empty() && !isDecimal(page->nextCursor)) {
            net::ApiError bad;
            bad.code = net::ApiErrorCode::BadResponse;
            bad.detail = "catalog feed: next_cursor is not a cursor this client understands";
            return syncFail(std::move(bad));
        }
        if (auto ok = applyPage(*page, resyncing, now, state); !ok)
            return syncFail(ok.error());
        if (progress)
            progress(state);
        cursor = page->nextCursor;
        if (!page->hasMore)
            break;
    }
    if (resyncing) {
        auto removed = finishResync(now);
        if (!removed)
            return syncFail(removed.error());
        state.retired += *removed;
    }
    return state;
}

} // namespace lectern::sync
