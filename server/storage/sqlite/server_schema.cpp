#include "storage/sqlite/server_schema.h"

namespace lectern::server {

std::span<const store::Migration> serverMigrations()
{
    static const store::Migration migrations[] = {
        {1, kAccountsSchema},
        {2, kCatalogSchema},
        {3, kCommerceSchema},
        {4, kSyncSchema},
        {5, kPurchasesSchema},
    };
    return migrations;
}

} // namespace lectern::server
