#include "app/server_app.h"

#include "accounts/account_service.h"
#include "app/route_registry.h"
#include "catalog/catalog_service.h"
#include "commerce/entitlement_service.h"
#include "commerce/order_service.h"
#include "media/media_library.h"
#include "storage/sqlite/server_schema.h"
#include "storage/sqlite/sqlite_storage.h"

namespace lectern::server {

ServerApp::ServerApp(ServerConfig config, const Clock& clock)
    : m_config(std::move(config))
    , m_clock(clock)
{
}

ServerApp::~ServerApp() = default;

Result<void> ServerApp::open()
{
    std::error_code ec;
    std::filesystem::create_directories(m_config.dataDir, ec);
    if (ec)
        return fail(ErrorCode::Io, "cannot create " + m_config.dataDir.string() + ": " + ec.message());
    auto pool = ConnectionPool::open(m_config.dataDir / "lectern-server.db", serverMigrations());
    if (!pool)
        return std::unexpected(pool.error());
    m_pool = std::move(*pool);
    // The one place that picks the backend: a PostgreSQL Storage would be made here instead.
    m_storage = std::make_unique<sqlite::SqliteStorage>(*m_pool);
    m_accounts = std::make_unique<AccountService>(*m_storage, m_clock);
    m_catalog = std::make_unique<CatalogService>(*m_storage, m_clock);
    m_media = std::make_unique<MediaLibrary>(*m_storage, m_config.dataDir / "media");
    m_entitlements = std::make_unique<EntitlementService>(*m_storage, m_clock, m_config.offlineLeaseDays);
    m_orders = std::make_unique<OrderService>(*m_storage, m_clock, *m_entitlements);
    m_services = std::make_unique<ServerServices>(ServerServices{m_config, m_clock, *m_storage, *m_accounts, {}});
    m_services->catalog = m_catalog.get();
    m_services->media = m_media.get();
    m_services->entitlements = m_entitlements.get();
    m_services->orders = m_orders.get();
    if (auto ok = prepareCommerce(*m_services); !ok)
        return ok;

    m_router.setAuthenticator([this](const std::string& token) { return m_accounts->authenticate(token); });
    registerHealthRoutes(m_router, *m_services);
    registerAccountRoutes(m_router, *m_services);
    registerCatalogRoutes(m_router, *m_services);
    registerMediaRoutes(m_router, *m_services);
    registerCommerceRoutes(m_router, *m_services);
    registerSyncRoutes(m_router, *m_services);
    return {};
}

} // namespace lectern::server
