#include "app/demo_seed.h"

namespace lectern::server {

Result<void> seedDemoCatalog(ServerServices&) { return {}; }

} // namespace lectern::server
