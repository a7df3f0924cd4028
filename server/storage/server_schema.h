// lectern-server's schema: one migration step per area, in a fixed order. Each
// area owns its SQL (accounts/accounts_schema.cpp, …). Append steps; never edit
// a step that has shipped.
#pragma once

#include <span>
#include <string_view>

#include "store/migrations.h"

namespace lectern::server {

extern const std::string_view kAccountsSchema; // accounts/accounts_schema.cpp
extern const std::string_view kCatalogSchema;  // catalog/catalog_schema.cpp
extern const std::string_view kCommerceSchema; // commerce/commerce_schema.cpp
extern const std::string_view kSyncSchema;     // sync/sync_schema.cpp

[[nodiscard]] std::span<const store::Migration> serverMigrations();

} // namespace lectern::server
