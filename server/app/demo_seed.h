// `lectern-server --demo`: the demo catalog, generated lesson media, plans and
// coupons, and three demo accounts. Idempotent: a second start adds nothing.
#pragma once

#include "app/server_services.h"

namespace lectern::server {

[[nodiscard]] Result<void> seedDemo(ServerServices& services);

// Parts, each in its area.
[[nodiscard]] Result<void> seedDemoAccounts(ServerServices& services);     // accounts/demo_accounts.cpp
[[nodiscard]] Result<void> seedDemoCatalog(ServerServices& services);      // catalog/demo_catalog_seed.cpp
[[nodiscard]] Result<void> seedDemoCommerce(ServerServices& services);     // commerce/demo_commerce_seed.cpp

} // namespace lectern::server
