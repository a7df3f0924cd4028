// Transactions on a pooled connection with storage failures mapped to API
// errors, so a handler's body can return its own ApiError and still roll back.
#pragma once

#include <optional>
#include <utility>

#include "http/api_error.h"
#include "storage/connection_pool.h"

namespace lectern::server {

// Runs body(db) inside BEGIN IMMEDIATE … COMMIT. An ApiError from body rolls
// the transaction back and is returned as is; a busy database becomes 503.
template <typename T, typename Body>
[[nodiscard]] ApiResult<T> inTransaction(ConnectionPool& pool, Body&& body)
{
    auto lease = pool.acquire();
    if (!lease)
        return storeError(lease.error());
    std::optional<ApiResult<T>> outcome;
    auto written = lease->db().transaction([&]() -> Result<void> {
        outcome.emplace(body(lease->db()));
        if (!*outcome)
            return fail(ErrorCode::InvalidArgument, "rolled back"); // the API error is in outcome
        return {};
    });
    if (outcome && !*outcome)
        return std::move(*outcome);
    if (!written)
        return storeError(written.error());
    return std::move(*outcome);
}

} // namespace lectern::server
