#include "commerce/commerce_types.h"

#include <nlohmann/json.hpp>

#include "protocol/json_reader.h"
#include "util/time_format.h"

namespace lectern::commerce {

namespace {

using nlohmann::json;
using protocol::JsonObjectReader;
using protocol::ParseError;

template <typename T, typename Read>
std::expected<T, ParseError> guarded(Read read)
{
    try {
        return read();
    } catch (const protocol::JsonFieldError& failure) {
        return std::unexpected(ParseError{failure.path, failure.message});
    }
}

std::string join(const std::string& path, const std::string& key) { return path.empty() ? key : path + "." + key; }

Money readMoney(const json& value, const std::string& path)
{
    JsonObjectReader in(value, path);
    Money money;
    money.amountMinor = in.integer("amount_minor", 0, 1'000'000'000'000);
    money.currency = in.string("currency", 1, 8);
    return money;
}

Money moneyField(JsonObjectReader& in, const std::string& path, std::string_view key)
{
    return readMoney(in.object(key), join(path, std::string(key)));
}

std::optional<std::int64_t> optionalTime(JsonObjectReader& in, std::string_view key)
{
    if (!in.find(key))
        return std::nullopt;
    return in.timestamp(key);
}

std::string nullableText(JsonObjectReader& in, std::string_view key)
{
    if (!in.find(key))
        return {};
    return in.string(key, 0, 256);
}

Plan readPlan(const json& value, const std::string& path)
{
    JsonObjectReader in(value, path);
    Plan plan;
    plan.id = in.string("id", 1, 64);
    plan.title = in.string("title", 0, 200);
    plan.period = in.string("period", 1, 16);
    plan.price = moneyField(in, path, "price");
    return plan;
}

Order readOrder(const json& value, const std::string& path)
{
    JsonObjectReader in(value, path);
    Order order;
    order.id = in.id("id");
    const std::string status = in.string("status", 1, 16);
    if (status == "pending")
        order.status = OrderStatus::Pending;
    else if (status == "paid")
        order.status = OrderStatus::Paid;
    else if (status == "refunded")
        order.status = OrderStatus::Refunded;
    else
        protocol::throwFieldError(protocol::JsonFieldError::Kind::Invalid, in.field("status"),
                                  "must be pending, paid or refunded");
    const json& items = in.array("items", 0, 1000);
    for (std::size_t i = 0; i < items.size(); ++i) {
        const std::string itemPath = join(path, "items[" + std::to_string(i) + "]");
        JsonObjectReader item(items[i], itemPath);
        OrderItem line;
        line.type = item.string("type", 1, 16);
        line.id = item.string("id", 1, 64);
        line.title = item.string("title", 0, 500);
        line.price = moneyField(item, itemPath, "price");
        order.items.push_back(std::move(line));
    }
    order.subtotal = moneyField(in, path, "subtotal");
    order.discount = moneyField(in, path, "discount");
    order.total = moneyField(in, path, "total");
    if (in.find("coupon"))
        order.coupon = in.string("coupon", 1, 64);
    order.createdAt = in.timestamp("created_at");
    order.paidAt = optionalTime(in, "paid_at");
    order.refundedAt = optionalTime(in, "refunded_at");
    return order;
}

Entitlement readEntitlement(const json& value, const std::string& path)
{
    JsonObjectReader in(value, path);
    Entitlement e;
    e.id = in.string("id", 1, 64);
    e.userId = in.string("user_id", 1, 64);
    e.kind = in.string("kind", 1, 32);
    e.courseId = nullableText(in, "course_id");
    e.planId = nullableText(in, "plan_id");
    e.grantedAt = in.timestamp("granted_at");
    e.expiresAt = optionalTime(in, "expires_at");
    e.leaseExpiresAt = in.timestamp("lease_expires_at");
    e.revoked = in.boolean("revoked");
    e.signature = in.string("signature", 0, 256);
    return e;
}

} // namespace

std::string Entitlement::canonicalText() const
{
    // Times as the server formats them (RFC 3339, seconds, Z): the signature
    // covers the text, so the client rebuilds it exactly.
    const auto time = [](std::int64_t t) { return timefmt::formatRfc3339(t); };
    std::string text = "lectern-entitlement-v1\n";
    text += id + "\n" + userId + "\n" + kind + "\n" + courseId + "\n" + planId + "\n";
    text += time(grantedAt) + "\n" + (expiresAt ? time(*expiresAt) : std::string()) + "\n";
    text += time(leaseExpiresAt) + "\n" + (revoked ? "1" : "0");
    return text;
}

const char* orderStatusName(OrderStatus status)
{
    switch (status) {
    case OrderStatus::Pending: return "pending";
    case OrderStatus::Paid: return "paid";
    case OrderStatus::Refunded: return "refunded";
    }
    return "pending";
}

std::expected<Plan, ParseError> parsePlan(const json& value, const std::string& path)
{
    return guarded<Plan>([&] { return readPlan(value, path); });
}

std::expected<Order, ParseError> parseOrder(const json& value, const std::string& path)
{
    return guarded<Order>([&] { return readOrder(value, path); });
}

std::expected<Entitlement, ParseError> parseEntitlement(const json& value, const std::string& path)
{
    return guarded<Entitlement>([&] { return readEntitlement(value, path); });
}

std::expected<EntitlementList, ParseError> parseEntitlementList(const json& value)
{
    return guarded<EntitlementList>([&] {
        JsonObjectReader in(value, "");
        EntitlementList list;
        const json& rows = in.array("entitlements", 0, 1'000'000);
        for (std::size_t i = 0; i < rows.size(); ++i)
            list.entitlements.push_back(readEntitlement(rows[i], "entitlements[" + std::to_string(i) + "]"));
        list.serverTime = in.timestamp("server_time");
        return list;
    });
}

std::expected<SubscriptionStatus, ParseError> parseSubscriptionStatus(const json& value)
{
    return guarded<SubscriptionStatus>([&] {
        JsonObjectReader in(value, "");
        SubscriptionStatus status;
        const json* sub = in.find("subscription");
        if (!sub)
            return status; // never subscribed
        JsonObjectReader s(*sub, "subscription");
        status.active = s.boolean("active");
        status.planId = s.string("plan_id", 1, 64);
        status.expiresAt = optionalTime(s, "expires_at");
        status.autoRenew = s.boolean("auto_renew");
        return status;
    });
}

} // namespace lectern::commerce
