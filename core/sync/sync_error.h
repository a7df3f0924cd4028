// Why a sync run (catalog or the learner's own data) stopped. One type for
// both engines, so the status bar, the details view and lectern-cli explain
// every failure the same way. Whatever the cause, nothing local was lost.
#pragma once

#include <expected>
#include <optional>
#include <string>

#include "net/net_error.h"
#include "util/error.h"

namespace lectern::sync {

enum class SyncErrorCode {
    SignInRequired, // the session could not be refreshed; queued changes are kept
    Network,        // offline, timeout, 5xx, malformed answer…: see api; try again later
    Storage,        // the local database failed: see storage
    Cancelled,
};

struct SyncError {
    SyncErrorCode code = SyncErrorCode::Network;
    std::optional<net::ApiError> api;  // set for SignInRequired, Network and a cancelled request
    std::optional<Error> storage;      // set for Storage

    [[nodiscard]] std::string describe() const;
};

template <typename T>
using SyncResult = std::expected<T, SyncError>;

// A failed request: 401 after the one forced refresh means "sign in again",
// a cancelled request is a cancelled run, anything else a network failure.
[[nodiscard]] std::unexpected<SyncError> syncFail(net::ApiError error);
[[nodiscard]] std::unexpected<SyncError> syncFail(Error storageError);
[[nodiscard]] std::unexpected<SyncError> syncCancelled();

} // namespace lectern::sync
