// Who may use what: course purchases and subscriptions, granted when an order
// is paid, revoked by a refund, and handed to clients signed with an offline lease.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "commerce/entitlement_signer.h"
#include "http/api_types.h"
#include "storage/connection_pool.h"
#include "util/clock.h"

namespace lectern::server {

class EntitlementService final {
public:
    EntitlementService(ConnectionPool& pool, const Clock& clock, int offlineLeaseDays);

    // Loads (or creates) the signing key; call once at start-up.
    [[nodiscard]] Result<void> loadKey(const std::filesystem::path& keyFile);
    [[nodiscard]] std::string publicKeyBase64() const;

    // Inside a caller's transaction.
    [[nodiscard]] static ApiResult<EntitlementRecord> grant(store::Database& db, const std::string& userId,
                                                            const std::string& orderId, const std::string& kind,
                                                            const std::string& courseId, const std::string& planId,
                                                            std::int64_t grantedAt, std::optional<std::int64_t> expiresAt);
    [[nodiscard]] static ApiResult<void> revokeOrder(store::Database& db, const std::string& orderId);
    [[nodiscard]] static ApiResult<bool> ownsCourse(store::Database& db, const std::string& userId,
                                                    const std::string& courseId);
    [[nodiscard]] static ApiResult<bool> hasSubscription(store::Database& db, const std::string& userId,
                                                         std::int64_t at);

    // A purchase of the course, or an active subscription when it covers the course.
    [[nodiscard]] ApiResult<bool> entitled(const std::string& userId, const std::string& courseId, bool inSubscription);

    // The signed wire form, with a lease from now.
    [[nodiscard]] nlohmann::json toJson(EntitlementRecord record) const;
    // GET /v1/entitlements
    [[nodiscard]] ApiResult<nlohmann::json> list(const std::string& userId);

private:
    ConnectionPool& m_pool;
    const Clock& m_clock;
    int m_leaseDays;
    std::optional<EntitlementSigner> m_signer;
};

} // namespace lectern::server
