// A read on a pooled connection, with storage failures mapped to API errors
// (the read-only sibling of inTransaction in storage/transaction.h).
#pragma once

#include "http/api_error.h"
#include "storage/connection_pool.h"

namespace lectern::server {

// No transaction: each statement reads one consistent snapshot (WAL).
template <typename T, typename Body>
[[nodiscard]] ApiResult<T> withConnection(ConnectionPool& pool, Body&& body)
{
    auto lease = pool.acquire();
    if (!lease)
        return storeError(lease.error());
    return body(lease->db());
}

} // namespace lectern::server
