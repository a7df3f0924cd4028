// Why a commerce call failed, for the UI to explain. Business outcomes of a
// checkout (declined, coupon expired…) are not errors: see CheckoutOutcome.
#pragma once

#include <expected>
#include <optional>
#include <string>

#include "net/net_error.h"
#include "util/error.h"

namespace lectern::commerce {

enum class CommerceErrorCode {
    SignInRequired,   // no session, or the refresh was refused
    Network,          // offline, timeout, 5xx, malformed answer: `api` says which
    Rejected,         // the server refused the request (4xx): api->serverCode says why
    ServerKeyChanged, // the server's entitlement key differs from the one pinned at first sign-in: nothing replaced
    NoPinnedKey,      // no key pinned yet (never signed in on this profile)
    Storage,          // the local database or key file failed: `storage`
    Cancelled,
};

struct CommerceError {
    CommerceErrorCode code = CommerceErrorCode::Network;
    std::optional<net::ApiError> api;
    std::optional<Error> storage;
    std::string detail;

    // One line for logs and the CLI.
    [[nodiscard]] std::string describe() const;
};

template <typename T>
using CommerceResult = std::expected<T, CommerceError>;

[[nodiscard]] const char* commerceErrorCodeName(CommerceErrorCode code);
[[nodiscard]] std::unexpected<CommerceError> commerceFail(CommerceErrorCode code, std::string detail = {});
[[nodiscard]] std::unexpected<CommerceError> commerceFail(net::ApiError error); // maps 401/cancel/4xx/rest
[[nodiscard]] std::unexpected<CommerceError> commerceFail(Error storageError);

} // namespace lectern::commerce
