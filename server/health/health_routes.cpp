#include "app/route_registry.h"
#include "util/time_format.h"

namespace lectern::server {

void registerHealthRoutes(Router& router, ServerServices& services)
{
    router.add("GET", "/v1/health", {}, [&services](const ApiRequest&) -> ApiResult<ApiResponse> {
        return ApiResponse::ok({{"status", "ok"},
                                {"version", services.config.version},
                                {"time", timefmt::formatRfc3339(services.clock.now())}});
    });
    router.add("GET", "/v1/server-info", {}, [&services](const ApiRequest&) -> ApiResult<ApiResponse> {
        return ApiResponse::ok({{"name", "lectern-server"},
                                {"version", services.config.version},
                                {"api_version", 1},
                                {"entitlement_public_key", services.entitlementPublicKeyBase64},
                                {"offline_lease_days", services.config.offlineLeaseDays},
                                {"time", timefmt::formatRfc3339(services.clock.now())}});
    });
}

} // namespace lectern::server
