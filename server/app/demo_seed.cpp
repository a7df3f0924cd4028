#include "app/demo_seed.h"

namespace lectern::server {

Result<void> seedDemo(ServerServices& services)
{
    if (auto ok = seedDemoAccounts(services); !ok)
        return ok;
    if (auto ok = seedDemoCatalog(services); !ok)
        return ok;
    return seedDemoCommerce(services);
}

} // namespace lectern::server
