// `lectern-server --demo`: the demo catalog, generated lesson media, plans and
// coupons, and three demo accounts. Idempotent: a second start adds nothing.
#pragma once

#include <cstddef>
#include <filesystem>

#include "app/server_services.h"
#include "protocol/catalog_types.h"

namespace lectern::server {

[[nodiscard]] Result<void> seedDemo(ServerServices& services);

// Publishes every instructor and course of a catalog (upserts: importing the same
// file twice changes nothing). Returns the number of courses.
[[nodiscard]] Result<std::size_t> publishCatalog(ServerServices& services, const protocol::Catalog& catalog);
// A lectern-catalog JSON file (docs/catalog-format.md), validated whole first.
[[nodiscard]] Result<std::size_t> importCatalogFile(ServerServices& services, const std::filesystem::path& file);

// Parts, each in its area.
[[nodiscard]] Result<void> seedDemoAccounts(ServerServices& services);     // accounts/demo_accounts.cpp
[[nodiscard]] Result<void> seedDemoCatalog(ServerServices& services);      // catalog/demo_catalog_seed.cpp
[[nodiscard]] Result<void> seedDemoCommerce(ServerServices& services);     // commerce/demo_commerce_seed.cpp

} // namespace lectern::server
