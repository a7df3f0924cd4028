#pragma once

#include "commerce/commerce_store.h"
#include "store/database.h"

namespace lectern::server::sqlite {

class SqliteCommerceStore final : public CommerceStore {
public:
    explicit SqliteCommerceStore(store::Database& db)
        : m_db(db)
    {
    }

    [[nodiscard]] ApiResult<void> upsertPlan(const Plan& plan) override;
    [[nodiscard]] ApiResult<std::vector<Plan>> plans() override;
    [[nodiscard]] ApiResult<std::optional<Plan>> findPlan(const std::string& planId) override;
    [[nodiscard]] ApiResult<void> upsertCoupon(const Coupon& coupon) override;
    [[nodiscard]] ApiResult<std::optional<CouponState>> findCoupon(const std::string& code) override;
    [[nodiscard]] ApiResult<void> countCouponUse(const std::string& code) override;
    [[nodiscard]] ApiResult<void> insertOrder(const OrderRecord& order) override;
    [[nodiscard]] ApiResult<std::optional<OrderRecord>> findOrder(const std::string& userId,
                                                                  const std::string& orderId) override;
    [[nodiscard]] ApiResult<std::vector<OrderRecord>> listOrders(const std::string& userId) override;
    [[nodiscard]] ApiResult<void> markPaid(const std::string& orderId, std::int64_t paidAt) override;
    [[nodiscard]] ApiResult<void> markRefunded(const std::string& orderId, std::int64_t refundedAt,
                                               const std::string& reason) override;
    [[nodiscard]] ApiResult<void> insertPayment(const PaymentRecord& payment) override;
    [[nodiscard]] ApiResult<std::optional<PaymentRecord>> succeededPayment(const std::string& orderId) override;
    [[nodiscard]] ApiResult<std::optional<IdempotentAnswer>> findIdempotentAnswer(const std::string& userId,
                                                                                  const std::string& key) override;
    [[nodiscard]] ApiResult<void> rememberAnswer(const std::string& userId, const std::string& key,
                                                 const std::string& requestHash, const StoredAnswer& answer,
                                                 std::int64_t at) override;

private:
    [[nodiscard]] ApiResult<void> loadLines(OrderRecord& order);

    store::Database& m_db;
};

} // namespace lectern::server::sqlite
