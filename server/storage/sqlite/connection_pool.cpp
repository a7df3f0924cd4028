#include "storage/sqlite/connection_pool.h"

namespace lectern::server {

ConnectionPool::ConnectionPool(std::filesystem::path path)
    : m_path(std::move(path))
{
}

Result<std::unique_ptr<ConnectionPool>> ConnectionPool::open(const std::filesystem::path& path,
                                                             std::span<const store::Migration> migrations)
{
    auto first = store::openAndMigrate(path, migrations);
    if (!first)
        return std::unexpected(first.error());
    std::unique_ptr<ConnectionPool> pool(new ConnectionPool(path));
    pool->m_idle.push_back(std::make_unique<store::Database>(std::move(*first)));
    return pool;
}

ConnectionPool::Lease::Lease(ConnectionPool& pool, std::unique_ptr<store::Database> db)
    : m_pool(&pool)
    , m_db(std::move(db))
{
}

ConnectionPool::Lease::Lease(Lease&& other) noexcept
    : m_pool(other.m_pool)
    , m_db(std::move(other.m_db))
{
}

ConnectionPool::Lease::~Lease()
{
    if (m_db)
        m_pool->release(std::move(m_db));
}

Result<ConnectionPool::Lease> ConnectionPool::acquire()
{
    {
        std::lock_guard lock(m_mutex);
        if (!m_idle.empty()) {
            auto db = std::move(m_idle.back());
            m_idle.pop_back();
            return Lease(*this, std::move(db));
        }
    }
    auto db = store::Database::open(m_path);
    if (!db)
        return std::unexpected(db.error());
    return Lease(*this, std::make_unique<store::Database>(std::move(*db)));
}

void ConnectionPool::release(std::unique_ptr<store::Database> db)
{
    std::lock_guard lock(m_mutex);
    if (m_idle.size() < 16)
        m_idle.push_back(std::move(db));
}

} // namespace lectern::server
