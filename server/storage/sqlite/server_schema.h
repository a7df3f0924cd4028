// lectern-server's SQLite schema: one migration step per area, in a fixed
// order, each in its own file here beside that area's SQLite store. Append
// steps; never edit a step that has shipped.
#pragma once

#include <span>
#include <string_view>

#include "store/migrations.h"

namespace lectern::server {

extern const std::string_view kAccountsSchema; // storage/sqlite/accounts_schema.cpp
extern const std::string_view kCatalogSchema;  // storage/sqlite/catalog_schema.cpp
extern const std::string_view kCommerceSchema; // storage/sqlite/commerce_schema.cpp
extern const std::string_view kSyncSchema;     // storage/sqlite/sync_schema.cpp
extern const std::string_view kPurchasesSchema; // storage/sqlite/commerce_schema.cpp (step 5)

[[nodiscard]] std::span<const store::Migration> serverMigrations();

} // namespace lectern::server
