#include "net/net_error.h"

#include <charconv>

#include <nlohmann/json.hpp>

#include "net/http_client.h"

namespace lectern::net {

const char* apiErrorCodeName(ApiErrorCode code)
{
    switch (code) {
    case ApiErrorCode::Offline: return "offline";
    case ApiErrorCode::Timeout: return "timeout";
    case ApiErrorCode::Cancelled: return "cancelled";
    case ApiErrorCode::Network: return "network";
    case ApiErrorCode::Tls: return "tls";
    case ApiErrorCode::Unauthorized: return "unauthorized";
    case ApiErrorCode::Forbidden: return "forbidden";
    case ApiErrorCode::NotFound: return "not_found";
    case ApiErrorCode::Conflict: return "conflict";
    case ApiErrorCode::RateLimited: return "rate_limited";
    case ApiErrorCode::ServerError: return "server_error";
    case ApiErrorCode::Rejected: return "rejected";
    case ApiErrorCode::BadResponse: return "bad_response";
    case ApiErrorCode::InvalidRequest: return "invalid_request";
    }
    return "unknown";
}

bool isTransient(ApiErrorCode code)
{
    switch (code) {
    case ApiErrorCode::Offline:
    case ApiErrorCode::Timeout:
    case ApiErrorCode::Network:
    case ApiErrorCode::RateLimited:
    case ApiErrorCode::ServerError: return true;
    default: return false;
    }
}

std::string ApiError::describe() const
{
    std::string text = apiErrorCodeName(code);
    if (httpStatus != 0 || !serverCode.empty()) {
        text += " (";
        if (httpStatus != 0)
            text += std::to_string(httpStatus);
        if (!serverCode.empty())
            text += (httpStatus != 0 ? " " : "") + serverCode;
        text += ")";
    }
    if (!message.empty())
        text += ": " + message;
    if (!field.empty())
        text += " [field " + field + "]";
    if (!detail.empty())
        text += (message.empty() ? ": " : "; ") + detail;
    if (retryAfter)
        text += " (retry after " + std::to_string(retryAfter->count()) + " s)";
    return text;
}

std::optional<std::chrono::seconds> parseRetryAfter(std::string_view value)
{
    while (!value.empty() && (value.front() == ' ' || value.front() == '\t'))
        value.remove_prefix(1);
    while (!value.empty() && (value.back() == ' ' || value.back() == '\t'))
        value.remove_suffix(1);
    std::int64_t seconds = 0;
    const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), seconds);
    if (value.empty() || ec != std::errc{} || end != value.data() + value.size() || seconds < 0)
        return std::nullopt;
    return std::chrono::seconds(seconds);
}

ApiError errorFromResponse(const HttpResponse& response)
{
    ApiError error;
    error.httpStatus = response.status;
    const int status = response.status;
    if (status == 401)
        error.code = ApiErrorCode::Unauthorized;
    else if (status == 403)
        error.code = ApiErrorCode::Forbidden;
    else if (status == 404)
        error.code = ApiErrorCode::NotFound;
    else if (status == 409)
        error.code = ApiErrorCode::Conflict;
    else if (status == 429)
        error.code = ApiErrorCode::RateLimited;
    else if (status >= 500 && status < 600)
        error.code = ApiErrorCode::ServerError;
    else if (status >= 400 && status < 500)
        error.code = ApiErrorCode::Rejected;
    else
        error.code = ApiErrorCode::BadResponse; // 1xx/3xx/2xx where an error was expected: not our protocol

    if (auto retry = response.headers.get("Retry-After"))
        error.retryAfter = parseRetryAfter(*retry);

    // The server's error shape, when the body has it. A proxy's HTML error page
    // simply leaves the server fields empty; the status still explains it.
    const auto parsed = nlohmann::json::parse(response.body, nullptr, false);
    if (parsed.is_object()) {
        const auto it = parsed.find("error");
        if (it != parsed.end() && it->is_object()) {
            auto text = [&](const char* key) {
                const auto found = it->find(key);
                return found != it->end() && found->is_string() ? found->get<std::string>() : std::string();
            };
            error.serverCode = text("code");
            error.message = text("message");
            error.field = text("field");
        }
    }
    if (error.code == ApiErrorCode::BadResponse)
        error.detail = "unexpected HTTP status " + std::to_string(status);
    return error;
}

} // namespace lectern::net
