#include "http/api_error.h"

#include <cstdio>

namespace lectern::server {

nlohmann::json ApiError::toJson() const
{
    nlohmann::json error{{"code", code}, {"message", message}};
    if (!field.empty())
        error["field"] = field;
    return nlohmann::json{{"error", std::move(error)}};
}

std::unexpected<ApiError> internalError(const std::string& logDetail)
{
    std::fprintf(stderr, "lectern-server: internal error: %s\n", logDetail.c_str());
    return std::unexpected(ApiError{500, "internal", "internal error", {}, 0});
}

std::unexpected<ApiError> storeError(const Error& error)
{
    if (error.code == ErrorCode::DatabaseBusy)
        return std::unexpected(ApiError{503, "busy", "the server is busy; try again shortly", {}, 1});
    return internalError(std::string(errorCodeName(error.code)) + ": " + error.detail);
}

} // namespace lectern::server
