#include "net/api_client.h"

#include <cstdint>
#include <utility>

#include <nlohmann/json.hpp>

namespace lectern::net {

namespace {

using nlohmann::json;

struct JsonAnswer {
    int status = 0;
    json body;
};

ApiError badResponse(int status, std::string detail)
{
    ApiError error;
    error.code = ApiErrorCode::BadResponse;
    error.httpStatus = status;
    error.detail = std::move(detail);
    return error;
}

// Sends; a transport failure or a non-2xx answer becomes its ApiError; a 2xx
// must be JSON by Content-Type and by content.
ApiResult<JsonAnswer> exchangeJson(HttpClient& http, const HttpRequest& request, const CancelToken* cancel)
{
    auto response = http.send(request, cancel);
    if (!response)
        return std::unexpected(std::move(response.error()));
    if (!response->isSuccess())
        return std::unexpected(errorFromResponse(*response));
    const auto contentType = response->headers.get("Content-Type");
    if (!contentType || !isJsonContentType(*contentType))
        return std::unexpected(badResponse(response->status, "expected a JSON body, got Content-Type "
                                                                 + contentType.value_or("(none)")));
    json parsed = json::parse(response->body, nullptr, false);
    if (parsed.is_discarded())
        return std::unexpected(badResponse(response->status, "malformed JSON body"));
    return JsonAnswer{response->status, std::move(parsed)};
}

// Exchanges and reads the body with `parse` (a protocol::parse* function).
template <typename Parse>
auto call(HttpClient& http, const HttpRequest& request, const CancelToken* cancel, Parse parse)
    -> ApiResult<typename decltype(parse(std::declval<const json&>()))::value_type>
{
    auto answer = exchangeJson(http, request, cancel);
    if (!answer)
        return std::unexpected(std::move(answer.error()));
    auto parsed = parse(answer->body);
    if (!parsed)
        return std::unexpected(badResponse(answer->status, "response " + parsed.error().describe()));
    return std::move(*parsed);
}

} // namespace

bool isJsonContentType(std::string_view contentType)
{
    std::string_view type = contentType.substr(0, contentType.find(';'));
    while (!type.empty() && (type.back() == ' ' || type.back() == '\t'))
        type.remove_suffix(1);
    while (!type.empty() && (type.front() == ' ' || type.front() == '\t'))
        type.remove_prefix(1);
    return equalsIgnoringCase(type, "application/json");
}

ApiClient::ApiClient(HttpClient& http, std::string baseUrl)
    : m_http(http)
    , m_baseUrl(std::move(baseUrl))
{
    while (!m_baseUrl.empty() && m_baseUrl.back() == '/')
        m_baseUrl.pop_back();
}

HttpRequest ApiClient::request(HttpMethod method, std::string_view path, const std::string& accessToken) const
{
    HttpRequest request;
    request.method = method;
    request.url = m_baseUrl + std::string(path);
    request.headers.add("Accept", "application/json");
    if (!accessToken.empty())
        request.headers.add("Authorization", "Bearer " + accessToken);
    return request;
}

HttpRequest ApiClient::jsonRequest(HttpMethod method, std::string_view path, const json& body) const
{
    HttpRequest built = request(method, path);
    built.headers.add("Content-Type", "application/json");
    built.body = body.dump();
    return built;
}

ApiResult<protocol::HealthStatus> ApiClient::health(const CancelToken* cancel) const
{
    return call(m_http, request(HttpMethod::Get, "/v1/health"), cancel,
                [](const json& body) { return protocol::parseHealthStatus(body); });
}

ApiResult<protocol::ServerInfo> ApiClient::serverInfo(const CancelToken* cancel) const
{
    return call(m_http, request(HttpMethod::Get, "/v1/server-info"), cancel,
                [](const json& body) { return protocol::parseServerInfo(body); });
}

ApiResult<protocol::Session> ApiClient::registerAccount(const protocol::RegisterRequest& registration,
                                                        const CancelToken* cancel) const
{
    return call(m_http, jsonRequest(HttpMethod::Post, "/v1/accounts", protocol::toJson(registration)), cancel,
                [](const json& body) { return protocol::parseSession(body); });
}

ApiResult<protocol::Session> ApiClient::signIn(const protocol::SignInRequest& credentials,
                                               const CancelToken* cancel) const
{
    return call(m_http, jsonRequest(HttpMethod::Post, "/v1/sessions", protocol::toJson(credentials)), cancel,
                [](const json& body) { return protocol::parseSession(body); });
}

ApiResult<protocol::Session> ApiClient::refreshSession(const std::string& refreshToken, const CancelToken* cancel) const
{
    HttpRequest refresh = jsonRequest(HttpMethod::Post, "/v1/sessions/refresh",
                                      protocol::toJson(protocol::RefreshRequest{refreshToken}));
    refresh.idempotent = false; // explicit: see the header
    return call(m_http, refresh, cancel, [](const json& body) { return protocol::parseSession(body); });
}

ApiResult<void> ApiClient::signOut(const std::string& accessToken, const CancelToken* cancel) const
{
    auto response = m_http.send(request(HttpMethod::Delete, "/v1/sessions/current", accessToken), cancel);
    if (!response)
        return std::unexpected(std::move(response.error()));
    if (!response->isSuccess())
        return std::unexpected(errorFromResponse(*response));
    return {};
}

ApiResult<protocol::UserProfile> ApiClient::me(const std::string& accessToken, const CancelToken* cancel) const
{
    return call(m_http, request(HttpMethod::Get, "/v1/me", accessToken), cancel, [](const json& body) {
        // {"user": {…}}
        if (!body.is_object() || !body.contains("user"))
            return std::expected<protocol::UserProfile, protocol::ParseError>(
                std::unexpected(protocol::ParseError{"user", "is required"}));
        return protocol::parseUserProfile(body["user"], "user");
    });
}

ApiResult<protocol::CatalogPage> ApiClient::catalogChanges(const std::string& cursor, int limit,
                                                          const CancelToken* cancel) const
{
    std::string path = "/v1/catalog/changes?limit=" + std::to_string(limit);
    if (!cursor.empty())
        path += "&after=" + cursor; // cursors are decimal sequence numbers: nothing to escape
    return call(m_http, request(HttpMethod::Get, path), cancel,
                [](const json& body) { return protocol::parseCatalogPage(body); });
}

ApiResult<protocol::SyncPushResponse> ApiClient::syncPush(const std::string& accessToken,
                                                         const protocol::SyncPushRequest& push,
                                                         const CancelToken* cancel) const
{
    HttpRequest built = jsonRequest(HttpMethod::Post, "/v1/sync/push", protocol::toJson(push));
    built.headers.add("Authorization", "Bearer " + accessToken);
    // A POST, but every mutation carries an op_id the server remembers for 90
    // days and the whole push is one transaction: sending the same batch again
    // after a lost answer yields "duplicate" for what was stored and changes
    // nothing. So it is safe to retry, and the key (a hash of the op_ids) says
    // so to the retry layer; the server ignores the header on this route.
    std::uint64_t hash = 14695981039346656037ULL; // FNV-1a: a label, not a security measure
    for (const protocol::SyncMutation& m : push.mutations)
        for (const char c : m.opId) {
            hash ^= static_cast<unsigned char>(c);
            hash *= 1099511628211ULL;
        }
    built.idempotencyKey = "sync-push-" + std::to_string(hash);
    built.idempotent = true;
    return call(m_http, built, cancel, [](const json& body) { return protocol::parseSyncPushResponse(body); });
}

ApiResult<protocol::SyncChangesPage> ApiClient::syncChanges(const std::string& accessToken, const std::string& cursor,
                                                            int limit, const CancelToken* cancel) const
{
    std::string path = "/v1/sync/changes?limit=" + std::to_string(limit);
    if (!cursor.empty())
        path += "&after=" + cursor; // cursors are decimal sequence numbers: nothing to escape
    return call(m_http, request(HttpMethod::Get, path, accessToken), cancel,
                [](const json& body) { return protocol::parseSyncChangesPage(body); });
}

} // namespace lectern::net
