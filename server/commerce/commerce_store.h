// What commerce keeps: plans, coupons, orders with their lines, payments and
// the answers stored under payment idempotency keys. Prices, discounts and
// every decision about them are OrderService's; this only records them.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "http/api_error.h"

namespace lectern::server {

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
    std::string appliesTo = "any"; // "any" | "course" | "plan": which lines it discounts
};

struct CouponState {
    Coupon coupon;
    std::int64_t uses = 0; // paid orders that used it
};

struct OrderLine {
    std::string type; // "course" | "plan"
    std::string itemId;
    std::string title;
    std::int64_t priceMinor = 0;
};

struct OrderRecord {
    std::string id;
    std::string userId;
    std::string status; // "pending" | "paid" | "refunded"
    std::int64_t subtotalMinor = 0;
    std::int64_t discountMinor = 0;
    std::int64_t totalMinor = 0;
    std::string currency;
    std::optional<std::string> couponCode;
    std::int64_t createdAt = 0;
    std::optional<std::int64_t> paidAt;
    std::optional<std::int64_t> refundedAt;
    std::vector<OrderLine> lines; // in the order they were listed
};

struct PaymentRecord {
    std::string id;
    std::string orderId;
    std::string userId;
    std::string provider;
    std::string reference; // the provider's
    std::string status;    // "succeeded" | "insufficient_funds" | "card_declined"
    std::int64_t amountMinor = 0;
    std::int64_t createdAt = 0;
};

// An answer that is stored under its idempotency key and replayed verbatim.
struct StoredAnswer {
    int status = 200;
    nlohmann::json body;
};

struct IdempotentAnswer {
    std::string requestHash; // a replay must carry the same request
    StoredAnswer answer;
};

class CommerceStore {
public:
    virtual ~CommerceStore() = default;

    [[nodiscard]] virtual ApiResult<void> upsertPlan(const Plan& plan) = 0;
    [[nodiscard]] virtual ApiResult<std::vector<Plan>> plans() = 0; // cheapest first
    [[nodiscard]] virtual ApiResult<std::optional<Plan>> findPlan(const std::string& planId) = 0;

    // Keeps the use count of an existing coupon.
    [[nodiscard]] virtual ApiResult<void> upsertCoupon(const Coupon& coupon) = 0;
    [[nodiscard]] virtual ApiResult<std::optional<CouponState>> findCoupon(const std::string& code) = 0;
    [[nodiscard]] virtual ApiResult<void> countCouponUse(const std::string& code) = 0;

    [[nodiscard]] virtual ApiResult<void> insertOrder(const OrderRecord& order) = 0;
    // Another user's order is not found, exactly like a missing one.
    [[nodiscard]] virtual ApiResult<std::optional<OrderRecord>> findOrder(const std::string& userId,
                                                                          const std::string& orderId) = 0;
    [[nodiscard]] virtual ApiResult<std::vector<OrderRecord>> listOrders(const std::string& userId) = 0; // newest first
    [[nodiscard]] virtual ApiResult<void> markPaid(const std::string& orderId, std::int64_t paidAt) = 0;
    [[nodiscard]] virtual ApiResult<void> markRefunded(const std::string& orderId, std::int64_t refundedAt,
                                                       const std::string& reason) = 0;

    [[nodiscard]] virtual ApiResult<void> insertPayment(const PaymentRecord& payment) = 0;
    [[nodiscard]] virtual ApiResult<std::optional<PaymentRecord>> succeededPayment(const std::string& orderId) = 0;

    [[nodiscard]] virtual ApiResult<std::optional<IdempotentAnswer>> findIdempotentAnswer(const std::string& userId,
                                                                                          const std::string& key) = 0;
    [[nodiscard]] virtual ApiResult<void> rememberAnswer(const std::string& userId, const std::string& key,
                                                         const std::string& requestHash, const StoredAnswer& answer,
                                                         std::int64_t at) = 0;
};

} // namespace lectern::server
