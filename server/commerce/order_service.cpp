#include "commerce/order_service.h"

#include <chrono>
#include <set>

#include "accounts/secrets.h"
#include "catalog/catalog_service.h"
#include "storage/transaction.h"
#include "storage/with_connection.h"
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
ApiResult<Coupon> usableCoupon(store::Database& db, const std::string& code, std::int64_t now)
{
    auto stmt = db.cached("SELECT code, kind, value, expires_at, max_uses, uses FROM coupons WHERE code = ?1");
    if (!stmt)
        return storeError(stmt.error());
    auto row = (*stmt)->bind(1, code).step();
    if (!row)
        return storeError(row.error());
    if (!*row)
        return apiError(422, "coupon_invalid", "coupon: no such coupon", "coupon");
    Coupon coupon{(*stmt)->text(0), (*stmt)->text(1), (*stmt)->int64(2), std::nullopt, std::nullopt};
    if (!(*stmt)->isNull(3))
        coupon.expiresAt = (*stmt)->int64(3);
    if (!(*stmt)->isNull(4))
        coupon.maxUses = (*stmt)->int64(4);
    const std::int64_t uses = (*stmt)->int64(5);
    (*stmt)->reset();
    if (coupon.expiresAt && *coupon.expiresAt <= now)
        return apiError(422, "coupon_expired", "coupon: this coupon has expired", "coupon");
    if (coupon.maxUses && uses >= *coupon.maxUses)
        return apiError(422, "coupon_exhausted", "coupon: this coupon has been used up", "coupon");
    return coupon;
}

ApiResult<void> countCouponUse(store::Database& db, const std::string& code)
{
    auto stmt = db.cached("UPDATE coupons SET uses = uses + 1 WHERE code = ?1");
    if (!stmt)
        return storeError(stmt.error());
    if (auto ok = (*stmt)->bind(1, code).run(); !ok)
        return storeError(ok.error());
    return {};
}

ApiResult<std::optional<Plan>> findPlan(store::Database& db, const std::string& id)
{
    auto stmt = db.cached("SELECT id, title, period, price_minor, currency FROM plans WHERE id = ?1");
    if (!stmt)
        return storeError(stmt.error());
    auto row = (*stmt)->bind(1, id).step();
    if (!row)
        return storeError(row.error());
    if (!*row)
        return std::optional<Plan>();
    Plan plan{(*stmt)->text(0), (*stmt)->text(1), (*stmt)->text(2), (*stmt)->int64(3), (*stmt)->text(4)};
    (*stmt)->reset();
    return std::optional<Plan>(std::move(plan));
}

json planJson(const Plan& plan)
{
    return {{"id", plan.id}, {"title", plan.title}, {"period", plan.period}, {"price", money(plan.priceMinor, plan.currency)}};
}

ApiResult<void> markPaid(store::Database& db, const std::string& orderId, std::int64_t paidAt)
{
    auto stmt = db.cached("UPDATE orders SET status = 'paid', paid_at = ?2 WHERE id = ?1");
    if (!stmt)
        return storeError(stmt.error());
    if (auto ok = (*stmt)->bindAll(orderId, paidAt).run(); !ok)
        return storeError(ok.error());
    return {};
}

} // namespace

OrderService::OrderService(ConnectionPool& pool, const Clock& clock, EntitlementService& entitlements)
    : m_pool(pool)
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
    return inTransaction<void>(m_pool, [&](store::Database& db) -> ApiResult<void> {
        auto stmt = db.cached("INSERT INTO plans (id, title, period, price_minor, currency) VALUES (?1, ?2, ?3, ?4, ?5) "
                              "ON CONFLICT (id) DO UPDATE SET title = excluded.title, period = excluded.period, "
                              "price_minor = excluded.price_minor, currency = excluded.currency");
        if (!stmt)
            return storeError(stmt.error());
        if (auto ok = (*stmt)->bindAll(plan.id, plan.title, plan.period, plan.priceMinor, plan.currency).run(); !ok)
            return storeError(ok.error());
        return {};
    });
}

