#include "sync/sync_error.h"

#include <utility>

namespace lectern::sync {

std::string SyncError::describe() const
{
    switch (code) {
    case SyncErrorCode::SignInRequired: return "sign in again to sync" + (api ? " (" + api->describe() + ")" : "");
    case SyncErrorCode::Network: return api ? api->describe() : "network error";
    case SyncErrorCode::Storage:
        return storage ? std::string("local store: ") + errorCodeName(storage->code) + ": " + storage->detail
                       : std::string("local store failed");
    case SyncErrorCode::Cancelled: return "cancelled";
    }
    return "sync failed";
}

std::unexpected<SyncError> syncFail(net::ApiError error)
{
    SyncErrorCode code = SyncErrorCode::Network;
    if (error.code == net::ApiErrorCode::Unauthorized)
        code = SyncErrorCode::SignInRequired;
    else if (error.code == net::ApiErrorCode::Cancelled)
        code = SyncErrorCode::Cancelled;
    return std::unexpected(SyncError{code, std::move(error), std::nullopt});
}

std::unexpected<SyncError> syncFail(Error storageError)
{
    return std::unexpected(SyncError{SyncErrorCode::Storage, std::nullopt, std::move(storageError)});
}

std::unexpected<SyncError> syncCancelled()
{
    return std::unexpected(SyncError{SyncErrorCode::Cancelled, std::nullopt, std::nullopt});
}

} // namespace lectern::sync
