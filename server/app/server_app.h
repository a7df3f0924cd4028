// The whole server minus the socket: storage, services and routes. main.cpp puts
// it on the network; tests call router().handle() directly.
#pragma once

#include <memory>

#include "app/server_services.h"
#include "http/router.h"
#include "storage/sqlite/connection_pool.h"

namespace lectern::server {

class ServerApp final {
public:
    ServerApp(ServerConfig config, const Clock& clock);
    ~ServerApp();

    // Opens (creating, migrating) the store and registers every route.
    [[nodiscard]] Result<void> open();

    [[nodiscard]] const Router& router() const { return m_router; }
    [[nodiscard]] ServerServices& services() { return *m_services; }
    [[nodiscard]] const ServerConfig& config() const { return m_config; }
    // The SQLite file behind the stores, for tests that inspect what is stored.
    [[nodiscard]] ConnectionPool& sqlitePool() { return *m_pool; }

private:
    ServerConfig m_config;
    const Clock& m_clock;
    std::unique_ptr<ConnectionPool> m_pool;
    std::unique_ptr<Storage> m_storage; // SQLite; the only backend-specific member besides m_pool
    std::unique_ptr<AccountService> m_accounts;
    std::unique_ptr<CatalogService> m_catalog;
    std::unique_ptr<MediaLibrary> m_media;
    std::unique_ptr<EntitlementService> m_entitlements;
    std::unique_ptr<OrderService> m_orders;
    std::unique_ptr<ServerServices> m_services;
    Router m_router;
};

} // namespace lectern::server
