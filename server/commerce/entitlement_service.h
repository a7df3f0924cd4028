// Who may use what: course purchases and subscriptions, granted when an order
// is paid, revoked by a refund, and handed to clients signed with an offline lease.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "commerce/entitlement_signer.h"
#include "commerce/entitlement_store.h"
#include "http/api_types.h"
#include "storage/storage.h"
#include "util/clock.h"

namespace lectern::server {

class EntitlementService final {
public:
    EntitlementService(Storage& storage, const Clock& clock, int offlineLeaseDays);

    // Loads (or creates) the signing key; call once at start-up.
    [[nodiscard]] Result<void> loadKey(const std::filesystem::path& keyFile);
    [[nodiscard]] std::string publicKeyBase64() const;

    // Inside the caller's unit of work (an order being paid).
    [[nodiscard]] static ApiResult<EntitlementRecord> grant(EntitlementStore& store, const std::string& userId,
                                                            const std::string& orderId, const std::string& kind,
                                                            const std::string& courseId, const std::string& planId,
                                                            std::int64_t grantedAt, std::optional<std::int64_t> expiresAt);

    // A purchase of the course, or an active subscription when it covers the course.
    [[nodiscard]] ApiResult<bool> entitled(const std::string& userId, const std::string& courseId, bool inSubscription);

    // The signed wire form, with a lease from now.
    [[nodiscard]] nlohmann::json toJson(EntitlementRecord record) const;
    // GET /v1/entitlements
    [[nodiscard]] ApiResult<nlohmann::json> list(const std::string& userId);
    // GET /v1/subscription: {"subscription": {...} | null}
    [[nodiscard]] ApiResult<nlohmann::json> subscription(const std::string& userId);
    // POST /v1/subscriptions/cancel: auto-renew off, access until expires_at.
    // 404 not_found when there is no active subscription. Idempotent.
    [[nodiscard]] ApiResult<nlohmann::json> cancelSubscription(const std::string& userId);

private:
    Storage& m_storage;
    const Clock& m_clock;
    int m_leaseDays;
    std::optional<EntitlementSigner> m_signer;
};

} // namespace lectern::server
