#include "app/demo_seed.h"
#include "app/route_registry.h"

namespace lectern::server {

Result<void> prepareCommerce(ServerServices&) { return {}; }

void registerCommerceRoutes(Router&, ServerServices&) {}

Result<void> seedDemoCommerce(ServerServices&) { return {}; }

} // namespace lectern::server
