// Plans, orders, payments, refunds and entitlements (docs/api.md).
#include "accounts/secrets.h"
#include "app/route_registry.h"
#include "commerce/entitlement_service.h"
#include "commerce/order_service.h"
#include "commerce/sandbox_provider.h"
#include "protocol/json_reader.h"

namespace lectern::server {

namespace {

ApiResult<std::string> idempotencyKey(const ApiRequest& request)
{
    const std::string key = request.header("Idempotency-Key");
    if (key.empty())
        return apiError(400, "idempotency_key_required", "Idempotency-Key: send a unique key with every payment",
                        "Idempotency-Key");
    const bool printable = std::all_of(key.begin(), key.end(), [](unsigned char c) { return c >= 0x20 && c < 0x7F; });
    if (key.size() > 128 || !printable)
        return apiError(400, "invalid_field", "Idempotency-Key: 1 to 128 printable ASCII characters", "Idempotency-Key");
    return key;
}

ApiResult<ApiResponse> answer(ApiResult<nlohmann::json> result, int status = 200)
{
    if (!result)
        return std::unexpected(result.error());
    return ApiResponse::ok(std::move(*result), status);
}

} // namespace

Result<void> prepareCommerce(ServerServices& services)
{
    if (auto ok = services.entitlements->loadKey(services.config.dataDir / "entitlement_key"); !ok)
        return ok;
    services.entitlementPublicKeyBase64 = services.entitlements->publicKeyBase64();
    services.orders->addProvider(std::make_unique<SandboxProvider>());
    return {};
}

void registerCommerceRoutes(Router& router, ServerServices& services)
{
    OrderService& orders = *services.orders;
    EntitlementService& entitlements = *services.entitlements;

    router.add("GET", "/v1/plans", {}, [&orders](const ApiRequest&) { return answer(orders.plans()); });

    router.add("POST", "/v1/orders", {.authenticated = true, .jsonBody = true},
               [&orders](const ApiRequest& request) -> ApiResult<ApiResponse> {
                   protocol::JsonObjectReader in(request.json, "");
                   const auto& list = in.array("items", 0, OrderService::kMaxItems);
                   std::vector<OrderItemRequest> items;
                   for (std::size_t i = 0; i < list.size(); ++i) {
                       const std::string path = "items[" + std::to_string(i) + "]";
                       protocol::JsonObjectReader item(list[i], path);
                       OrderItemRequest parsed;
                       parsed.type = item.string("type", 1, 16);
                       if (parsed.type == "course")
                           parsed.id = item.id("id");
                       else if (parsed.type == "plan")
                           parsed.id = item.string("id", 1, 64);
                       else
                           protocol::throwFieldError(protocol::JsonFieldError::Kind::Invalid, path + ".type",
                                                     "must be course or plan");
                       item.finish();
                       items.push_back(std::move(parsed));
                   }
                   std::optional<std::string> coupon;
                   if (in.find("coupon"))
                       coupon = in.string("coupon", 1, 64);
                   in.finish();
                   return answer(orders.create(request.user->id, items, coupon), 201);
               });

    router.add("GET", "/v1/orders", {.authenticated = true},
               [&orders](const ApiRequest& request) { return answer(orders.list(request.user->id)); });

    router.add("GET", "/v1/orders/{id}", {.authenticated = true}, [&orders](const ApiRequest& request) {
        return answer(orders.get(request.user->id, request.params.at("id")));
    });

    router.add("POST", "/v1/orders/{id}/payments", {.authenticated = true, .jsonBody = true},
               [&orders](const ApiRequest& request) -> ApiResult<ApiResponse> {
                   auto key = idempotencyKey(request);
                   if (!key)
                       return std::unexpected(key.error());
                   protocol::JsonObjectReader in(request.json, "");
                   PaymentRequest payment;
                   payment.provider = in.string("provider", 1, 32);
                   payment.cardNumber = in.string("card_number", 12, 19);
                   in.finish();
                   if (payment.cardNumber.find_first_not_of("0123456789") != std::string::npos)
                       return apiError(400, "invalid_field", "card_number: digits only", "card_number");
                   payment.userId = request.user->id;
                   payment.orderId = request.params.at("id");
                   payment.idempotencyKey = *key;
                   // dump() sorts keys, so the hash ignores key order and spacing; the
                   // card number is only ever kept hashed.
                   payment.requestHash = secrets::sha256Hex(payment.orderId + "\n" + request.json.dump());
                   auto stored = orders.pay(payment);
                   if (!stored)
                       return std::unexpected(stored.error());
                   return ApiResponse::ok(std::move(stored->body), stored->status);
               });

    router.add("POST", "/v1/orders/{id}/refund", {.authenticated = true, .jsonBody = true},
               [&orders](const ApiRequest& request) -> ApiResult<ApiResponse> {
                   protocol::JsonObjectReader in(request.json, "");
                   const std::string reason = in.string("reason", 0, 1000, false);
                   in.finish();
                   return answer(orders.refund(request.user->id, request.params.at("id"), reason));
               });

    router.add("GET", "/v1/subscription", {.authenticated = true},
               [&entitlements](const ApiRequest& request) { return answer(entitlements.subscription(request.user->id)); });

    router.add("POST", "/v1/subscriptions/cancel", {.authenticated = true, .jsonBody = true},
               [&entitlements](const ApiRequest& request) -> ApiResult<ApiResponse> {
                   protocol::JsonObjectReader in(request.json, "");
                   in.finish(); // {} only
                   return answer(entitlements.cancelSubscription(request.user->id));
               });

    router.add("GET", "/v1/entitlements", {.authenticated = true},
               [&entitlements](const ApiRequest& request) { return answer(entitlements.list(request.user->id)); });
}

} // namespace lectern::server
