// SQLite connections for the server's worker threads: one connection per
// concurrent request, reused. WAL lets readers run beside the single writer.
#pragma once

#include <filesystem>
#include <memory>
#include <mutex>
#include <span>
#include <vector>

#include "store/database.h"
#include "store/migrations.h"

namespace lectern::server {

class ConnectionPool final {
public:
    // Opens the database, migrating it to `migrations` (refusing a newer schema).
    [[nodiscard]] static Result<std::unique_ptr<ConnectionPool>> open(const std::filesystem::path& path,
                                                                      std::span<const store::Migration> migrations);

    class Lease final {
    public:
        Lease(ConnectionPool& pool, std::unique_ptr<store::Database> db);
        Lease(Lease&& other) noexcept;
        Lease& operator=(Lease&&) = delete;
        Lease(const Lease&) = delete;
        ~Lease();
        store::Database& db() { return *m_db; }
        store::Database* operator->() { return m_db.get(); }

    private:
        ConnectionPool* m_pool;
        std::unique_ptr<store::Database> m_db;
    };

    [[nodiscard]] Result<Lease> acquire();

private:
    explicit ConnectionPool(std::filesystem::path path);
    void release(std::unique_ptr<store::Database> db);

    std::filesystem::path m_path;
    std::mutex m_mutex;
    std::vector<std::unique_ptr<store::Database>> m_idle;
};

} // namespace lectern::server
