#pragma once

#include "commerce/entitlement_store.h"
#include "store/database.h"

namespace lectern::server::sqlite {

class SqliteEntitlementStore final : public EntitlementStore {
public:
    explicit SqliteEntitlementStore(store::Database& db)
        : m_db(db)
    {
    }

    [[nodiscard]] ApiResult<void> insert(const EntitlementRecord& record, const std::string& orderId) override;
    [[nodiscard]] ApiResult<void> revokeOrder(const std::string& orderId) override;
    [[nodiscard]] ApiResult<bool> ownsCourse(const std::string& userId, const std::string& courseId) override;
    [[nodiscard]] ApiResult<bool> hasSubscription(const std::string& userId, std::int64_t at) override;
    [[nodiscard]] ApiResult<std::optional<SubscriptionRecord>> latestSubscription(const std::string& userId) override;
    [[nodiscard]] ApiResult<void> setAutoRenew(const std::string& entitlementId, bool autoRenew) override;
    [[nodiscard]] ApiResult<std::vector<EntitlementRecord>> list(const std::string& userId) override;

private:
    store::Database& m_db;
};

} // namespace lectern::server::sqlite