ApiResult<void> OrderService::upsertCoupon(const Coupon& coupon)
{
    return inTransaction<void>(m_pool, [&](store::Database& db) -> ApiResult<void> {
        auto stmt = db.cached("INSERT INTO coupons (code, kind, value, expires_at, max_uses) VALUES (?1, ?2, ?3, ?4, ?5) "
                              "ON CONFLICT (code) DO UPDATE SET kind = excluded.kind, value = excluded.value, "
                              "expires_at = excluded.expires_at, max_uses = excluded.max_uses");
        if (!stmt)
            return storeError(stmt.error());
        if (auto ok = (*stmt)->bindAll(coupon.code, coupon.kind, coupon.value, coupon.expiresAt, coupon.maxUses).run(); !ok)
            return storeError(ok.error());
        return {};
    });
}

ApiResult<json> OrderService::plans()
{
    return withConnection<json>(m_pool, [&](store::Database& db) -> ApiResult<json> {
        auto stmt = db.cached("SELECT id, title, period, price_minor, currency FROM plans ORDER BY price_minor, id");
        if (!stmt)
            return storeError(stmt.error());
        json out = json::array();
        while (true) {
            auto row = (*stmt)->step();
            if (!row)
                return storeError(row.error());
            if (!*row)
                break;
            out.push_back(planJson({(*stmt)->text(0), (*stmt)->text(1), (*stmt)->text(2), (*stmt)->int64(3), (*stmt)->text(4)}));
        }
        return json{{"plans", std::move(out)}};
    });
}

ApiResult<json> OrderService::orderJson(store::Database& db, const std::string& userId, const std::string& orderId)
{
    auto stmt = db.cached("SELECT status, subtotal_minor, discount_minor, total_minor, currency, coupon_code, created_at, "
                          "paid_at, refunded_at FROM orders WHERE id = ?1 AND user_id = ?2");
    if (!stmt)
        return storeError(stmt.error());
    auto row = (*stmt)->bindAll(orderId, userId).step();
    if (!row)
        return storeError(row.error());
    if (!*row) // another user's order looks exactly like a missing one
        return notFound("no such order");
    const std::string currency = (*stmt)->text(4);
    json order{{"id", orderId},
               {"status", (*stmt)->text(0)},
               {"subtotal", money((*stmt)->int64(1), currency)},
               {"discount", money((*stmt)->int64(2), currency)},
               {"total", money((*stmt)->int64(3), currency)},
               {"created_at", timefmt::formatRfc3339((*stmt)->int64(6))}};
    if (!(*stmt)->isNull(5))
        order["coupon"] = (*stmt)->text(5);
    if (!(*stmt)->isNull(7))
        order["paid_at"] = timefmt::formatRfc3339((*stmt)->int64(7));
    if (!(*stmt)->isNull(8))
        order["refunded_at"] = timefmt::formatRfc3339((*stmt)->int64(8));
    (*stmt)->reset();
    auto items = db.cached("SELECT type, item_id, title, price_minor FROM order_items WHERE order_id = ?1 ORDER BY position");
    if (!items)
        return storeError(items.error());
    (*items)->bind(1, orderId);
    json list = json::array();
    while (true) {
        auto item = (*items)->step();
        if (!item)
            return storeError(item.error());
        if (!*item)
            break;
        list.push_back({{"type", (*items)->text(0)},
                        {"id", (*items)->text(1)},
                        {"title", (*items)->text(2)},
                        {"price", money((*items)->int64(3), currency)}});
    }
    order["items"] = std::move(list);
    return order;
}

