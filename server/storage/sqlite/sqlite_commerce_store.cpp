#include "storage/sqlite/sqlite_commerce_store.h"

#include "storage/sqlite/sql.h"

namespace lectern::server::sqlite {

namespace {

constexpr std::string_view kPlanColumns = "SELECT id, title, period, price_minor, currency FROM plans";

Plan readPlan(const store::Statement& row)
{
    return Plan{row.text(0), row.text(1), row.text(2), row.int64(3), row.text(4)};
}

std::optional<std::int64_t> optionalInt(const store::Statement& row, int column)
{
    return row.isNull(column) ? std::nullopt : std::optional(row.int64(column));
}

// Columns of kOrderColumns, lines not yet loaded.
constexpr std::string_view kOrderColumns =
    "SELECT id, user_id, status, subtotal_minor, discount_minor, total_minor, currency, coupon_code, created_at, "
    "paid_at, refunded_at FROM orders";

OrderRecord readOrder(const store::Statement& row)
{
    OrderRecord order{row.text(0), row.text(1), row.text(2), row.int64(3), row.int64(4), row.int64(5), row.text(6),
                      std::nullopt, row.int64(8), optionalInt(row, 9), optionalInt(row, 10), {}};
    if (!row.isNull(7))
        order.couponCode = row.text(7);
    return order;
}

} // namespace

ApiResult<void> SqliteCommerceStore::upsertPlan(const Plan& plan)
{
    return execute(m_db,
                   "INSERT INTO plans (id, title, period, price_minor, currency) VALUES (?1, ?2, ?3, ?4, ?5) "
                   "ON CONFLICT (id) DO UPDATE SET title = excluded.title, period = excluded.period, "
                   "price_minor = excluded.price_minor, currency = excluded.currency",
                   plan.id, plan.title, plan.period, plan.priceMinor, plan.currency);
}

ApiResult<std::vector<Plan>> SqliteCommerceStore::plans()
{
    return queryAll(m_db, std::string(kPlanColumns) + " ORDER BY price_minor, id", readPlan);
}

ApiResult<std::optional<Plan>> SqliteCommerceStore::findPlan(const std::string& planId)
{
    return queryOne(m_db, std::string(kPlanColumns) + " WHERE id = ?1", readPlan, planId);
}

ApiResult<void> SqliteCommerceStore::upsertCoupon(const Coupon& coupon)
{
    return execute(m_db,
                   "INSERT INTO coupons (code, kind, value, expires_at, max_uses, applies_to) "
                   "VALUES (?1, ?2, ?3, ?4, ?5, ?6) "
                   "ON CONFLICT (code) DO UPDATE SET kind = excluded.kind, value = excluded.value, "
                   "expires_at = excluded.expires_at, max_uses = excluded.max_uses, applies_to = excluded.applies_to",
                   coupon.code, coupon.kind, coupon.value, coupon.expiresAt, coupon.maxUses, coupon.appliesTo);
}

ApiResult<std::optional<CouponState>> SqliteCommerceStore::findCoupon(const std::string& code)
{
    return queryOne(
        m_db, "SELECT code, kind, value, expires_at, max_uses, uses, applies_to FROM coupons WHERE code = ?1",
        [](const store::Statement& row) {
            return CouponState{Coupon{row.text(0), row.text(1), row.int64(2), optionalInt(row, 3), optionalInt(row, 4),
                                      row.text(6)},
                               row.int64(5)};
        },
        code);
}

ApiResult<void> SqliteCommerceStore::countCouponUse(const std::string& code)
{
    return execute(m_db, "UPDATE coupons SET uses = uses + 1 WHERE code = ?1", code);
}

ApiResult<void> SqliteCommerceStore::insertOrder(const OrderRecord& order)
{
    if (auto ok = execute(m_db,
                          "INSERT INTO orders (id, user_id, status, subtotal_minor, discount_minor, total_minor, "
                          "currency, coupon_code, created_at, paid_at, refunded_at) "
                          "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
                          order.id, order.userId, order.status, order.subtotalMinor, order.discountMinor,
                          order.totalMinor, order.currency, order.couponCode, order.createdAt, order.paidAt,
                          order.refundedAt);
        !ok)
        return ok;
    for (std::size_t i = 0; i < order.lines.size(); ++i) {
        const OrderLine& line = order.lines[i];
        if (auto ok = execute(m_db,
                              "INSERT INTO order_items (order_id, position, type, item_id, title, price_minor) "
                              "VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                              order.id, static_cast<std::int64_t>(i), line.type, line.itemId, line.title,
                              line.priceMinor);
            !ok)
            return ok;
    }
    return {};
}

ApiResult<void> SqliteCommerceStore::loadLines(OrderRecord& order)
{
    auto lines = queryAll(
        m_db, "SELECT type, item_id, title, price_minor FROM order_items WHERE order_id = ?1 ORDER BY position",
        [](const store::Statement& row) { return OrderLine{row.text(0), row.text(1), row.text(2), row.int64(3)}; },
        order.id);
    if (!lines)
        return std::unexpected(lines.error());
    order.lines = std::move(*lines);
    return {};
}

ApiResult<std::optional<OrderRecord>> SqliteCommerceStore::findOrder(const std::string& userId,
                                                                     const std::string& orderId)
{
    auto order = queryOne(m_db, std::string(kOrderColumns) + " WHERE id = ?1 AND user_id = ?2", readOrder, orderId,
                          userId);
    if (order && *order)
        if (auto ok = loadLines(**order); !ok)
            return std::unexpected(ok.error());
    return order;
}

ApiResult<std::vector<OrderRecord>> SqliteCommerceStore::listOrders(const std::string& userId)
{
    auto orders = queryAll(m_db, std::string(kOrderColumns) + " WHERE user_id = ?1 ORDER BY created_at DESC, rowid DESC",
                           readOrder, userId);
    if (!orders)
        return orders;
    for (OrderRecord& order : *orders)
        if (auto ok = loadLines(order); !ok)
            return std::unexpected(ok.error());
    return orders;
}

ApiResult<void> SqliteCommerceStore::markPaid(const std::string& orderId, std::int64_t paidAt)
{
    return execute(m_db, "UPDATE orders SET status = 'paid', paid_at = ?2 WHERE id = ?1", orderId, paidAt);
}

ApiResult<void> SqliteCommerceStore::markRefunded(const std::string& orderId, std::int64_t refundedAt,
                                                  const std::string& reason)
{
    return execute(m_db, "UPDATE orders SET status = 'refunded', refunded_at = ?2, refund_reason = ?3 WHERE id = ?1",
                   orderId, refundedAt, reason);
}

ApiResult<void> SqliteCommerceStore::insertPayment(const PaymentRecord& p)
{
    return execute(m_db,
                   "INSERT INTO payments (id, order_id, user_id, provider, reference, status, amount_minor, "
                   "created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                   p.id, p.orderId, p.userId, p.provider, p.reference, p.status, p.amountMinor, p.createdAt);
}

ApiResult<std::optional<PaymentRecord>> SqliteCommerceStore::succeededPayment(const std::string& orderId)
{
    return queryOne(
        m_db,
        "SELECT id, order_id, user_id, provider, reference, status, amount_minor, created_at FROM payments "
        "WHERE order_id = ?1 AND status = 'succeeded'",
        [](const store::Statement& row) {
            return PaymentRecord{row.text(0), row.text(1), row.text(2), row.text(3),
                                 row.text(4), row.text(5), row.int64(6), row.int64(7)};
        },
        orderId);
}

ApiResult<std::optional<IdempotentAnswer>> SqliteCommerceStore::findIdempotentAnswer(const std::string& userId,
                                                                                     const std::string& key)
{
    return queryOne(
        m_db, "SELECT request_hash, status, response FROM idempotency_keys WHERE user_id = ?1 AND key = ?2",
        [](const store::Statement& row) -> ApiResult<IdempotentAnswer> {
            auto body = nlohmann::json::parse(row.textView(2), nullptr, false);
            if (body.is_discarded())
                return internalError("idempotency_keys.response is not JSON");
            return IdempotentAnswer{row.text(0), StoredAnswer{row.int32(1), std::move(body)}};
        },
        userId, key);
}

ApiResult<void> SqliteCommerceStore::rememberAnswer(const std::string& userId, const std::string& key,
                                                    const std::string& requestHash, const StoredAnswer& answer,
                                                    std::int64_t at)
{
    return execute(m_db,
                   "INSERT INTO idempotency_keys (user_id, key, request_hash, status, response, created_at) "
                   "VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                   userId, key, requestHash, answer.status, answer.body.dump(), at);
}

} // namespace lectern::server::sqlite
