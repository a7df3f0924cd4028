// Storage on SQLite: a unit of work is one pooled connection inside
// BEGIN IMMEDIATE … COMMIT (write) or BEGIN DEFERRED … COMMIT (read). SQLite
// has one writer at a time, which is exactly Storage's "write units never
// interleave" contract.
#pragma once

#include "storage/sqlite/connection_pool.h"
#include "storage/storage.h"

namespace lectern::server::sqlite {

class SqliteStorage final : public Storage {
public:
    explicit SqliteStorage(ConnectionPool& pool)
        : m_pool(pool)
    {
    }

    [[nodiscard]] ApiResult<void> write(const UnitOfWork& work) override;
    [[nodiscard]] ApiResult<void> read(const UnitOfWork& work) override;

private:
    ConnectionPool& m_pool;
};

} // namespace lectern::server::sqlite