ApiResult<std::vector<json>> OrderService::fulfil(store::Database& db, const std::string& userId,
                                                  const std::string& orderId, std::int64_t paidAt)
{
    auto items = db.prepare("SELECT type, item_id FROM order_items WHERE order_id = ?1 ORDER BY position");
    if (!items)
        return storeError(items.error());
    items->bind(1, orderId);
    std::vector<std::pair<std::string, std::string>> bought;
    while (true) {
        auto row = items->step();
        if (!row)
            return storeError(row.error());
        if (!*row)
            break;
        bought.emplace_back(items->text(0), items->text(1));
    }
    std::vector<json> granted;
    for (const auto& [type, id] : bought) {
        ApiResult<EntitlementRecord> record;
        if (type == "course") {
            record = EntitlementService::grant(db, userId, orderId, "course", id, {}, paidAt, std::nullopt);
        } else {
            auto plan = findPlan(db, id);
            if (!plan)
                return std::unexpected(plan.error());
            if (!*plan)
                return internalError("order " + orderId + " names a missing plan " + id);
            record = EntitlementService::grant(db, userId, orderId, "subscription", {}, id, paidAt,
                                               periodEnd(paidAt, (*plan)->period));
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

    return inTransaction<json>(m_pool, [&](store::Database& db) -> ApiResult<json> {
        const std::int64_t now = m_clock.now();
        struct Priced {
            std::string type, id, title;
            std::int64_t price;
        };
        std::vector<Priced> priced;
        std::string currency;
        for (std::size_t i = 0; i < items.size(); ++i) {
            const auto& item = items[i];
            const std::string field = "items[" + std::to_string(i) + "].id";
            Priced p{item.type, item.id, {}, 0};
            std::string itemCurrency;
            if (item.type == "course") {
                auto course = CatalogService::summary(db, item.id);
                if (!course)
                    return std::unexpected(course.error());
                if (!*course || (*course)->deleted)
                    return apiError(422, "unknown_item", field + ": no such course", field);
                auto owned = EntitlementService::ownsCourse(db, userId, item.id);
                if (!owned)
                    return std::unexpected(owned.error());
                if (*owned)
                    return apiError(409, "already_owned", field + ": you already own this course", field);
                p.title = (*course)->title;
                p.price = (*course)->price.amountMinor;
                itemCurrency = (*course)->price.currency;
            } else {
                auto plan = findPlan(db, item.id);
                if (!plan)
                    return std::unexpected(plan.error());
                if (!*plan)
                    return apiError(422, "unknown_item", field + ": no such plan", field);
                auto subscribed = EntitlementService::hasSubscription(db, userId, now);
                if (!subscribed)
                    return std::unexpected(subscribed.error());
                if (*subscribed)
                    return apiError(409, "already_owned", field + ": your subscription is still active", field);
                p.title = (*plan)->title;
                p.price = (*plan)->priceMinor;
                itemCurrency = (*plan)->currency;
            }
            if (!currency.empty() && itemCurrency != currency)
                return apiError(422, "unknown_item", field + ": priced in another currency than the rest of the order",
                                field);
            currency = itemCurrency;
            priced.push_back(std::move(p));
        }

        std::int64_t subtotal = 0;
        for (const auto& p : priced)
            subtotal += p.price;
        std::int64_t discount = 0;
        std::optional<std::string> appliedCoupon;
        if (couponCode) {
            auto coupon = usableCoupon(db, *couponCode, now);
            if (!coupon)
                return std::unexpected(coupon.error());
            // Percent rounds down (the learner never pays more than the
            // advertised discount implies); fixed never goes below zero.
            discount = coupon->kind == "percent" ? subtotal * coupon->value / 100 : std::min(coupon->value, subtotal);
            appliedCoupon = coupon->code;
        }
        const std::int64_t total = subtotal - discount;

        const std::string orderId = secrets::newId(now);
        auto insert = db.cached("INSERT INTO orders (id, user_id, status, subtotal_minor, discount_minor, total_minor, "
                                "currency, coupon_code, created_at) VALUES (?1, ?2, 'pending', ?3, ?4, ?5, ?6, ?7, ?8)");
        if (!insert)
            return storeError(insert.error());
        if (auto ok = (*insert)->bindAll(orderId, userId, subtotal, discount, total, currency, appliedCoupon, now).run(); !ok)
            return storeError(ok.error());
        auto line = db.cached("INSERT INTO order_items (order_id, position, type, item_id, title, price_minor) "
                              "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
        if (!line)
            return storeError(line.error());
        for (std::size_t i = 0; i < priced.size(); ++i) {
            const auto& p = priced[i];
            (*line)->reset();
            if (auto ok = (*line)->bindAll(orderId, static_cast<std::int64_t>(i), p.type, p.id, p.title, p.price).run(); !ok)
                return storeError(ok.error());
        }

        json answer;
        if (total == 0) { // nothing to charge: paid at once
            if (auto ok = markPaid(db, orderId, now); !ok)
                return std::unexpected(ok.error());
            if (appliedCoupon)
                if (auto ok = countCouponUse(db, *appliedCoupon); !ok)
                    return std::unexpected(ok.error());
            auto granted = fulfil(db, userId, orderId, now);
            if (!granted)
                return std::unexpected(granted.error());
            answer["entitlements"] = *granted;
        }
        auto order = orderJson(db, userId, orderId);
        if (!order)
            return std::unexpected(order.error());
        answer["order"] = std::move(*order);
        return answer;
    });
}

ApiResult<StoredAnswer> OrderService::pay(const PaymentRequest& request)
{
    // One write transaction (BEGIN IMMEDIATE) around lookup, charge and record:
    // two requests with one key cannot both charge.
    return inTransaction<StoredAnswer>(m_pool, [&](store::Database& db) -> ApiResult<StoredAnswer> {
        const std::int64_t now = m_clock.now();
        auto earlier = db.cached("SELECT request_hash, status, response FROM idempotency_keys WHERE user_id = ?1 AND key = ?2");
        if (!earlier)
            return storeError(earlier.error());
        auto row = (*earlier)->bindAll(request.userId, request.idempotencyKey).step();
        if (!row)
            return storeError(row.error());
        if (*row) {
            if ((*earlier)->textView(0) != request.requestHash)
                return apiError(422, "idempotency_key_reused",
                                "Idempotency-Key: this key was used for a different request");
            StoredAnswer replay{(*earlier)->int32(1), json::parse((*earlier)->text(2))};
            (*earlier)->reset();
            return replay;
        }
        (*earlier)->reset();

        auto order = orderJson(db, request.userId, request.orderId);
        if (!order)
            return std::unexpected(order.error());
        const std::string status = (*order)["status"];
        if (status == "paid")
            return apiError(409, "order_already_paid", "this order is already paid");
        if (status != "pending")
            return apiError(409, "order_not_payable", "this order can no longer be paid");
        auto provider = m_providers.find(request.provider);
        if (provider == m_providers.end())
            return apiError(400, "invalid_field", "provider: unknown payment provider", "provider");
        // A coupon's use is counted at payment, so its limit is checked again.
        if (order->contains("coupon"))
            if (auto coupon = usableCoupon(db, (*order)["coupon"].get<std::string>(), now);
                !coupon && coupon.error().code == "coupon_exhausted")
                return std::unexpected(coupon.error());

        const std::int64_t amount = (*order)["total"]["amount_minor"];
        const ChargeResult charge = provider->second->charge(
            {request.orderId, amount, (*order)["total"]["currency"], request.cardNumber, request.idempotencyKey});
        const char* outcome = charge.status == ChargeResult::Status::Succeeded ? "succeeded"
            : charge.status == ChargeResult::Status::InsufficientFunds         ? "insufficient_funds"
                                                                               : "card_declined";
        const std::string paymentId = secrets::newId(now);
        auto payment = db.cached("INSERT INTO payments (id, order_id, user_id, provider, reference, status, amount_minor, "
                                 "created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
        if (!payment)
            return storeError(payment.error());
        if (auto ok = (*payment)
                          ->bindAll(paymentId, request.orderId, request.userId, request.provider, charge.reference,
                                    std::string(outcome), amount, now)
                          .run();
            !ok)
            return storeError(ok.error());

        StoredAnswer answer;
        if (charge.status == ChargeResult::Status::Succeeded) {
            if (auto ok = markPaid(db, request.orderId, now); !ok)
                return std::unexpected(ok.error());
            if (order->contains("coupon"))
                if (auto ok = countCouponUse(db, (*order)["coupon"].get<std::string>()); !ok)
                    return std::unexpected(ok.error());
            auto granted = fulfil(db, request.userId, request.orderId, now);
            if (!granted)
                return std::unexpected(granted.error());
            auto paid = orderJson(db, request.userId, request.orderId);
            if (!paid)
                return std::unexpected(paid.error());
            answer = {200, {{"payment", {{"id", paymentId}, {"status", "succeeded"}}},
                            {"order", std::move(*paid)},
                            {"entitlements", std::move(*granted)}}};
        } else if (charge.status == ChargeResult::Status::InsufficientFunds) {
            answer = {402, errorBody("insufficient_funds", "the card has insufficient funds")};
        } else {
            answer = {402, errorBody("card_declined", "the card was declined")};
        }
        // Declines are stored too: a retry with the same key must not charge.
        auto remember = db.cached("INSERT INTO idempotency_keys (user_id, key, request_hash, status, response, created_at) "
                                  "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
        if (!remember)
            return storeError(remember.error());
        if (auto ok = (*remember)
                          ->bindAll(request.userId, request.idempotencyKey, request.requestHash, answer.status,
                                    answer.body.dump(), now)
                          .run();
            !ok)
            return storeError(ok.error());
        return answer;
    });
}

ApiResult<json> OrderService::refund(const std::string& userId, const std::string& orderId, const std::string& reason)
{
    return inTransaction<json>(m_pool, [&](store::Database& db) -> ApiResult<json> {
        const std::int64_t now = m_clock.now();
        auto stmt = db.cached("SELECT status, paid_at FROM orders WHERE id = ?1 AND user_id = ?2");
        if (!stmt)
            return storeError(stmt.error());
        auto row = (*stmt)->bindAll(orderId, userId).step();
        if (!row)
            return storeError(row.error());
        if (!*row)
            return notFound("no such order");
        const std::string status = (*stmt)->text(0);
        const std::int64_t paidAt = (*stmt)->isNull(1) ? 0 : (*stmt)->int64(1);
        (*stmt)->reset();
        if (status != "paid")
            return apiError(409, "refund_not_allowed", "only a paid order can be refunded, once");
        if (now > paidAt + kRefundWindowSeconds)
            return apiError(409, "refund_not_allowed", "the 7-day refund window has passed");

        auto charge = db.prepare("SELECT provider, reference, amount_minor FROM payments "
                                 "WHERE order_id = ?1 AND status = 'succeeded'");
        if (!charge)
            return storeError(charge.error());
        auto found = charge->bind(1, orderId).step();
        if (!found)
            return storeError(found.error());
        if (*found) { // free orders have no charge to return
            auto provider = m_providers.find(charge->text(0));
            if (provider == m_providers.end() || !provider->second->refund(charge->text(1), charge->int64(2)))
                return internalError("refund of order " + orderId + " failed at the provider");
        }
        auto update = db.cached("UPDATE orders SET status = 'refunded', refunded_at = ?2, refund_reason = ?3 WHERE id = ?1");
        if (!update)
            return storeError(update.error());
        if (auto ok = (*update)->bindAll(orderId, now, reason).run(); !ok)
            return storeError(ok.error());
        if (auto ok = EntitlementService::revokeOrder(db, orderId); !ok)
            return std::unexpected(ok.error());
        auto order = orderJson(db, userId, orderId);
        if (!order)
            return std::unexpected(order.error());
        return json{{"order", std::move(*order)}};
    });
}

ApiResult<json> OrderService::list(const std::string& userId)
{
    return withConnection<json>(m_pool, [&](store::Database& db) -> ApiResult<json> {
        auto stmt = db.prepare("SELECT id FROM orders WHERE user_id = ?1 ORDER BY created_at DESC, rowid DESC");
        if (!stmt)
            return storeError(stmt.error());
        stmt->bind(1, userId);
        std::vector<std::string> ids;
        while (true) {
            auto row = stmt->step();
            if (!row)
                return storeError(row.error());
            if (!*row)
                break;
            ids.push_back(stmt->text(0));
        }
        json orders = json::array();
        for (const auto& id : ids) {
            auto order = orderJson(db, userId, id);
            if (!order)
                return std::unexpected(order.error());
            orders.push_back(std::move(*order));
        }
        return json{{"orders", std::move(orders)}};
    });
}

ApiResult<json> OrderService::get(const std::string& userId, const std::string& orderId)
{
    return withConnection<json>(m_pool, [&](store::Database& db) -> ApiResult<json> {
        auto order = orderJson(db, userId, orderId);
        if (!order)
            return std::unexpected(order.error());
        return json{{"order", std::move(*order)}};
    });
}

} // namespace lectern::server
