#include "app/route_registry.h"

namespace lectern::server {

void registerSyncRoutes(Router&, ServerServices&) {}

} // namespace lectern::server
