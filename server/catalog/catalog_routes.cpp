#include "app/route_registry.h"

namespace lectern::server {

void registerCatalogRoutes(Router&, ServerServices&) {}

} // namespace lectern::server
