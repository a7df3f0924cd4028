#include "commerce/checkout_service.h"

#include <algorithm>

#include "sync/sync_clock.h"

namespace lectern::commerce {

namespace {

CheckoutResult failed(CommerceError error)
{
    CheckoutResult result;
    result.outcome = CheckoutOutcome::Failed;
    result.error = std::move(error);
    return result;
}

// Outcomes the server states with a stable code; anything else is Failed.
std::optional<CheckoutOutcome> outcomeFor(const std::string& serverCode)
{
    if (serverCode == "card_declined")
        return CheckoutOutcome::Declined;
    if (serverCode == "insufficient_funds")
        return CheckoutOutcome::InsufficientFunds;
    if (serverCode == "coupon_invalid")
        return CheckoutOutcome::CouponInvalid;
    if (serverCode == "coupon_expired")
        return CheckoutOutcome::CouponExpired;
    if (serverCode == "coupon_exhausted")
        return CheckoutOutcome::CouponExhausted;
    if (serverCode == "coupon_not_applicable")
        return CheckoutOutcome::CouponNotApplicable;
    if (serverCode == "already_owned")
        return CheckoutOutcome::AlreadyOwned;
    if (serverCode == "unknown_item")
        return CheckoutOutcome::UnknownItem;
    if (serverCode == "empty_order")
        return CheckoutOutcome::EmptyOrder;
    if (serverCode == "order_not_payable")
        return CheckoutOutcome::NotPayable;
    return std::nullopt;
}

CheckoutResult fromError(const CommerceError& error)
{
    if (error.api) {
        if (auto outcome = outcomeFor(error.api->serverCode)) {
            CheckoutResult result;
            result.outcome = *outcome;
            result.field = error.api->field;
            result.error = error;
            return result;
        }
    }
    return failed(error);
}

// No answer, or an answer that may not be the whole story: the request may
// have been applied. Only these leave a payment's outcome unknown.
bool outcomeUnknown(const CommerceError& error)
{
    return error.code == CommerceErrorCode::Network || error.code == CommerceErrorCode::Cancelled;
}

} // namespace

const char* checkoutOutcomeName(CheckoutOutcome outcome)
{
    switch (outcome) {
    case CheckoutOutcome::OrderPlaced: return "order_placed";
    case CheckoutOutcome::Paid: return "paid";
    case CheckoutOutcome::Declined: return "card_declined";
    case CheckoutOutcome::InsufficientFunds: return "insufficient_funds";
    case CheckoutOutcome::CouponInvalid: return "coupon_invalid";
    case CheckoutOutcome::CouponExpired: return "coupon_expired";
    case CheckoutOutcome::CouponExhausted: return "coupon_exhausted";
    case CheckoutOutcome::CouponNotApplicable: return "coupon_not_applicable";
    case CheckoutOutcome::AlreadyOwned: return "already_owned";
    case CheckoutOutcome::UnknownItem: return "unknown_item";
    case CheckoutOutcome::EmptyOrder: return "empty_order";
    case CheckoutOutcome::NotPayable: return "not_payable";
    case CheckoutOutcome::Unknown: return "unknown";
    case CheckoutOutcome::NotPaid: return "not_paid";
    case CheckoutOutcome::Failed: return "failed";
    }
    return "failed";
}

CheckoutService::CheckoutService(store::Database& db, CommerceClient& client, CartRepository& cart)
    : m_db(db)
    , m_client(client)
    , m_cart(cart)
{
}

CheckoutResult CheckoutService::paid(Order order, std::vector<Entitlement> granted)
{
    CheckoutResult result;
    result.outcome = CheckoutOutcome::Paid;
    // Keep what the answer granted at once (usable even if the full restore
    // below fails), then replace the local copy with the whole signed list.
    if (const std::string user = m_client.userId(); !user.empty() && !granted.empty())
        (void)m_client.entitlements().upsert(user, granted);
    if (auto restored = m_client.restorePurchases(); !restored)
        result.error = restored.error(); // paid all the same; the next sync restores
    std::vector<std::string> bought;
    for (const OrderItem& item : order.items)
        if (item.type == "course")
            bought.push_back(item.id);
    (void)m_cart.removeAll(bought);
    (void)forgetPending(order.id);
    result.order = std::move(order);
    result.entitlements = std::move(granted);
    return result;
}

CheckoutResult CheckoutService::placeOrder(const OrderRequest& request, const net::CancelToken* cancel)
{
    auto created = m_client.withToken(
        [&](const std::string& token) { return m_client.api().createOrder(token, request, cancel); });
    if (!created)
        return fromError(created.error());
    if (created->order.status == OrderStatus::Paid) // a zero total: paid at once
        return paid(std::move(created->order), std::move(created->entitlements));
    CheckoutResult result;
    result.outcome = CheckoutOutcome::OrderPlaced;
    result.order = std::move(created->order);
    return result;
}

Result<PendingPayment> CheckoutService::pendingKeyFor(const std::string& orderId, const std::string& cardNumber)
{
    PendingPayment pending;
    auto done = m_db.transaction([&]() -> Result<void> {
        const std::int64_t nowMs = sync::systemNowMillis();
        // Insert-or-keep, then read back: two calls racing for one order end
        // up with the same key, so the server sees one payment.
        auto insert = m_db.cached("INSERT INTO pending_payments (order_id, idempotency_key, card_last4, created_at) "
                                  "VALUES (?1, ?2, ?3, ?4) ON CONFLICT (order_id) DO NOTHING");
        if (!insert)
            return std::unexpected(insert.error());
        const std::string last4 = cardNumber.size() >= 4 ? cardNumber.substr(cardNumber.size() - 4) : cardNumber;
        if (auto ok = (*insert)->bindAll(orderId, "pay-" + sync::newId(nowMs), last4, nowMs / 1000).run(); !ok)
            return ok;
        auto query = m_db.cached(
            "SELECT idempotency_key, card_last4, created_at FROM pending_payments WHERE order_id = ?1");
        if (!query)
            return std::unexpected(query.error());
        (*query)->bindAll(orderId);
        auto row = (*query)->step();
        if (!row)
            return std::unexpected(row.error());
        pending = {orderId, (*query)->text(0), (*query)->text(1), (*query)->int64(2)};
        (*query)->reset();
        return {};
    });
    if (!done)
        return std::unexpected(done.error());
    return pending;
}

Result<void> CheckoutService::forgetPending(const std::string& orderId)
{
    auto erase = m_db.cached("DELETE FROM pending_payments WHERE order_id = ?1");
    if (!erase)
        return std::unexpected(erase.error());
    return (*erase)->bindAll(orderId).run();
}

CheckoutResult CheckoutService::pay(const std::string& orderId, const std::string& cardNumber,
                                    const net::CancelToken* cancel)
{
    // Committed before anything is sent: after a crash the key is still here.
    auto pending = pendingKeyFor(orderId, cardNumber);
    if (!pending)
        return failed(commerceFail(pending.error()).error());
    for (int attempt = 0; attempt < 2; ++attempt) {
        auto receipt = m_client.withToken([&](const std::string& token) {
            return m_client.api().pay(token, orderId, cardNumber, pending->idempotencyKey, cancel);
        });
        if (receipt)
            return paid(std::move(receipt->order), std::move(receipt->entitlements));

        const CommerceError& error = receipt.error();
        if (outcomeUnknown(error)) {
            // The charge may have happened: keep the key, say "we'll check".
            CheckoutResult result;
            result.outcome = CheckoutOutcome::Unknown;
            result.error = error;
            return result;
        }
        const std::string code = error.api ? error.api->serverCode : std::string();
        if (code == "order_already_paid") // paid by an earlier attempt with another key
            return checkPending(orderId, cancel);
        if (code == "idempotency_key_reused" && attempt == 0) {
            // The stored key went out with another card. Only a fresh look at
            // the order says whether a new key is safe: never guess.
            auto order = m_client.order(orderId, cancel);
            if (!order)
                return outcomeUnknown(order.error()) ? CheckoutResult{CheckoutOutcome::Unknown, {}, {}, {}, order.error()}
                                                     : failed(order.error());
            if (order->status == OrderStatus::Paid)
                return checkPending(orderId, cancel);
            if (order->status == OrderStatus::Refunded) {
                (void)forgetPending(orderId);
                return CheckoutResult{CheckoutOutcome::NotPayable, std::move(*order), {}, {}, std::nullopt};
            }
            if (auto ok = forgetPending(orderId); !ok)
                return failed(commerceFail(ok.error()).error());
            pending = pendingKeyFor(orderId, cardNumber);
            if (!pending)
                return failed(commerceFail(pending.error()).error());
            continue;
        }
        // A definite answer: a decline is final for this key (the server
        // remembers it), so the next attempt gets a new key.
        if (error.code == CommerceErrorCode::Rejected)
            (void)forgetPending(orderId);
        return fromError(error);
    }
    return failed(commerceFail(CommerceErrorCode::Rejected, "payment key conflict").error());
}

CheckoutResult CheckoutService::buy(const OrderRequest& request, const std::string& cardNumber,
                                    const net::CancelToken* cancel)
{
    CheckoutResult placed = placeOrder(request, cancel);
    if (placed.outcome != CheckoutOutcome::OrderPlaced)
        return placed;
    return pay(placed.order->id, cardNumber, cancel);
}

CheckoutResult CheckoutService::enrolFree(const std::string& courseId, const net::CancelToken* cancel)
{
    CheckoutResult result = placeOrder(OrderRequest{{courseId}, std::nullopt, std::nullopt}, cancel);
    if (result.outcome == CheckoutOutcome::OrderPlaced) {
        // Not free after all: the caller shows the price and asks for a card.
        result.outcome = CheckoutOutcome::UnknownItem;
        result.field = "items[0].id";
    }
    return result;
}

CheckoutResult CheckoutService::checkoutCart(const std::optional<std::string>& coupon, const std::string& cardNumber,
                                             const net::CancelToken* cancel)
{
    auto ids = m_cart.courseIds();
    if (!ids)
        return failed(commerceFail(ids.error()).error());
    // Courses already owned would fail the whole order (409 already_owned):
    // they leave the cart instead.
    auto owned = m_client.entitlements().verified();
    if (!owned)
        return failed(owned.error());
    std::vector<std::string> alreadyOwned;
    std::vector<std::string> toBuy;
    for (const std::string& id : *ids) {
        const bool has = std::any_of(owned->begin(), owned->end(), [&](const Entitlement& e) {
            return e.kind == "course" && e.courseId == id && !e.revoked;
        });
        (has ? alreadyOwned : toBuy).push_back(id);
    }
    if (!alreadyOwned.empty())
        (void)m_cart.removeAll(alreadyOwned);
    if (toBuy.empty())
        return CheckoutResult{CheckoutOutcome::EmptyOrder, std::nullopt, {}, "items", std::nullopt};
    return buy(OrderRequest{toBuy, std::nullopt, coupon}, cardNumber, cancel);
}

CommerceResult<std::vector<PendingPayment>> CheckoutService::pendingPayments()
{
    auto query = m_db.cached(
        "SELECT order_id, idempotency_key, card_last4, created_at FROM pending_payments ORDER BY created_at");
    if (!query)
        return commerceFail(query.error());
    std::vector<PendingPayment> out;
    for (;;) {
        auto row = (*query)->step();
        if (!row)
            return commerceFail(row.error());
        if (!*row)
            break;
        out.push_back({(*query)->text(0), (*query)->text(1), (*query)->text(2), (*query)->int64(3)});
    }
    (*query)->reset();
    return out;
}

CheckoutResult CheckoutService::checkPending(const std::string& orderId, const net::CancelToken* cancel)
{
    auto order = m_client.order(orderId, cancel);
    if (!order) {
        if (outcomeUnknown(order.error()))
            return CheckoutResult{CheckoutOutcome::Unknown, std::nullopt, {}, {}, order.error()};
        return failed(order.error());
    }
    switch (order->status) {
    case OrderStatus::Paid: return paid(std::move(*order), {});
    case OrderStatus::Refunded:
        (void)forgetPending(orderId);
        return CheckoutResult{CheckoutOutcome::NotPayable, std::move(*order), {}, {}, std::nullopt};
    case OrderStatus::Pending: break;
    }
    // Unpaid and nothing charged (a charge and "paid" are one server
    // transaction). The key stays: paying again with the same card re-sends it.
    return CheckoutResult{CheckoutOutcome::NotPaid, std::move(*order), {}, {}, std::nullopt};
}

} // namespace lectern::commerce
