// The one error shape of the API: {"error": {"code", "message", "field"?}}.
#pragma once

#include <expected>
#include <string>

#include <nlohmann/json.hpp>

#include "util/error.h"

namespace lectern::server {

struct ApiError {
    int status = 500;
    std::string code = "internal";
    std::string message = "internal error";
    std::string field;                 // set when one input field is at fault
    std::int64_t retryAfterSeconds = 0; // > 0 adds a Retry-After header (429, 503)

    [[nodiscard]] nlohmann::json toJson() const;
};

template <typename T>
using ApiResult = std::expected<T, ApiError>;

[[nodiscard]] inline std::unexpected<ApiError> apiError(int status, std::string code, std::string message,
                                                        std::string field = {})
{
    return std::unexpected(ApiError{status, std::move(code), std::move(message), std::move(field), 0});
}

[[nodiscard]] inline std::unexpected<ApiError> notFound(std::string what = "not found")
{
    return apiError(404, "not_found", std::move(what));
}

// For storage failures: the detail goes to the log, never to the client.
[[nodiscard]] std::unexpected<ApiError> internalError(const std::string& logDetail);

// A core/store error as the client sees it: a busy database is 503 with
// Retry-After (try again shortly); anything else is a logged 500.
[[nodiscard]] std::unexpected<ApiError> storeError(const Error& error);

} // namespace lectern::server
