// Plans, coupons, orders, payments and refunds. Prices come from the server's
// catalog and plans only; money moves through a PaymentProvider.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "commerce/commerce_store.h"
#include "commerce/entitlement_service.h"
#include "commerce/payment_provider.h"
#include "http/api_types.h"
#include "storage/storage.h"
#include "util/clock.h"

namespace lectern::server {

struct OrderItemRequest {
    std::string type; // "course" | "plan"
    std::string id;
};

struct PaymentRequest {
    std::string userId;
    std::string orderId;
    std::string idempotencyKey;
    std::string requestHash; // of the canonical body: a replay must match it
    std::string provider;
    std::string cardNumber;
};

class OrderService final {
public:
    static constexpr std::int64_t kRefundWindowSeconds = 7 * 86400;
    static constexpr std::size_t kMaxItems = 50;

    OrderService(Storage& storage, const Clock& clock, EntitlementService& entitlements);

    void addProvider(std::unique_ptr<PaymentProvider> provider);

    [[nodiscard]] ApiResult<void> upsertPlan(const Plan& plan);
    [[nodiscard]] ApiResult<void> upsertCoupon(const Coupon& coupon); // keeps its use count
    [[nodiscard]] ApiResult<nlohmann::json> plans();

    // 201 body {"order": …} (and "entitlements" when it was paid at once).
    [[nodiscard]] ApiResult<nlohmann::json> create(const std::string& userId, const std::vector<OrderItemRequest>& items,
                                                   const std::optional<std::string>& couponCode);
    [[nodiscard]] ApiResult<StoredAnswer> pay(const PaymentRequest& request);
    [[nodiscard]] ApiResult<nlohmann::json> refund(const std::string& userId, const std::string& orderId,
                                                   const std::string& reason);
    [[nodiscard]] ApiResult<nlohmann::json> list(const std::string& userId);
    [[nodiscard]] ApiResult<nlohmann::json> get(const std::string& userId, const std::string& orderId);

    // End of a subscription bought at `paidAt` (calendar month/year, clamped
    // to the month's last day: Jan 31 + 1 month = Feb 28/29).
    [[nodiscard]] static std::int64_t periodEnd(std::int64_t paidAt, const std::string& period);

private:
    // The order, answered 404 when it is missing or another user's.
    [[nodiscard]] static ApiResult<OrderRecord> findOrder(CommerceStore& store, const std::string& userId,
                                                          const std::string& orderId);
    // Marks the order paid, counts its coupon and grants what it bought.
    [[nodiscard]] ApiResult<std::vector<nlohmann::json>> settle(StoreTransaction& tx, const OrderRecord& order,
                                                                std::int64_t paidAt);

    Storage& m_storage;
    const Clock& m_clock;
    EntitlementService& m_entitlements;
    std::map<std::string, std::unique_ptr<PaymentProvider>> m_providers;
};

} // namespace lectern::server
