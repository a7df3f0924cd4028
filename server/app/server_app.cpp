#include "app/server_app.h"

#include "accounts/account_service.h"
#include "app/route_registry.h"
#include "storage/server_schema.h"

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
    m_accounts = std::make_unique<AccountService>(*m_pool, m_clock);
    m_services = std::make_unique<ServerServices>(ServerServices{m_config, m_clock, *m_pool, *m_accounts, {}});
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
