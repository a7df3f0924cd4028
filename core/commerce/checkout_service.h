// Buying: place an order (the server prices it), pay it without ever paying
// twice, enrol in free courses, check out the cart. The Idempotency-Key of a
// payment is stored (a pending_payments row) before the first byte is sent, so
// a retry — after a dropped answer, a crash or an app restart — re-sends the
// same key and the server replays its first answer instead of charging again.
// When the outcome is unknown, it is found out (same key, GET /v1/orders/{id}),
// never guessed.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "commerce/cart_repository.h"
#include "commerce/commerce_client.h"
#include "commerce/commerce_types.h"

namespace lectern::commerce {

enum class CheckoutOutcome {
    OrderPlaced,         // placeOrder: the order waits for payment; show order->total
    Paid,                // the order is paid; entitlements are stored
    Declined,            // card_declined: nothing charged; pay again (another card)
    InsufficientFunds,   // insufficient_funds: nothing charged
    CouponInvalid,       // no such coupon
    CouponExpired,
    CouponExhausted,     // used up (also possible at payment: the order stays payable)
    CouponNotApplicable, // the coupon does not apply to these items
    AlreadyOwned,        // a course already owned / a subscription still active (field says which item)
    UnknownItem,         // no such course or plan (or mixed currencies)
    EmptyOrder,
    NotPayable,          // the order was refunded
    Unknown,             // the answer was lost: "we'll check" — checkPending() finds out
    NotPaid,             // checked: the order is still unpaid and nothing was charged; pay again
    Failed,              // any other failure: see error
};

struct CheckoutResult {
    CheckoutOutcome outcome = CheckoutOutcome::Failed;
    std::optional<Order> order;            // the server's order when known
    std::vector<Entitlement> entitlements; // granted by this payment (Paid)
    std::string field;                     // the item or field at fault ("items[1].id", "coupon")
    std::optional<CommerceError> error;    // Failed/Unknown: why
};

[[nodiscard]] const char* checkoutOutcomeName(CheckoutOutcome outcome);

// A payment whose key is stored: sent (maybe more than once), outcome not yet known.
struct PendingPayment {
    std::string orderId;
    std::string idempotencyKey;
    std::string cardLast4; // for "card ending 4242"; the number itself is never stored
    std::int64_t createdAt = 0;
};

class CheckoutService final {
public:
    // `db` is this thread's connection (pending payments and the cart live there).
    CheckoutService(store::Database& db, CommerceClient& client, CartRepository& cart);

    // POST /v1/orders: OrderPlaced with the server's totals, or Paid at once
    // for a zero total, or a coupon/ownership outcome.
    [[nodiscard]] CheckoutResult placeOrder(const OrderRequest& request, const net::CancelToken* cancel = nullptr);
    // Pays an order with the sandbox provider. Re-uses the stored key for this
    // order (a double click or a retry sends the same key: one charge at most).
    [[nodiscard]] CheckoutResult pay(const std::string& orderId, const std::string& cardNumber,
                                     const net::CancelToken* cancel = nullptr);
    // placeOrder, then pay when there is something to pay.
    [[nodiscard]] CheckoutResult buy(const OrderRequest& request, const std::string& cardNumber,
                                     const net::CancelToken* cancel = nullptr);
    // A free course in one click (a zero-total order).
    [[nodiscard]] CheckoutResult enrolFree(const std::string& courseId, const net::CancelToken* cancel = nullptr);
    // An order of every course in the cart (courses already owned are dropped
    // from the cart first); the bought items leave the cart once paid.
    [[nodiscard]] CheckoutResult checkoutCart(const std::optional<std::string>& coupon, const std::string& cardNumber,
                                              const net::CancelToken* cancel = nullptr);

    [[nodiscard]] CommerceResult<std::vector<PendingPayment>> pendingPayments();
    // Finds out what happened to a pending payment: GET /v1/orders/{id}. Paid →
    // entitlements restored, row removed; refunded → NotPayable, row removed;
    // still pending → NotPaid (row kept: paying again re-sends the same key);
    // unreachable → Unknown.
    [[nodiscard]] CheckoutResult checkPending(const std::string& orderId, const net::CancelToken* cancel = nullptr);

private:
    [[nodiscard]] CheckoutResult paid(Order order, std::vector<Entitlement> granted);
    [[nodiscard]] Result<PendingPayment> pendingKeyFor(const std::string& orderId, const std::string& cardNumber);
    [[nodiscard]] Result<void> forgetPending(const std::string& orderId);

    store::Database& m_db;
    CommerceClient& m_client;
    CartRepository& m_cart;
};

} // namespace lectern::commerce
