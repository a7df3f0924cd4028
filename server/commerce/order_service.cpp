#include "commerce/order_service.h"

#include <chrono>
#include <set>

#include "accounts/secrets.h"
#include "catalog/catalog_store.h"
#include "util/time_format.h"

namespace lectern::server {

namespace {

using nlohmann::json;

json money(std::int64_t amountMinor, const std::string& currency)
{
    return {{"amount_minor", amountMinor}, {"currency", currency}};
}

json errorBody(const std::string& code, const std::string& message)
{
    return ApiError{0, code, message, {}, 0}.toJson();
}

// Checks a coupon for use at `now`; usage limits count paid orders only.
ApiResult<Coupon> usableCoupon(CommerceStore& store, const std::string& code, std::int64_t now)
{
    auto found = store.findCoupon(code);
    if (!found)
        return std::unexpected(found.error());
    if (!*found)
        return apiError(422, "coupon_invalid", "coupon: no such coupon", "coupon");
    const CouponState& state = **found;
    if (state.coupon.expiresAt && *state.coupon.expiresAt <= now)
        return apiError(422, "coupon_expired", "coupon: this coupon has expired", "coupon");
    if (state.coupon.maxUses && state.uses >= *state.coupon.maxUses)
        return apiError(422, "coupon_exhausted", "coupon: this coupon has been used up", "coupon");
    return state.coupon;
}

json planJson(const Plan& plan)
{
    return {{"id", plan.id}, {"title", plan.title}, {"period", plan.period}, {"price", money(plan.priceMinor, plan.currency)}};
}

json orderJson(const OrderRecord& order)
{
    json out{{"id", order.id},
             {"status", order.status},
             {"subtotal", money(order.subtotalMinor, order.currency)},
             {"discount", money(order.discountMinor, order.currency)},
             {"total", money(order.totalMinor, order.currency)},
             {"created_at", timefmt::formatRfc3339(order.createdAt)}};
    if (order.couponCode)
        out["coupon"] = *order.couponCode;
    if (order.paidAt)
        out["paid_at"] = timefmt::formatRfc3339(*order.paidAt);
    if (order.refundedAt)
        out["refunded_at"] = timefmt::formatRfc3339(*order.refundedAt);
    json lines = json::array();
    for (const OrderLine& line : order.lines)
        lines.push_back({{"type", line.type},
                         {"id", line.itemId},
                         {"title", line.title},
                         {"price", money(line.priceMinor, order.currency)}});
    out["items"] = std::move(lines);
    return out;
}

} // namespace

OrderService::OrderService(Storage& storage, const Clock& clock, EntitlementService& entitlements)
    : m_storage(storage)
    , m_clock(clock)
    , m_entitlements(entitlements)
{
}

void OrderService::addProvider(std::unique_ptr<PaymentProvider> provider)
{
    const std::string name = provider->name();
    m_providers[name] = std::move(provider);
}

std::int64_t OrderService::periodEnd(std::int64_t paidAt, const std::string& period)
{
    using namespace std::chrono;
    const sys_seconds at{seconds{paidAt}};
    const sys_days day = floor<days>(at);
    const auto timeOfDay = at - day;
    const year_month_day date{day};
    year_month_day end = period == "year" ? date + years{1} : date + months{1};
    if (!end.ok())
        end = end.year() / end.month() / last;
    return (sys_days{end} + timeOfDay).time_since_epoch().count();
}

ApiResult<void> OrderService::upsertPlan(const Plan& plan)
{
    return m_storage.write([&](StoreTransaction& tx) { return tx.commerce().upsertPlan(plan); });
}

ApiResult<void> OrderService::upsertCoupon(const Coupon& coupon)
{
    return m_storage.write([&](StoreTransaction& tx) { return tx.commerce().upsertCoupon(coupon); });
}

ApiResult<json> OrderService::plans()
{
    auto plans = readUnit<std::vector<Plan>>(m_storage, [](StoreTransaction& tx) { return tx.commerce().plans(); });
    if (!plans)
        return std::unexpected(plans.error());
    json out = json::array();
    for (const Plan& plan : *plans)
        out.push_back(planJson(plan));
    return json{{"plans", std::move(out)}};
}

ApiResult<OrderRecord> OrderService::findOrder(CommerceStore& store, const std::string& userId,
                                               const std::string& orderId)
{
    auto order = store.findOrder(userId, orderId);
    if (!order)
        return std::unexpected(order.error());
    if (!*order) // another user's order looks exactly like a missing one
        return notFound("no such order");
    return std::move(**order);
}

ApiResult<std::vector<json>> OrderService::settle(StoreTransaction& tx, const OrderRecord& order, std::int64_t paidAt)
{
    CommerceStore& commerce = tx.commerce();
    if (auto ok = commerce.markPaid(order.id, paidAt); !ok)
        return std::unexpected(ok.error());
    if (order.couponCode)
        if (auto ok = commerce.countCouponUse(*order.couponCode); !ok)
            return std::unexpected(ok.error());
    std::vector<json> granted;
    for (const OrderLine& line : order.lines) {
        ApiResult<EntitlementRecord> record;
        if (line.type == "course") {
            record = EntitlementService::grant(tx.entitlements(), order.userId, order.id, "course", line.itemId, {},
                                               paidAt, std::nullopt);
        } else {
            auto plan = commerce.findPlan(line.itemId);
            if (!plan)
                return std::unexpected(plan.error());
            if (!*plan)
                return internalError("order " + order.id + " names a missing plan " + line.itemId);
            record = EntitlementService::grant(tx.entitlements(), order.userId, order.id, "subscription", {},
                                               line.itemId, paidAt, periodEnd(paidAt, (*plan)->period));
        }
        if (!record)
            return std::unexpected(record.error());
        granted.push_back(m_entitlements.toJson(*record));
    }
    return granted;
}

ApiResult<json> OrderService::create(const std::string& userId, const std::vector<OrderItemRequest>& items,
                                     const std::optional<std::string>& couponCode)
{
    if (items.empty())
        return apiError(422, "empty_order", "items: an order needs at least one item", "items");
    std::set<std::pair<std::string, std::string>> seen;
    for (std::size_t i = 0; i < items.size(); ++i)
        if (!seen.emplace(items[i].type, items[i].id).second)
            return apiError(400, "invalid_field", "items[" + std::to_string(i) + "]: listed twice",
                            "items[" + std::to_string(i) + "]");

    // Pricing, ownership checks and the order's rows in one unit of work, so
    // the prices recorded are the prices that were checked.
    return writeUnit<json>(m_storage, [&](StoreTransaction& tx) -> ApiResult<json> {
        CommerceStore& commerce = tx.commerce();
        const std::int64_t now = m_clock.now();
        OrderRecord order{secrets::newId(now), userId, "pending", 0, 0, 0, {}, std::nullopt, now, std::nullopt,
                          std::nullopt, {}};
        for (std::size_t i = 0; i < items.size(); ++i) {
            const auto& item = items[i];
            const std::string field = "items[" + std::to_string(i) + "].id";
            OrderLine line{item.type, item.id, {}, 0};
            std::string itemCurrency;
            if (item.type == "course") {
                auto course = tx.catalog().summary(item.id);
                if (!course)
                    return std::unexpected(course.error());
                if (!*course || (*course)->deleted)
                    return apiError(422, "unknown_item", field + ": no such course", field);
                auto owned = tx.entitlements().ownsCourse(userId, item.id);
                if (!owned)
                    return std::unexpected(owned.error());
                if (*owned)
                    return apiError(409, "already_owned", field + ": you already own this course", field);
                line.title = (*course)->title;
                line.priceMinor = (*course)->price.amountMinor;
                itemCurrency = (*course)->price.currency;
            } else {
                auto plan = commerce.findPlan(item.id);
                if (!plan)
                    return std::unexpected(plan.error());
                if (!*plan)
                    return apiError(422, "unknown_item", field + ": no such plan", field);
                auto subscribed = tx.entitlements().hasSubscription(userId, now);
                if (!subscribed)
                    return std::unexpected(subscribed.error());
                if (*subscribed)
                    return apiError(409, "already_owned", field + ": your subscription is still active", field);
                line.title = (*plan)->title;
                line.priceMinor = (*plan)->priceMinor;
                itemCurrency = (*plan)->currency;
            }
            if (!order.currency.empty() && itemCurrency != order.currency)
                return apiError(422, "unknown_item", field + ": priced in another currency than the rest of the order",
                                field);
            order.currency = itemCurrency;
            order.subtotalMinor += line.priceMinor;
            order.lines.push_back(std::move(line));
        }

        if (couponCode) {
            auto coupon = usableCoupon(commerce, *couponCode, now);
            if (!coupon)
                return std::unexpected(coupon.error());
            // A coupon limited to courses (or plans) discounts only those lines,
            // and an order without any is told so rather than silently not discounted.
            std::int64_t eligible = 0;
            bool anyEligible = false;
            for (const OrderLine& line : order.lines)
                if (coupon->appliesTo == "any" || coupon->appliesTo == line.type) {
                    eligible += line.priceMinor;
                    anyEligible = true;
                }
            if (!anyEligible)
                return apiError(422, "coupon_not_applicable",
                                "coupon: this coupon applies to " + coupon->appliesTo + "s only", "coupon");
            // Percent rounds down (the learner never pays more than the
            // advertised discount implies); fixed never goes below zero.
            order.discountMinor = coupon->kind == "percent" ? eligible * coupon->value / 100
                                                            : std::min(coupon->value, eligible);
            order.couponCode = coupon->code;
        }
        order.totalMinor = order.subtotalMinor - order.discountMinor;
        if (auto ok = commerce.insertOrder(order); !ok)
            return std::unexpected(ok.error());

        json answer;
        if (order.totalMinor == 0) { // nothing to charge: paid at once
            auto granted = settle(tx, order, now);
            if (!granted)
                return std::unexpected(granted.error());
            answer["entitlements"] = *granted;
        }
        auto stored = findOrder(commerce, userId, order.id);
        if (!stored)
            return std::unexpected(stored.error());
        answer["order"] = orderJson(*stored);
        return answer;
    });
}

ApiResult<StoredAnswer> OrderService::pay(const PaymentRequest& request)
{
    // One write unit of work around lookup, charge and record: write units
    // never interleave, so two requests with one key cannot both charge.
    return writeUnit<StoredAnswer>(m_storage, [&](StoreTransaction& tx) -> ApiResult<StoredAnswer> {
        CommerceStore& commerce = tx.commerce();
        const std::int64_t now = m_clock.now();
        auto earlier = commerce.findIdempotentAnswer(request.userId, request.idempotencyKey);
        if (!earlier)
            return std::unexpected(earlier.error());
        if (*earlier) {
            if ((*earlier)->requestHash != request.requestHash)
                return apiError(422, "idempotency_key_reused",
                                "Idempotency-Key: this key was used for a different request");
            return std::move((*earlier)->answer);
        }

        auto order = findOrder(commerce, request.userId, request.orderId);
        if (!order)
            return std::unexpected(order.error());
        if (order->status == "paid")
            return apiError(409, "order_already_paid", "this order is already paid");
        if (order->status != "pending")
            return apiError(409, "order_not_payable", "this order can no longer be paid");
        auto provider = m_providers.find(request.provider);
        if (provider == m_providers.end())
            return apiError(400, "invalid_field", "provider: unknown payment provider", "provider");
        // A coupon's use is counted at payment, so its limit is checked again.
        if (order->couponCode)
            if (auto coupon = usableCoupon(commerce, *order->couponCode, now);
                !coupon && coupon.error().code == "coupon_exhausted")
                return std::unexpected(coupon.error());

        const ChargeResult charge = provider->second->charge(
            {request.orderId, order->totalMinor, order->currency, request.cardNumber, request.idempotencyKey});
        const char* outcome = charge.status == ChargeResult::Status::Succeeded ? "succeeded"
            : charge.status == ChargeResult::Status::InsufficientFunds         ? "insufficient_funds"
                                                                               : "card_declined";
        const std::string paymentId = secrets::newId(now);
        if (auto ok = commerce.insertPayment({paymentId, request.orderId, request.userId, request.provider,
                                              charge.reference, outcome, order->totalMinor, now});
            !ok)
            return std::unexpected(ok.error());

        StoredAnswer answer;
        if (charge.status == ChargeResult::Status::Succeeded) {
            auto granted = settle(tx, *order, now);
            if (!granted)
                return std::unexpected(granted.error());
            auto paid = findOrder(commerce, request.userId, request.orderId);
            if (!paid)
                return std::unexpected(paid.error());
            answer = {200, {{"payment", {{"id", paymentId}, {"status", "succeeded"}}},
                            {"order", orderJson(*paid)},
                            {"entitlements", std::move(*granted)}}};
        } else if (charge.status == ChargeResult::Status::InsufficientFunds) {
            answer = {402, errorBody("insufficient_funds", "the card has insufficient funds")};
        } else {
            answer = {402, errorBody("card_declined", "the card was declined")};
        }
        // Declines are stored too: a retry with the same key must not charge.
        if (auto ok = commerce.rememberAnswer(request.userId, request.idempotencyKey, request.requestHash, answer, now);
            !ok)
            return std::unexpected(ok.error());
        return answer;
    });
}

ApiResult<json> OrderService::refund(const std::string& userId, const std::string& orderId, const std::string& reason)
{
    return writeUnit<json>(m_storage, [&](StoreTransaction& tx) -> ApiResult<json> {
        CommerceStore& commerce = tx.commerce();
        const std::int64_t now = m_clock.now();
        auto order = findOrder(commerce, userId, orderId);
        if (!order)
            return std::unexpected(order.error());
        if (order->status != "paid")
            return apiError(409, "refund_not_allowed", "only a paid order can be refunded, once");
        if (now > order->paidAt.value_or(0) + kRefundWindowSeconds)
            return apiError(409, "refund_not_allowed", "the 7-day refund window has passed");

        auto charge = commerce.succeededPayment(orderId);
        if (!charge)
            return std::unexpected(charge.error());
        if (*charge) { // free orders have no charge to return
            auto provider = m_providers.find((*charge)->provider);
            if (provider == m_providers.end() || !provider->second->refund((*charge)->reference, (*charge)->amountMinor))
                return internalError("refund of order " + orderId + " failed at the provider");
        }
        if (auto ok = commerce.markRefunded(orderId, now, reason); !ok)
            return std::unexpected(ok.error());
        if (auto ok = tx.entitlements().revokeOrder(orderId); !ok)
            return std::unexpected(ok.error());
        auto refunded = findOrder(commerce, userId, orderId);
        if (!refunded)
            return std::unexpected(refunded.error());
        return json{{"order", orderJson(*refunded)}};
    });
}

ApiResult<json> OrderService::list(const std::string& userId)
{
    auto orders = readUnit<std::vector<OrderRecord>>(
        m_storage, [&](StoreTransaction& tx) { return tx.commerce().listOrders(userId); });
    if (!orders)
        return std::unexpected(orders.error());
    json out = json::array();
    for (const OrderRecord& order : *orders)
        out.push_back(orderJson(order));
    return json{{"orders", std::move(out)}};
}

ApiResult<json> OrderService::get(const std::string& userId, const std::string& orderId)
{
    auto order = readUnit<OrderRecord>(m_storage,
                                       [&](StoreTransaction& tx) { return findOrder(tx.commerce(), userId, orderId); });
    if (!order)
        return std::unexpected(order.error());
    return json{{"order", orderJson(*order)}};
}

} // namespace lectern::server
