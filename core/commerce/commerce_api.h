// The commerce endpoints of lectern-server (docs/api.md): plans, orders,
// payments, refunds, entitlements and the subscription. A sibling of
// net::ApiClient over the same HttpClient; like it, holds no tokens.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "commerce/commerce_types.h"
#include "net/api_client.h"

namespace lectern::commerce {

struct OrderRequest {
    std::vector<std::string> courseIds;
    std::optional<std::string> planId;  // "monthly" | "yearly"
    std::optional<std::string> coupon;
};

// 201 from POST /v1/orders: the order, and for a zero total (free course,
// 100 % coupon) the entitlements it granted at once.
struct CreatedOrder {
    Order order;
    std::vector<Entitlement> entitlements;
};

// 200 from POST /v1/orders/{id}/payments (a first answer or a replay).
struct PaymentReceipt {
    std::string paymentId;
    Order order;
    std::vector<Entitlement> entitlements;
};

class CommerceApi final {
public:
    // Uses api's HttpClient and base URL; `api` must outlive this.
    explicit CommerceApi(const net::ApiClient& api);

    [[nodiscard]] net::ApiResult<std::vector<Plan>> plans(const net::CancelToken* cancel = nullptr) const;
    // Never retried without a key: a lost answer leaves at most one extra
    // pending order, which costs nothing.
    [[nodiscard]] net::ApiResult<CreatedOrder> createOrder(const std::string& accessToken, const OrderRequest& request,
                                                           const net::CancelToken* cancel = nullptr) const;
    // Sent with Idempotency-Key: the retry layer may repeat it, and the server
    // replays the first answer for the same key. 402 card_declined /
    // insufficient_funds and 422/409 come back as ApiError with serverCode.
    [[nodiscard]] net::ApiResult<PaymentReceipt> pay(const std::string& accessToken, const std::string& orderId,
                                                     const std::string& cardNumber, const std::string& idempotencyKey,
                                                     const net::CancelToken* cancel = nullptr) const;
    [[nodiscard]] net::ApiResult<std::vector<Order>> orders(const std::string& accessToken,
                                                            const net::CancelToken* cancel = nullptr) const;
    [[nodiscard]] net::ApiResult<Order> order(const std::string& accessToken, const std::string& orderId,
                                              const net::CancelToken* cancel = nullptr) const;
    // Not retried (a POST without key); 409 refund_not_allowed names why in message.
    [[nodiscard]] net::ApiResult<Order> refund(const std::string& accessToken, const std::string& orderId,
                                               const std::string& reason, const net::CancelToken* cancel = nullptr) const;
    [[nodiscard]] net::ApiResult<EntitlementList> entitlements(const std::string& accessToken,
                                                               const net::CancelToken* cancel = nullptr) const;
    [[nodiscard]] net::ApiResult<SubscriptionStatus> subscription(const std::string& accessToken,
                                                                  const net::CancelToken* cancel = nullptr) const;
    // Turns automatic renewal off; access continues until expires_at. Idempotent.
    [[nodiscard]] net::ApiResult<SubscriptionStatus> cancelSubscription(const std::string& accessToken,
                                                                        const net::CancelToken* cancel = nullptr) const;
    [[nodiscard]] const net::ApiClient& api() const { return m_api; }

private:
    const net::ApiClient& m_api;
};

} // namespace lectern::commerce
