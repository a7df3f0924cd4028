#include "commerce/entitlement_service.h"

#include <nlohmann/json.hpp>

#include "accounts/secrets.h"
#include "util/time_format.h"

namespace lectern::server {

namespace {

nlohmann::json nullable(const std::string& text) { return text.empty() ? nlohmann::json(nullptr) : nlohmann::json(text); }

} // namespace

EntitlementService::EntitlementService(Storage& storage, const Clock& clock, int offlineLeaseDays)
    : m_storage(storage)
    , m_clock(clock)
    , m_leaseDays(offlineLeaseDays)
{
}

Result<void> EntitlementService::loadKey(const std::filesystem::path& keyFile)
{
    auto signer = EntitlementSigner::loadOrCreate(keyFile);
    if (!signer)
        return std::unexpected(signer.error());
    m_signer = std::move(*signer);
    return {};
}

std::string EntitlementService::publicKeyBase64() const { return m_signer ? m_signer->publicKeyBase64() : std::string(); }

ApiResult<EntitlementRecord> EntitlementService::grant(EntitlementStore& store, const std::string& userId,
                                                       const std::string& orderId, const std::string& kind,
                                                       const std::string& courseId, const std::string& planId,
                                                       std::int64_t grantedAt, std::optional<std::int64_t> expiresAt)
{
    EntitlementRecord record{secrets::newId(grantedAt), userId, kind, courseId, planId, grantedAt, expiresAt, 0, false};
    if (auto ok = store.insert(record, orderId); !ok)
        return std::unexpected(ok.error());
    return record;
}

ApiResult<bool> EntitlementService::entitled(const std::string& userId, const std::string& courseId, bool inSubscription)
{
    return readUnit<bool>(m_storage, [&](StoreTransaction& tx) -> ApiResult<bool> {
        EntitlementStore& store = tx.entitlements();
        auto owns = store.ownsCourse(userId, courseId);
        if (!owns || *owns || !inSubscription)
            return owns;
        return store.hasSubscription(userId, m_clock.now());
    });
}

nlohmann::json EntitlementService::toJson(EntitlementRecord record) const
{
    record.leaseExpiresAt = m_clock.now() + std::int64_t{m_leaseDays} * 86400;
    return {{"id", record.id},
            {"user_id", record.userId},
            {"kind", record.kind},
            {"course_id", nullable(record.courseId)},
            {"plan_id", nullable(record.planId)},
            {"granted_at", timefmt::formatRfc3339(record.grantedAt)},
            {"expires_at", record.expiresAt ? nlohmann::json(timefmt::formatRfc3339(*record.expiresAt)) : nlohmann::json(nullptr)},
            {"lease_expires_at", timefmt::formatRfc3339(record.leaseExpiresAt)},
            {"revoked", record.revoked},
            {"signature", m_signer ? m_signer->sign(record) : std::string()}};
}

ApiResult<nlohmann::json> EntitlementService::list(const std::string& userId)
{
    auto records = readUnit<std::vector<EntitlementRecord>>(
        m_storage, [&](StoreTransaction& tx) { return tx.entitlements().list(userId); });
    if (!records)
        return std::unexpected(records.error());
    nlohmann::json items = nlohmann::json::array();
    for (EntitlementRecord& record : *records)
        items.push_back(toJson(std::move(record)));
    return nlohmann::json{{"entitlements", std::move(items)}, {"server_time", timefmt::formatRfc3339(m_clock.now())}};
}

namespace {

nlohmann::json subscriptionJson(const std::optional<SubscriptionRecord>& record, std::int64_t now)
{
    if (!record)
        return {{"subscription", nullptr}};
    const auto& e = record->entitlement;
    const bool active = e.expiresAt && *e.expiresAt > now;
    return {{"subscription",
             {{"plan_id", e.planId},
              {"active", active},
              {"expires_at", e.expiresAt ? nlohmann::json(timefmt::formatRfc3339(*e.expiresAt)) : nlohmann::json(nullptr)},
              // An ended subscription renews nothing, whatever the flag says.
              {"auto_renew", active && record->autoRenew}}}};
}

} // namespace

ApiResult<nlohmann::json> EntitlementService::subscription(const std::string& userId)
{
    auto record = readUnit<std::optional<SubscriptionRecord>>(
        m_storage, [&](StoreTransaction& tx) { return tx.entitlements().latestSubscription(userId); });
    if (!record)
        return std::unexpected(record.error());
    return subscriptionJson(*record, m_clock.now());
}

ApiResult<nlohmann::json> EntitlementService::cancelSubscription(const std::string& userId)
{
    return writeUnit<nlohmann::json>(m_storage, [&](StoreTransaction& tx) -> ApiResult<nlohmann::json> {
        const std::int64_t now = m_clock.now();
        auto record = tx.entitlements().latestSubscription(userId);
        if (!record)
            return std::unexpected(record.error());
        if (!*record || !(*record)->entitlement.expiresAt || *(*record)->entitlement.expiresAt <= now)
            return notFound("no active subscription");
        if (auto ok = tx.entitlements().setAutoRenew((*record)->entitlement.id, false); !ok)
            return std::unexpected(ok.error());
        (*record)->autoRenew = false;
        return subscriptionJson(*record, now);
    });
}

} // namespace lectern::server
