// The commerce values of the API (docs/api.md, "Plans, orders and payments",
// "Entitlements") as the client sees them, with their JSON readers. Times are
// Unix seconds (UTC); money is minor units (fen) as the server computed it.
#pragma once

#include <cstdint>
#include <expected>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "protocol/catalog_json.h" // ParseError

namespace lectern::commerce {

struct Money {
    std::int64_t amountMinor = 0;
    std::string currency; // "CNY"
};

struct Plan {
    std::string id;     // "monthly", "yearly"
    std::string title;
    std::string period; // "month" | "year"
    Money price;
};

struct OrderItem {
    std::string type; // "course" | "plan"
    std::string id;   // course UUID or plan id
    std::string title;
    Money price;
};

enum class OrderStatus { Pending, Paid, Refunded };

struct Order {
    std::string id;
    OrderStatus status = OrderStatus::Pending;
    std::vector<OrderItem> items;
    Money subtotal;
    Money discount;
    Money total; // what is charged: always the server's figure
    std::optional<std::string> coupon;
    std::int64_t createdAt = 0;
    std::optional<std::int64_t> paidAt;
    std::optional<std::int64_t> refundedAt;
};

// One signed record of GET /v1/entitlements, kept with its signature.
struct Entitlement {
    std::string id;
    std::string userId;
    std::string kind;     // "course" | "subscription"
    std::string courseId; // "" when null
    std::string planId;   // "" when null
    std::int64_t grantedAt = 0;
    std::optional<std::int64_t> expiresAt;
    std::int64_t leaseExpiresAt = 0;
    bool revoked = false;
    std::string signature; // base64 Ed25519 over canonicalEntitlementText()

    // The exact text the server signs (docs/api.md): fields in order,
    // '\n'-separated, "" for null, 0/1 for revoked.
    [[nodiscard]] std::string canonicalText() const;
};

struct EntitlementList {
    std::vector<Entitlement> entitlements;
    std::int64_t serverTime = 0;
};

// The learner's subscription as GET /v1/subscription reports it.
struct SubscriptionStatus {
    bool active = false;            // not expired, not revoked, at the server's time
    std::string planId;             // "" when the user never subscribed
    std::optional<std::int64_t> expiresAt;
    bool autoRenew = false;         // false: "ends on expiresAt"; true: "renews on expiresAt"
};

[[nodiscard]] const char* orderStatusName(OrderStatus status);

// Strict readers (missing or mistyped fields name the field); unknown fields are ignored.
[[nodiscard]] std::expected<Plan, protocol::ParseError> parsePlan(const nlohmann::json& value, const std::string& path);
[[nodiscard]] std::expected<Order, protocol::ParseError> parseOrder(const nlohmann::json& value, const std::string& path);
[[nodiscard]] std::expected<Entitlement, protocol::ParseError> parseEntitlement(const nlohmann::json& value,
                                                                               const std::string& path);
[[nodiscard]] std::expected<EntitlementList, protocol::ParseError> parseEntitlementList(const nlohmann::json& value);
[[nodiscard]] std::expected<SubscriptionStatus, protocol::ParseError> parseSubscriptionStatus(const nlohmann::json& value);

} // namespace lectern::commerce
