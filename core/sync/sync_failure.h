// Why a sync run stopped: the network/server side (a typed ApiError the UI
// explains) or the local store. Either way nothing local was lost.
#pragma once

#include <expected>
#include <string>
#include <variant>

#include "net/net_error.h"
#include "util/error.h"

namespace lectern::sync {

struct SyncFailure {
    std::variant<net::ApiError, Error> cause;

    [[nodiscard]] bool isNetwork() const { return std::holds_alternative<net::ApiError>(cause); }
    [[nodiscard]] const net::ApiError* network() const { return std::get_if<net::ApiError>(&cause); }
    [[nodiscard]] const Error* local() const { return std::get_if<Error>(&cause); }
    [[nodiscard]] std::string describe() const;
};

template <typename T>
using SyncResult = std::expected<T, SyncFailure>;

[[nodiscard]] inline std::unexpected<SyncFailure> syncFail(net::ApiError error)
{
    return std::unexpected(SyncFailure{std::move(error)});
}
[[nodiscard]] inline std::unexpected<SyncFailure> syncFail(Error error)
{
    return std::unexpected(SyncFailure{std::move(error)});
}

} // namespace lectern::sync
