#include "app/route_registry.h"

namespace lectern::server {

void registerMediaRoutes(Router&, ServerServices&) {}

} // namespace lectern::server
