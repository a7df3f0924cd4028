#include "storage/sqlite/sqlite_storage.h"

#include <optional>

#include "storage/sqlite/sqlite_account_store.h"
#include "storage/sqlite/sqlite_catalog_store.h"
#include "storage/sqlite/sqlite_commerce_store.h"
#include "storage/sqlite/sqlite_entitlement_store.h"
#include "storage/sqlite/sqlite_media_store.h"
#include "storage/sqlite/sqlite_sync_store.h"
#include "storage/sqlite/sql.h"

namespace lectern::server::sqlite {

namespace {

// The stores of one unit of work, all on its connection. They hold only a
// reference to it, so making all of them per unit costs nothing.
class SqliteTransaction final : public StoreTransaction {
public:
    explicit SqliteTransaction(store::Database& db)
        : m_db(db)
        , m_accounts(db)
        , m_catalog(db)
        , m_commerce(db)
        , m_entitlements(db)
        , m_media(db)
    {
    }

    AccountStore& accounts() override { return m_accounts; }
    CatalogStore& catalog() override { return m_catalog; }
    CommerceStore& commerce() override { return m_commerce; }
    EntitlementStore& entitlements() override { return m_entitlements; }
    MediaStore& media() override { return m_media; }
    std::unique_ptr<sync::SyncStore> sync(const std::string& userId) override
    {
        return std::make_unique<SqliteSyncStore>(m_db, userId);
    }

private:
    store::Database& m_db;
    SqliteAccountStore m_accounts;
    SqliteCatalogStore m_catalog;
    SqliteCommerceStore m_commerce;
    SqliteEntitlementStore m_entitlements;
    SqliteMediaStore m_media;
};

} // namespace

ApiResult<void> SqliteStorage::write(const UnitOfWork& work)
{
    auto lease = m_pool.acquire();
    if (!lease)
        return storeError(lease.error());
    // The unit's own ApiError rolls back and is returned as is; a failing
    // BEGIN/COMMIT (a busy database) becomes 503 through storeError.
    std::optional<ApiError> failure;
    auto written = lease->db().transaction([&]() -> Result<void> {
        SqliteTransaction tx(lease->db());
        if (auto ok = work(tx); !ok) {
            failure = std::move(ok.error());
            return fail(ErrorCode::InvalidArgument, "rolled back"); // the API error is in failure
        }
        return {};
    });
    if (failure)
        return std::unexpected(std::move(*failure));
    if (!written)
        return storeError(written.error());
    return {};
}

ApiResult<void> SqliteStorage::read(const UnitOfWork& work)
{
    auto lease = m_pool.acquire();
    if (!lease)
        return storeError(lease.error());
    store::Database& db = lease->db();
    // WAL: a deferred transaction reads one snapshot and never blocks the writer.
    // BEGIN and COMMIT are cached statements of the connection, so a read does
    // not parse them again every time (Database::exec prepares what it runs).
    if (auto begun = execute(db, "BEGIN DEFERRED"); !begun)
        return begun;
    SqliteTransaction tx(db);
    auto outcome = work(tx);
    (void)execute(db, outcome ? "COMMIT" : "ROLLBACK"); // nothing was written: either ends the snapshot
    return outcome;
}

} // namespace lectern::server::sqlite
