#include "commerce/commerce_error.h"

namespace lectern::commerce {

const char* commerceErrorCodeName(CommerceErrorCode code)
{
    switch (code) {
    case CommerceErrorCode::SignInRequired: return "sign_in_required";
    case CommerceErrorCode::Network: return "network";
    case CommerceErrorCode::Rejected: return "rejected";
    case CommerceErrorCode::ServerKeyChanged: return "server_key_changed";
    case CommerceErrorCode::NoPinnedKey: return "no_pinned_key";
    case CommerceErrorCode::Storage: return "storage";
    case CommerceErrorCode::Cancelled: return "cancelled";
    }
    return "network";
}

std::string CommerceError::describe() const
{
    std::string text = commerceErrorCodeName(code);
    if (code == CommerceErrorCode::ServerKeyChanged)
        text = "server key changed";
    if (api)
        text += ": " + api->describe();
    if (storage)
        text += std::string(": ") + errorCodeName(storage->code) + " " + storage->detail;
    if (!detail.empty())
        text += ": " + detail;
    return text;
}

std::unexpected<CommerceError> commerceFail(CommerceErrorCode code, std::string detail)
{
    CommerceError error;
    error.code = code;
    error.detail = std::move(detail);
    return std::unexpected(std::move(error));
}

std::unexpected<CommerceError> commerceFail(net::ApiError apiError)
{
    CommerceError error;
    switch (apiError.code) {
    case net::ApiErrorCode::Unauthorized: error.code = CommerceErrorCode::SignInRequired; break;
    case net::ApiErrorCode::Cancelled: error.code = CommerceErrorCode::Cancelled; break;
    case net::ApiErrorCode::Forbidden:
    case net::ApiErrorCode::NotFound:
    case net::ApiErrorCode::Conflict:
    case net::ApiErrorCode::Rejected: error.code = CommerceErrorCode::Rejected; break;
    default: error.code = CommerceErrorCode::Network; break;
    }
    error.api = std::move(apiError);
    return std::unexpected(std::move(error));
}

std::unexpected<CommerceError> commerceFail(Error storageError)
{
    CommerceError error;
    error.code = CommerceErrorCode::Storage;
    error.storage = std::move(storageError);
    return std::unexpected(std::move(error));
}

} // namespace lectern::commerce
