#include "commerce/commerce_api.h"

#include <utility>

#include <nlohmann/json.hpp>

namespace lectern::commerce {

namespace {

using nlohmann::json;
using net::ApiResult;
using net::HttpMethod;
using net::HttpRequest;

net::ApiError badResponse(int status, std::string detail)
{
    net::ApiError error;
    error.code = net::ApiErrorCode::BadResponse;
    error.httpStatus = status;
    error.detail = std::move(detail);
    return error;
}

HttpRequest makeRequest(const net::ApiClient& api, HttpMethod method, const std::string& path,
                        const std::string& accessToken)
{
    HttpRequest request;
    request.method = method;
    request.url = api.baseUrl() + path;
    request.headers.add("Accept", "application/json");
    if (!accessToken.empty())
        request.headers.add("Authorization", "Bearer " + accessToken);
    return request;
}

HttpRequest jsonRequest(const net::ApiClient& api, HttpMethod method, const std::string& path,
                        const std::string& accessToken, const json& body)
{
    HttpRequest request = makeRequest(api, method, path, accessToken);
    request.headers.add("Content-Type", "application/json");
    request.body = body.dump();
    return request;
}

// Sends; non-2xx becomes its ApiError; a 2xx must be JSON and is read with `parse`.
template <typename Parse>
auto call(const net::ApiClient& api, const HttpRequest& request, const net::CancelToken* cancel, Parse parse)
    -> ApiResult<typename decltype(parse(std::declval<const json&>()))::value_type>
{
    auto response = api.http().send(request, cancel);
    if (!response)
        return std::unexpected(std::move(response.error()));
    if (!response->isSuccess())
        return std::unexpected(net::errorFromResponse(*response));
    const auto contentType = response->headers.get("Content-Type");
    if (!contentType || !net::isJsonContentType(*contentType))
        return std::unexpected(badResponse(response->status, "expected a JSON body"));
    const json body = json::parse(response->body, nullptr, false);
    if (body.is_discarded())
        return std::unexpected(badResponse(response->status, "malformed JSON body"));
    auto parsed = parse(body);
    if (!parsed)
        return std::unexpected(badResponse(response->status, "response " + parsed.error().describe()));
    return std::move(*parsed);
}

using Parsed = std::expected<std::vector<Entitlement>, protocol::ParseError>;

Parsed entitlementsIn(const json& body, std::string_view key)
{
    std::vector<Entitlement> rows;
    const auto it = body.find(key);
    if (it == body.end())
        return rows;
    if (!it->is_array())
        return std::unexpected(protocol::ParseError{std::string(key), "must be an array"});
    for (std::size_t i = 0; i < it->size(); ++i) {
        auto row = parseEntitlement((*it)[i], std::string(key) + "[" + std::to_string(i) + "]");
        if (!row)
            return std::unexpected(row.error());
        rows.push_back(std::move(*row));
    }
    return rows;
}

std::expected<Order, protocol::ParseError> orderIn(const json& body)
{
    if (!body.is_object() || !body.contains("order"))
        return std::unexpected(protocol::ParseError{"order", "is required"});
    return parseOrder(body["order"], "order");
}

} // namespace

CommerceApi::CommerceApi(const net::ApiClient& api)
    : m_api(api)
{
}

ApiResult<std::vector<Plan>> CommerceApi::plans(const net::CancelToken* cancel) const
{
    return call(m_api, makeRequest(m_api, HttpMethod::Get, "/v1/plans", {}), cancel,
                [](const json& body) -> std::expected<std::vector<Plan>, protocol::ParseError> {
                    if (!body.is_object() || !body.contains("plans") || !body["plans"].is_array())
                        return std::unexpected(protocol::ParseError{"plans", "must be an array"});
                    std::vector<Plan> plans;
                    for (std::size_t i = 0; i < body["plans"].size(); ++i) {
                        auto plan = parsePlan(body["plans"][i], "plans[" + std::to_string(i) + "]");
                        if (!plan)
                            return std::unexpected(plan.error());
                        plans.push_back(std::move(*plan));
                    }
                    return plans;
                });
}

ApiResult<CreatedOrder> CommerceApi::createOrder(const std::string& accessToken, const OrderRequest& request,
                                                 const net::CancelToken* cancel) const
{
    json items = json::array();
    for (const std::string& id : request.courseIds)
        items.push_back({{"type", "course"}, {"id", id}});
    if (request.planId)
        items.push_back({{"type", "plan"}, {"id", *request.planId}});
    json body{{"items", std::move(items)}};
    if (request.coupon && !request.coupon->empty())
        body["coupon"] = *request.coupon;
    return call(m_api, jsonRequest(m_api, HttpMethod::Post, "/v1/orders", accessToken, body), cancel,
                [](const json& answer) -> std::expected<CreatedOrder, protocol::ParseError> {
                    auto order = orderIn(answer);
                    if (!order)
                        return std::unexpected(order.error());
                    auto rows = entitlementsIn(answer, "entitlements");
                    if (!rows)
                        return std::unexpected(rows.error());
                    return CreatedOrder{std::move(*order), std::move(*rows)};
                });
}

ApiResult<PaymentReceipt> CommerceApi::pay(const std::string& accessToken, const std::string& orderId,
                                           const std::string& cardNumber, const std::string& idempotencyKey,
                                           const net::CancelToken* cancel) const
{
    HttpRequest request = jsonRequest(m_api, HttpMethod::Post, "/v1/orders/" + orderId + "/payments", accessToken,
                                      json{{"provider", "sandbox"}, {"card_number", cardNumber}});
    request.idempotencyKey = idempotencyKey; // the retry layer may repeat it; the server replays
    return call(m_api, request, cancel, [](const json& answer) -> std::expected<PaymentReceipt, protocol::ParseError> {
        PaymentReceipt receipt;
        if (!answer.contains("payment") || !answer["payment"].is_object() || !answer["payment"].contains("id")
            || !answer["payment"]["id"].is_string())
            return std::unexpected(protocol::ParseError{"payment.id", "is required"});
        receipt.paymentId = answer["payment"]["id"].get<std::string>();
        auto order = orderIn(answer);
        if (!order)
            return std::unexpected(order.error());
        receipt.order = std::move(*order);
        auto rows = entitlementsIn(answer, "entitlements");
        if (!rows)
            return std::unexpected(rows.error());
        receipt.entitlements = std::move(*rows);
        return receipt;
    });
}

ApiResult<std::vector<Order>> CommerceApi::orders(const std::string& accessToken, const net::CancelToken* cancel) const
{
    return call(m_api, makeRequest(m_api, HttpMethod::Get, "/v1/orders", accessToken), cancel,
                [](const json& body) -> std::expected<std::vector<Order>, protocol::ParseError> {
                    if (!body.is_object() || !body.contains("orders") || !body["orders"].is_array())
                        return std::unexpected(protocol::ParseError{"orders", "must be an array"});
                    std::vector<Order> orders;
                    for (std::size_t i = 0; i < body["orders"].size(); ++i) {
                        auto order = parseOrder(body["orders"][i], "orders[" + std::to_string(i) + "]");
                        if (!order)
                            return std::unexpected(order.error());
                        orders.push_back(std::move(*order));
                    }
                    return orders;
                });
}

ApiResult<Order> CommerceApi::order(const std::string& accessToken, const std::string& orderId,
                                    const net::CancelToken* cancel) const
{
    return call(m_api, makeRequest(m_api, HttpMethod::Get, "/v1/orders/" + orderId, accessToken), cancel, orderIn);
}

ApiResult<Order> CommerceApi::refund(const std::string& accessToken, const std::string& orderId,
                                     const std::string& reason, const net::CancelToken* cancel) const
{
    json body = json::object();
    if (!reason.empty())
        body["reason"] = reason;
    HttpRequest request = jsonRequest(m_api, HttpMethod::Post, "/v1/orders/" + orderId + "/refund", accessToken, body);
    request.idempotent = false; // explicit: a refund is sent once
    return call(m_api, request, cancel, orderIn);
}

ApiResult<EntitlementList> CommerceApi::entitlements(const std::string& accessToken,
                                                     const net::CancelToken* cancel) const
{
    return call(m_api, makeRequest(m_api, HttpMethod::Get, "/v1/entitlements", accessToken), cancel,
                [](const json& body) { return parseEntitlementList(body); });
}

ApiResult<SubscriptionStatus> CommerceApi::subscription(const std::string& accessToken,
                                                        const net::CancelToken* cancel) const
{
    return call(m_api, makeRequest(m_api, HttpMethod::Get, "/v1/subscription", accessToken), cancel,
                [](const json& body) { return parseSubscriptionStatus(body); });
}

ApiResult<SubscriptionStatus> CommerceApi::cancelSubscription(const std::string& accessToken,
                                                              const net::CancelToken* cancel) const
{
    HttpRequest request =
        jsonRequest(m_api, HttpMethod::Post, "/v1/subscriptions/cancel", accessToken, json::object());
    request.idempotent = true; // cancelling twice is cancelling once
    return call(m_api, request, cancel, [](const json& body) { return parseSubscriptionStatus(body); });
}

} // namespace lectern::commerce
