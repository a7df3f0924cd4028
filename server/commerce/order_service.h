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

#include "commerce/entitlement_service.h"
#include "commerce/payment_provider.h"
#include "http/api_types.h"
#include "storage/connection_pool.h"
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

// An answer that is stored under its idempotency key and replayed verbatim.
struct StoredAnswer {
    int status = 200;
    nlohmann::json body;
};

struct Plan {
    std::string id;
    std::string title;
    std::string period; // "month" | "year"
    std::int64_t priceMinor = 0;
    std::string currency = "CNY";
};

struct Coupon {
    std::string code;
    std::string kind; // "percent" | "fixed"
    std::int64_t value = 0;
    std::optional<std::int64_t> expiresAt;
    std::optional<std::int64_t> maxUses;
};

class OrderService final {
public:
    static constexpr std::int64_t kRefundWindowSeconds = 7 * 86400;
    static constexpr std::size_t kMaxItems = 50;

    OrderService(ConnectionPool& pool, const Clock& clock, EntitlementService& entitlements);

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
    [[nodiscard]] ApiResult<nlohmann::json> orderJson(store::Database& db, const std::string& userId,
                                                      const std::string& orderId);
    [[nodiscard]] ApiResult<std::vector<nlohmann::json>> fulfil(store::Database& db, const std::string& userId,
                                                                const std::string& orderId, std::int64_t paidAt);

    ConnectionPool& m_pool;
    const Clock& m_clock;
    EntitlementService& m_entitlements;
    std::map<std::string, std::unique_ptr<PaymentProvider>> m_providers;
};

} // namespace lectern::server
