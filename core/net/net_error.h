// Every failure of a network call as one typed value the UI can switch on:
// what went wrong (code), the HTTP status and the server's own error code,
// message and field when the server answered, and when to try again.
#pragma once

#include <chrono>
#include <expected>
#include <optional>
#include <string>
#include <string_view>

namespace lectern::net {

struct HttpResponse;

enum class ApiErrorCode {
    Offline,        // DNS failure, connection refused, no route: the server cannot be reached
    Timeout,        // connect timeout, or the transfer stalled below the low-speed limit
    Cancelled,      // the caller's CancelToken fired
    Network,        // the connection broke mid-way (reset, empty reply, send/receive failure)
    Tls,            // certificate not trusted, hostname mismatch, handshake failure
    Unauthorized,   // 401: serverCode says which (unauthorized, invalid_credentials, invalid_refresh_token…)
    Forbidden,      // 403 (forbidden, not_entitled)
    NotFound,       // 404
    Conflict,       // 409 (email_taken, already_owned…)
    RateLimited,    // 429: retryAfter says when
    ServerError,    // 5xx: serverCode when the server said one; retryAfter for 503
    Rejected,       // any other 4xx (400, 402, 410, 413, 422…): serverCode and field say why
    BadResponse,    // malformed JSON, wrong Content-Type, truncated body, body too large, missing field
    InvalidRequest, // the request itself could not be made (bad URL); a bug on our side
};

struct ApiError {
    ApiErrorCode code = ApiErrorCode::Network;
    int httpStatus = 0;         // 0 when no HTTP answer arrived
    std::string serverCode;     // the server's stable code ("invalid_credentials"), when it sent one
    std::string message;        // the server's English message, for logs and tooltips only
    std::string field;          // the input field at fault, when the server named one
    std::optional<std::chrono::seconds> retryAfter; // from Retry-After (429, 503)
    std::string detail;         // transport detail (libcurl's message, the JSON path that failed)

    // One line for logs and the CLI: "unauthorized (401 invalid_credentials): wrong email or password".
    [[nodiscard]] std::string describe() const;
};

template <typename T>
using ApiResult = std::expected<T, ApiError>;

[[nodiscard]] inline std::unexpected<ApiError> apiFail(ApiErrorCode code, std::string detail = {})
{
    ApiError error;
    error.code = code;
    error.detail = std::move(detail);
    return std::unexpected(std::move(error));
}

// Stable machine name, for logs and the CLI ("rate_limited").
[[nodiscard]] const char* apiErrorCodeName(ApiErrorCode code);

// True for failures that may go away by themselves, so a safe request can be
// tried again: Offline, Timeout, Network, RateLimited, ServerError.
[[nodiscard]] bool isTransient(ApiErrorCode code);

// The error an HTTP answer with a status >= 300 stands for: the code from the
// status, the server's {"error": {"code", "message", "field"}} when the body
// has that shape, Retry-After when present.
[[nodiscard]] ApiError errorFromResponse(const HttpResponse& response);

// Retry-After as delta-seconds ("120"); HTTP dates are not used by our server
// and are treated as absent. Negative or malformed → nullopt.
[[nodiscard]] std::optional<std::chrono::seconds> parseRetryAfter(std::string_view value);

} // namespace lectern::net
