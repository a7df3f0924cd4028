#include "accounts/account_service.h"
#include "app/route_registry.h"
#include "protocol/json_reader.h"

namespace lectern::server {

void registerAccountRoutes(Router& router, ServerServices& services)
{
    AccountService& accounts = services.accounts;

    router.add("POST", "/v1/accounts", {.jsonBody = true}, [&accounts](const ApiRequest& request) -> ApiResult<ApiResponse> {
        protocol::JsonObjectReader in(request.json, "");
        const std::string email = in.string("email", 3, 254);
        const std::string password = in.string("password", 1, 1024);
        const std::string displayName = in.string("display_name", 1, 100);
        in.finish();
        auto session = accounts.registerUser(email, password, displayName);
        if (!session)
            return std::unexpected(session.error());
        return ApiResponse::ok(toJson(*session), 201);
    });

    router.add("POST", "/v1/sessions", {.jsonBody = true}, [&accounts](const ApiRequest& request) -> ApiResult<ApiResponse> {
        protocol::JsonObjectReader in(request.json, "");
        const std::string email = in.string("email", 1, 254);
        const std::string password = in.string("password", 1, 1024);
        const std::string device = in.string("device_name", 0, 100, false);
        in.finish();
        auto session = accounts.signIn(email, password, device, request.clientAddress);
        if (!session)
            return std::unexpected(session.error());
        return ApiResponse::ok(toJson(*session));
    });

    router.add("POST", "/v1/sessions/refresh", {.jsonBody = true},
               [&accounts](const ApiRequest& request) -> ApiResult<ApiResponse> {
                   protocol::JsonObjectReader in(request.json, "");
                   const std::string token = in.string("refresh_token", 1, 200);
                   in.finish();
                   auto session = accounts.refresh(token);
                   if (!session)
                       return std::unexpected(session.error());
                   return ApiResponse::ok(toJson(*session));
               });

    router.add("DELETE", "/v1/sessions/current", {.authenticated = true},
               [&accounts](const ApiRequest& request) -> ApiResult<ApiResponse> {
                   if (auto ok = accounts.signOut(request.user->sessionId); !ok)
                       return std::unexpected(ok.error());
                   return ApiResponse::noContent();
               });

    router.add("GET", "/v1/me", {.authenticated = true}, [&accounts](const ApiRequest& request) -> ApiResult<ApiResponse> {
        auto user = accounts.profile(request.user->id);
        if (!user)
            return std::unexpected(user.error());
        return ApiResponse::ok({{"user", toJson(*user)}});
    });
}

} // namespace lectern::server
