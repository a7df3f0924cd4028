// Each area registers its endpoints here; ServerApp calls them in order.
#pragma once

#include "app/server_services.h"
#include "http/router.h"

namespace lectern::server {

void registerHealthRoutes(Router& router, ServerServices& services);   // health/health_routes.cpp
void registerAccountRoutes(Router& router, ServerServices& services);  // accounts/account_routes.cpp
void registerCatalogRoutes(Router& router, ServerServices& services);  // catalog/catalog_routes.cpp
void registerMediaRoutes(Router& router, ServerServices& services);    // media/media_routes.cpp
void registerCommerceRoutes(Router& router, ServerServices& services); // commerce/commerce_routes.cpp
void registerSyncRoutes(Router& router, ServerServices& services);     // sync/sync_routes.cpp

// Area start-up that must run before routes are served (keys, plans…).
[[nodiscard]] Result<void> prepareCommerce(ServerServices& services);  // commerce/commerce_routes.cpp

} // namespace lectern::server
