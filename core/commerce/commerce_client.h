// The learner's purchases as one service for the UI and lectern-cli: plans,
// order history, refunds, the subscription, and "restore purchases" (pin or
// check the server key, fetch the signed entitlements, replace the local copy).
// Synchronous; run it on a worker thread with that thread's Database.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "account/account_session.h"
#include "commerce/commerce_api.h"
#include "commerce/commerce_error.h"
#include "commerce/entitlement_store.h"
#include "commerce/trusted_clock.h"

namespace lectern::commerce {

struct RestoreReport {
    std::size_t entitlements = 0; // rows stored (revoked and expired ones included)
    std::size_t verified = 0;     // of those, rows whose signature verified
    std::int64_t serverTime = 0;
};

// Who is signed in, for callers that already share one session elsewhere (the
// desktop's SyncService): a token on demand (forceRefresh after a 401) and
// the signed-in user's id ("" when signed out).
struct SessionAccess {
    std::function<net::ApiResult<std::string>(bool forceRefresh)> accessToken;
    std::function<std::string()> userId;
};

class CommerceClient final {
public:
    CommerceClient(const CommerceApi& api, account::AccountSession& session, EntitlementStore& entitlements,
                   TrustedClock& clock);
    CommerceClient(const CommerceApi& api, SessionAccess session, EntitlementStore& entitlements, TrustedClock& clock);

    [[nodiscard]] CommerceResult<std::vector<Plan>> plans(const net::CancelToken* cancel = nullptr);
    [[nodiscard]] CommerceResult<std::vector<Order>> orders(const net::CancelToken* cancel = nullptr);
    [[nodiscard]] CommerceResult<Order> order(const std::string& orderId, const net::CancelToken* cancel = nullptr);

    // Refunds a paid order (7-day window) and restores purchases so access ends at
    // once. Refused: Rejected with api->serverCode "refund_not_allowed" and
    // api->message saying why (shown to the learner).
    [[nodiscard]] CommerceResult<Order> refund(const std::string& orderId, const std::string& reason,
                                               const net::CancelToken* cancel = nullptr);

    [[nodiscard]] CommerceResult<SubscriptionStatus> subscription(const net::CancelToken* cancel = nullptr);
    // Auto-renew off: "ends on <expiresAt>"; access continues until then.
    [[nodiscard]] CommerceResult<SubscriptionStatus> cancelSubscription(const net::CancelToken* cancel = nullptr);

    // "Restore purchases" — call after sign-in and on every sync run
    // (SyncService). GET /v1/server-info: its key is pinned on first use and
    // must match afterwards (else ServerKeyChanged, nothing replaced); its time
    // feeds the TrustedClock. Then GET /v1/entitlements replaces the local copy,
    // which renews every offline lease.
    [[nodiscard]] CommerceResult<RestoreReport> restorePurchases(const net::CancelToken* cancel = nullptr);

    [[nodiscard]] const CommerceApi& api() const { return m_api; }
    // The signed-in user's id, "" when signed out.
    [[nodiscard]] std::string userId() const { return m_session.userId ? m_session.userId() : std::string(); }
    [[nodiscard]] EntitlementStore& entitlements() { return m_entitlements; }
    [[nodiscard]] TrustedClock& clock() { return m_clock; }

    // Runs `call(token)` with the session's access token; after a 401 once more
    // with a forced refresh. SignInRequired when there is no usable session.
    template <typename Call>
    auto withToken(Call&& call) -> CommerceResult<typename decltype(call(std::string()))::value_type>;

private:
    const CommerceApi& m_api;
    SessionAccess m_session;
    EntitlementStore& m_entitlements;
    TrustedClock& m_clock;
};

template <typename Call>
auto CommerceClient::withToken(Call&& call) -> CommerceResult<typename decltype(call(std::string()))::value_type>
{
    for (int attempt = 0; attempt < 2; ++attempt) {
        auto token = m_session.accessToken ? m_session.accessToken(attempt > 0)
                                           : net::ApiResult<std::string>(std::unexpected(net::ApiError{}));
        if (!token)
            return commerceFail(CommerceErrorCode::SignInRequired, token.error().describe());
        auto result = call(*token);
        if (result)
            return std::move(*result);
        if (result.error().code != net::ApiErrorCode::Unauthorized || attempt > 0)
            return commerceFail(std::move(result.error()));
    }
    return commerceFail(CommerceErrorCode::SignInRequired);
}

} // namespace lectern::commerce
