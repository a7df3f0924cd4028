// The typed client of lectern-server's API (docs/api.md): builds requests from
// lectern_protocol values, reads answers strictly, and turns every failure
// into an ApiError. Holds no tokens: the account layer passes the access token
// of each call, so one ApiClient serves every thread and every profile.
#pragma once

#include <string>
#include <string_view>

#include <nlohmann/json_fwd.hpp>

#include "net/http_client.h"
#include "net/net_error.h"
#include "protocol/account_types.h"
#include "protocol/catalog_feed.h"
#include "protocol/sync_types.h"

namespace lectern::net {

inline constexpr std::string_view kDefaultServerUrl = "http://127.0.0.1:8787";

class ApiClient final {
public:
    // `http` is usually a RetryingHttpClient over a CurlHttpClient. `baseUrl`
    // is scheme, host and port ("https://lectern.example"); a trailing slash is ignored.
    explicit ApiClient(HttpClient& http, std::string baseUrl = std::string(kDefaultServerUrl));

    [[nodiscard]] const std::string& baseUrl() const { return m_baseUrl; }
    // The transport, for sibling clients of other areas (commerce::CommerceApi).
    [[nodiscard]] HttpClient& http() const { return m_http; }

    [[nodiscard]] ApiResult<protocol::HealthStatus> health(const CancelToken* cancel = nullptr) const;
    [[nodiscard]] ApiResult<protocol::ServerInfo> serverInfo(const CancelToken* cancel = nullptr) const;

    // 409 email_taken → Conflict.
    [[nodiscard]] ApiResult<protocol::Session> registerAccount(const protocol::RegisterRequest& request,
                                                               const CancelToken* cancel = nullptr) const;
    // 401 invalid_credentials → Unauthorized; 429 rate_limited → RateLimited with retryAfter.
    [[nodiscard]] ApiResult<protocol::Session> signIn(const protocol::SignInRequest& request,
                                                      const CancelToken* cancel = nullptr) const;
    // Never retried, even on a network error: the server rotates the refresh
    // token, and replaying the old one after a lost answer would revoke the
    // whole session (refresh_token_reused). The caller signs in again instead.
    [[nodiscard]] ApiResult<protocol::Session> refreshSession(const std::string& refreshToken,
                                                              const CancelToken* cancel = nullptr) const;
    [[nodiscard]] ApiResult<void> signOut(const std::string& accessToken, const CancelToken* cancel = nullptr) const;
    [[nodiscard]] ApiResult<protocol::UserProfile> me(const std::string& accessToken,
                                                      const CancelToken* cancel = nullptr) const;

    // One page of the catalog change feed after `cursor` ("" or "0": from the start).
    // 410 resync_required → Rejected with serverCode "resync_required".
    [[nodiscard]] ApiResult<protocol::CatalogPage> catalogChanges(const std::string& cursor, int limit,
                                                                  const CancelToken* cancel = nullptr) const;

    // Sends a batch of user-data mutations (at most 500). Retried like an
    // idempotent request: see syncPush in api_client.cpp.
    [[nodiscard]] ApiResult<protocol::SyncPushResponse> syncPush(const std::string& accessToken,
                                                                 const protocol::SyncPushRequest& push,
                                                                 const CancelToken* cancel = nullptr) const;
    // One page of the user's own changes after `cursor` ("" or "0": a snapshot).
    // 410 resync_required → Rejected with serverCode "resync_required".
    [[nodiscard]] ApiResult<protocol::SyncChangesPage> syncChanges(const std::string& accessToken,
                                                                   const std::string& cursor, int limit,
                                                                   const CancelToken* cancel = nullptr) const;

private:
    [[nodiscard]] HttpRequest request(HttpMethod method, std::string_view path, const std::string& accessToken = {}) const;
    [[nodiscard]] HttpRequest jsonRequest(HttpMethod method, std::string_view path, const nlohmann::json& body) const;

    HttpClient& m_http;
    std::string m_baseUrl;
};

// True when a Content-Type header value names JSON ("application/json; charset=utf-8").
[[nodiscard]] bool isJsonContentType(std::string_view contentType);

} // namespace lectern::net
