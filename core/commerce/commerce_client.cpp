#include "commerce/commerce_client.h"

namespace lectern::commerce {

CommerceClient::CommerceClient(const CommerceApi& api, account::AccountSession& session, EntitlementStore& entitlements,
                               TrustedClock& clock)
    : CommerceClient(api,
                     SessionAccess{[&session](bool forceRefresh) { return session.accessToken(forceRefresh); },
                                   [&session] {
                                       const auto current = session.current();
                                       return current ? current->userId : std::string();
                                   }},
                     entitlements, clock)
{
}

CommerceClient::CommerceClient(const CommerceApi& api, SessionAccess session, EntitlementStore& entitlements,
                               TrustedClock& clock)
    : m_api(api)
    , m_session(std::move(session))
    , m_entitlements(entitlements)
    , m_clock(clock)
{
}

CommerceResult<std::vector<Plan>> CommerceClient::plans(const net::CancelToken* cancel)
{
    auto plans = m_api.plans(cancel);
    if (!plans)
        return commerceFail(std::move(plans.error()));
    return std::move(*plans);
}

CommerceResult<std::vector<Order>> CommerceClient::orders(const net::CancelToken* cancel)
{
    return withToken([&](const std::string& token) { return m_api.orders(token, cancel); });
}

CommerceResult<Order> CommerceClient::order(const std::string& orderId, const net::CancelToken* cancel)
{
    return withToken([&](const std::string& token) { return m_api.order(token, orderId, cancel); });
}

CommerceResult<Order> CommerceClient::refund(const std::string& orderId, const std::string& reason,
                                             const net::CancelToken* cancel)
{
    auto refunded = withToken([&](const std::string& token) { return m_api.refund(token, orderId, reason, cancel); });
    if (!refunded)
        return refunded;
    // Access ends now rather than at the next sync. If this fails the refund
    // still stands; the next restore removes the access.
    (void)restorePurchases(cancel);
    return refunded;
}

CommerceResult<SubscriptionStatus> CommerceClient::subscription(const net::CancelToken* cancel)
{
    return withToken([&](const std::string& token) { return m_api.subscription(token, cancel); });
}

CommerceResult<SubscriptionStatus> CommerceClient::cancelSubscription(const net::CancelToken* cancel)
{
    return withToken([&](const std::string& token) { return m_api.cancelSubscription(token, cancel); });
}

CommerceResult<RestoreReport> CommerceClient::restorePurchases(const net::CancelToken* cancel)
{
    const std::string user = userId();
    if (user.empty())
        return commerceFail(CommerceErrorCode::SignInRequired, "not signed in");
    auto info = m_api.api().serverInfo(cancel);
    if (!info)
        return commerceFail(std::move(info.error()));

    RestoreReport report;
    // Key first: a server with another key replaces nothing, not even the clock mark.
    if (auto ok = m_entitlements.checkServerKey(info->entitlementPublicKey, info->offlineLeaseDays, m_clock.now()); !ok)
        return std::unexpected(ok.error());

    auto list = withToken([&](const std::string& token) { return m_api.entitlements(token, cancel); });
    if (!list)
        return std::unexpected(list.error());
    if (auto ok = m_entitlements.replaceAll(user, *list); !ok)
        return std::unexpected(ok.error());
    if (auto ok = m_clock.observeServerTime(list->serverTime); !ok)
        return commerceFail(ok.error());

    auto verified = m_entitlements.verified();
    if (!verified)
        return std::unexpected(verified.error());
    report.entitlements = list->entitlements.size();
    report.verified = verified->size();
    report.serverTime = list->serverTime;
    return report;
}

} // namespace lectern::commerce
