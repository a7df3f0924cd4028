// What entitlements are kept as. Leases and signatures are added by
// EntitlementService when a record goes out; they are never stored.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "commerce/entitlement_signer.h"
#include "http/api_error.h"

namespace lectern::server {

struct SubscriptionRecord {
    EntitlementRecord entitlement;
    bool autoRenew = true;
};

class EntitlementStore {
public:
    virtual ~EntitlementStore() = default;

    [[nodiscard]] virtual ApiResult<void> insert(const EntitlementRecord& record, const std::string& orderId) = 0;
    [[nodiscard]] virtual ApiResult<void> revokeOrder(const std::string& orderId) = 0;
    // Not revoked.
    [[nodiscard]] virtual ApiResult<bool> ownsCourse(const std::string& userId, const std::string& courseId) = 0;
    // Not revoked and not expired at `at`.
    [[nodiscard]] virtual ApiResult<bool> hasSubscription(const std::string& userId, std::int64_t at) = 0;
    // The user's subscription that ends last (not revoked), with its auto-renew flag.
    [[nodiscard]] virtual ApiResult<std::optional<SubscriptionRecord>> latestSubscription(const std::string& userId) = 0;
    [[nodiscard]] virtual ApiResult<void> setAutoRenew(const std::string& entitlementId, bool autoRenew) = 0;
    // Every record of the user, revoked ones too, oldest first.
    [[nodiscard]] virtual ApiResult<std::vector<EntitlementRecord>> list(const std::string& userId) = 0;
};

} // namespace lectern::server
