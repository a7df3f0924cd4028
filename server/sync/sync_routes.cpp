// HTTP for user-data sync (docs/api.md "User-data sync"): request shape and
// query parsing here, everything else in SyncService.
#include <memory>

#include "app/route_registry.h"
#include "protocol/json_reader.h"
#include "sync/sync_service.h"
#include "sync/sync_types.h"

namespace lectern::server {

namespace {

// A cursor is a seq this server issued: a plain decimal, no sign, no leading zeros.
std::optional<std::int64_t> parseCursor(const std::string& text)
{
    if (text.empty() || text.size() > 18 || (text.size() > 1 && text.front() == '0'))
        return std::nullopt;
    std::int64_t value = 0;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return value;
}

} // namespace

void registerSyncRoutes(Router& router, ServerServices& services)
{
    // Shared by both handlers; lives as long as the router's copies of them.
    auto sync = std::make_shared<sync::SyncService>(services.storage, services.clock);

    router.add("POST", "/v1/sync/push", {.authenticated = true, .jsonBody = true},
               [sync](const ApiRequest& request) -> ApiResult<ApiResponse> {
                   protocol::JsonObjectReader in(request.json, "");
                   const std::string deviceId = in.id("device_id");
                   const auto& mutations = in.array("mutations", 0, sync::kMaxMutationsPerPush);
                   in.finish();
                   auto results = sync->push(request.user->id, deviceId, mutations);
                   if (!results)
                       return std::unexpected(results.error());
                   return ApiResponse::ok({{"results", std::move(*results)}});
               });

    router.add("GET", "/v1/sync/changes", {.authenticated = true},
               [sync](const ApiRequest& request) -> ApiResult<ApiResponse> {
                   std::int64_t after = 0;
                   if (const auto text = request.queryValue("after")) {
                       const auto cursor = parseCursor(*text);
                       if (!cursor)
                           return apiError(400, "invalid_cursor", "after: not a cursor this server issued", "after");
                       after = *cursor;
                   }
                   std::int64_t limit = sync::kDefaultPullLimit;
                   if (const auto text = request.queryValue("limit")) {
                       const auto parsed = parseCursor(*text); // same shape: a plain decimal
                       if (!parsed || *parsed < 1 || *parsed > sync::kMaxPullLimit)
                           return apiError(400, "invalid_field",
                                           "limit: must be an integer from 1 to " + std::to_string(sync::kMaxPullLimit),
                                           "limit");
                       limit = *parsed;
                   }
                   auto page = sync->changes(request.user->id, after, limit);
                   if (!page)
                       return std::unexpected(page.error());
                   return ApiResponse::ok({{"changes", std::move(page->changes)},
                                           {"next_cursor", std::to_string(page->nextCursor)},
                                           {"has_more", page->hasMore}});
               });
}

} // namespace lectern::server
