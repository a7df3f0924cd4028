// Requests and responses as handlers see them: plain values, no sockets, so
// handlers are testable by calling Router::handle() directly.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "http/api_error.h"

namespace lectern::server {

enum class Role { Learner, Instructor, Reviewer };

struct AuthUser {
    std::string id;
    std::string sessionId;
    std::vector<Role> roles;
    [[nodiscard]] bool has(Role role) const;
};

struct CaseInsensitiveLess {
    bool operator()(const std::string& a, const std::string& b) const;
};

struct ApiRequest {
    std::string method; // "GET", "POST", …
    std::string path;   // "/v1/catalog/courses/…", without the query
    std::map<std::string, std::string> params;                    // named path segments: {id}
    std::multimap<std::string, std::string> query;                // decoded query parameters
    std::multimap<std::string, std::string, CaseInsensitiveLess> headers;
    std::string body;
    nlohmann::json json;            // the parsed body when it is JSON, else null
    std::string clientAddress;
    std::optional<AuthUser> user;   // set by the router for authenticated routes

    [[nodiscard]] std::string header(const std::string& name) const;          // "" when absent
    [[nodiscard]] std::optional<std::string> queryValue(const std::string& name) const;
};

// A body streamed in chunks (media): read(offset, length, out) appends bytes.
struct BodyStream {
    std::uint64_t length = 0;
    std::function<bool(std::uint64_t offset, std::uint64_t length, std::string& out)> read;
};

struct ApiResponse {
    int status = 200;
    nlohmann::json json;                  // sent when stream is empty and rawBody is empty
    std::string rawBody;                  // sent as-is with contentType
    std::string contentType = "application/json";
    std::shared_ptr<BodyStream> stream;   // media bodies
    std::vector<std::pair<std::string, std::string>> headers;

    static ApiResponse ok(nlohmann::json body, int status = 200);
    static ApiResponse noContent();
};

using Handler = std::function<ApiResult<ApiResponse>(const ApiRequest&)>;

} // namespace lectern::server
