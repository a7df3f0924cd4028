#include "http/router.h"

#include <cstdio>

#include "protocol/json_reader.h"
#include "util/uuid.h"

namespace lectern::server {

namespace {

std::vector<std::string> splitPath(const std::string& path)
{
    std::vector<std::string> segments;
    std::size_t start = 0;
    while (start <= path.size()) {
        const std::size_t end = path.find('/', start);
        const std::string segment = path.substr(start, end == std::string::npos ? std::string::npos : end - start);
        if (!segment.empty())
            segments.push_back(segment);
        if (end == std::string::npos)
            break;
        start = end + 1;
    }
    return segments;
}

bool isParameter(const std::string& segment) { return segment.size() > 2 && segment.front() == '{' && segment.back() == '}'; }

bool endsWith(const std::string& text, const std::string& suffix)
{
    return text.size() >= suffix.size() && text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

std::string fieldErrorCode(protocol::JsonFieldError::Kind kind)
{
    switch (kind) {
    case protocol::JsonFieldError::Kind::Missing: return "missing_field";
    case protocol::JsonFieldError::Kind::Unknown: return "unknown_field";
    case protocol::JsonFieldError::Kind::Invalid: break;
    }
    return "invalid_field";
}

} // namespace

ApiResponse errorResponse(const ApiError& error)
{
    ApiResponse response = ApiResponse::ok(error.toJson(), error.status);
    if (error.retryAfterSeconds > 0)
        response.headers.emplace_back("Retry-After", std::to_string(error.retryAfterSeconds));
    return response;
}

void Router::add(std::string method, const std::string& pattern, RouteOptions options, Handler handler)
{
    m_routes.push_back(Route{std::move(method), splitPath(pattern), std::move(options), std::move(handler)});
}

ApiResult<ApiResponse> Router::dispatch(ApiRequest& request) const
{
    const auto segments = splitPath(request.path);
    const Route* found = nullptr;
    bool pathMatched = false;
    for (const Route& route : m_routes) {
        if (route.segments.size() != segments.size())
            continue;
        bool match = true;
        for (std::size_t i = 0; i < segments.size() && match; ++i)
            match = isParameter(route.segments[i]) || route.segments[i] == segments[i];
        if (!match)
            continue;
        pathMatched = true;
        if (route.method == request.method) {
            found = &route;
            break;
        }
    }
    if (!found) {
        if (pathMatched)
            return apiError(405, "method_not_allowed", request.method + " is not supported here");
        return notFound("no such endpoint");
    }

    for (std::size_t i = 0; i < segments.size(); ++i) {
        const std::string& name = found->segments[i];
        if (!isParameter(name))
            continue;
        const std::string key = name.substr(1, name.size() - 2);
        if ((key == "id" || endsWith(key, "_id")) && !uuid::isCanonical(segments[i]))
            return apiError(400, "invalid_id", key + " must be a lower-case UUID", key);
        request.params[key] = segments[i];
    }

    if (found->options.authenticated) {
        const std::string authorization = request.header("Authorization");
        static const std::string kBearer = "Bearer ";
        if (authorization.size() <= kBearer.size() || authorization.compare(0, kBearer.size(), kBearer) != 0
            || !m_authenticator)
            return apiError(401, "unauthorized", "sign in first (missing bearer token)");
        auto user = m_authenticator(authorization.substr(kBearer.size()));
        if (!user)
            return std::unexpected(user.error());
        if (!found->options.anyOfRoles.empty()) {
            bool allowed = false;
            for (Role role : found->options.anyOfRoles)
                allowed = allowed || user->has(role);
            if (!allowed)
                return apiError(403, "forbidden", "your account's role does not allow this");
        }
        request.user = std::move(*user);
    }

    if (found->options.jsonBody) {
        if (request.body.empty()) {
            request.json = nlohmann::json::object();
        } else {
            const std::string type = request.header("Content-Type");
            if (type.rfind("application/json", 0) != 0)
                return apiError(415, "unsupported_media_type", "send the body as application/json");
            request.json = nlohmann::json::parse(request.body, nullptr, false);
            if (request.json.is_discarded())
                return apiError(400, "invalid_json", "the body is not valid JSON");
            if (!request.json.is_object())
                return apiError(400, "invalid_json", "the body must be a JSON object");
        }
    }

    try {
        return found->handler(request);
    } catch (const protocol::JsonFieldError& error) {
        return apiError(400, fieldErrorCode(error.kind), error.path + ": " + error.message, error.path);
    }
}

ApiResponse Router::handle(ApiRequest request) const
{
    try {
        auto result = dispatch(request);
        if (!result)
            return errorResponse(result.error());
        return std::move(*result);
    } catch (const std::exception& error) {
        std::fprintf(stderr, "lectern-server: unhandled exception on %s %s: %s\n", request.method.c_str(),
                     request.path.c_str(), error.what());
    } catch (...) {
        std::fprintf(stderr, "lectern-server: unhandled exception on %s %s\n", request.method.c_str(),
                     request.path.c_str());
    }
    return errorResponse(ApiError{});
}

} // namespace lectern::server
