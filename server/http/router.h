// Routes requests to handlers and applies what every endpoint shares: path
// parameters (ids validated as UUIDs), bearer authentication and roles, strict
// JSON bodies, and the one error shape. handle() never throws and needs no
// socket, so tests drive the whole API through it.
#pragma once

#include <string>
#include <vector>

#include "http/api_types.h"

namespace lectern::server {

struct RouteOptions {
    bool authenticated = false;
    std::vector<Role> anyOfRoles; // empty: any signed-in user (when authenticated)
    bool jsonBody = false;        // the body must be a JSON object (415 / 400 otherwise)
};

class Router final {
public:
    // Resolves a bearer token to its user, or a 401.
    using Authenticator = std::function<ApiResult<AuthUser>(const std::string& token)>;

    void setAuthenticator(Authenticator authenticator) { m_authenticator = std::move(authenticator); }

    // pattern: "/v1/orders/{id}/payments"; a parameter whose name ends in "id"
    // must be a canonical UUID, else 400 invalid_id.
    void add(std::string method, const std::string& pattern, RouteOptions options, Handler handler);

    [[nodiscard]] ApiResponse handle(ApiRequest request) const;

private:
    struct Route {
        std::string method;
        std::vector<std::string> segments; // "{name}" for parameters
        RouteOptions options;
        Handler handler;
    };

    [[nodiscard]] ApiResult<ApiResponse> dispatch(ApiRequest& request) const;

    std::vector<Route> m_routes;
    Authenticator m_authenticator;
};

[[nodiscard]] ApiResponse errorResponse(const ApiError& error);

} // namespace lectern::server
