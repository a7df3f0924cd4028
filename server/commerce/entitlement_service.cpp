#include "commerce/entitlement_service.h"

#include <nlohmann/json.hpp>

#include "accounts/secrets.h"
#include "storage/transaction.h"
#include "storage/with_connection.h"
#include "util/time_format.h"

namespace lectern::server {

namespace {

nlohmann::json nullable(const std::string& text) { return text.empty() ? nlohmann::json(nullptr) : nlohmann::json(text); }

} // namespace

EntitlementService::EntitlementService(ConnectionPool& pool, const Clock& clock, int offlineLeaseDays)
    : m_pool(pool)
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

ApiResult<EntitlementRecord> EntitlementService::grant(store::Database& db, const std::string& userId,
                                                       const std::string& orderId, const std::string& kind,
                                                       const std::string& courseId, const std::string& planId,
                                                       std::int64_t grantedAt, std::optional<std::int64_t> expiresAt)
{
    EntitlementRecord record{secrets::newId(grantedAt), userId, kind, courseId, planId, grantedAt, expiresAt, 0, false};
    auto stmt = db.cached("INSERT INTO entitlements (id, user_id, kind, course_id, plan_id, order_id, granted_at, "
                          "expires_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    if (!stmt)
        return storeError(stmt.error());
    const auto orNull = [](const std::string& text) { return text.empty() ? std::nullopt : std::optional(text); };
    if (auto ok = (*stmt)
                      ->bindAll(record.id, userId, kind, orNull(courseId), orNull(planId), orderId, grantedAt, expiresAt)
                      .run();
        !ok)
        return storeError(ok.error());
    return record;
}

ApiResult<void> EntitlementService::revokeOrder(store::Database& db, const std::string& orderId)
{
    auto stmt = db.cached("UPDATE entitlements SET revoked = 1 WHERE order_id = ?1");
    if (!stmt)
        return storeError(stmt.error());
    if (auto ok = (*stmt)->bind(1, orderId).run(); !ok)
        return storeError(ok.error());
    return {};
}

ApiResult<bool> EntitlementService::ownsCourse(store::Database& db, const std::string& userId, const std::string& courseId)
{
    auto stmt = db.cached("SELECT 1 FROM entitlements WHERE user_id = ?1 AND kind = 'course' AND course_id = ?2 "
                          "AND revoked = 0 LIMIT 1");
    if (!stmt)
        return storeError(stmt.error());
    auto row = (*stmt)->bindAll(userId, courseId).step();
    if (!row)
        return storeError(row.error());
    (*stmt)->reset();
    return *row;
}

ApiResult<bool> EntitlementService::hasSubscription(store::Database& db, const std::string& userId, std::int64_t at)
{
    auto stmt = db.cached("SELECT 1 FROM entitlements WHERE user_id = ?1 AND kind = 'subscription' AND revoked = 0 "
                          "AND expires_at > ?2 LIMIT 1");
    if (!stmt)
        return storeError(stmt.error());
    auto row = (*stmt)->bindAll(userId, at).step();
    if (!row)
        return storeError(row.error());
    (*stmt)->reset();
    return *row;
}

ApiResult<bool> EntitlementService::entitled(const std::string& userId, const std::string& courseId, bool inSubscription)
{
    return withConnection<bool>(m_pool, [&](store::Database& db) -> ApiResult<bool> {
        auto owns = ownsCourse(db, userId, courseId);
        if (!owns || *owns || !inSubscription)
            return owns;
        return hasSubscription(db, userId, m_clock.now());
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
    return withConnection<nlohmann::json>(m_pool, [&](store::Database& db) -> ApiResult<nlohmann::json> {
        auto stmt = db.cached("SELECT id, kind, coalesce(course_id, ''), coalesce(plan_id, ''), granted_at, expires_at, "
                              "revoked FROM entitlements WHERE user_id = ?1 ORDER BY granted_at, id");
        if (!stmt)
            return storeError(stmt.error());
        (*stmt)->bind(1, userId);
        nlohmann::json items = nlohmann::json::array();
        while (true) {
            auto row = (*stmt)->step();
            if (!row)
                return storeError(row.error());
            if (!*row)
                break;
            EntitlementRecord record{(*stmt)->text(0), userId, (*stmt)->text(1), (*stmt)->text(2), (*stmt)->text(3),
                                     (*stmt)->int64(4), std::nullopt, 0, (*stmt)->int64(6) != 0};
            if (!(*stmt)->isNull(5))
                record.expiresAt = (*stmt)->int64(5);
            items.push_back(toJson(std::move(record)));
        }
        return nlohmann::json{{"entitlements", std::move(items)},
                              {"server_time", timefmt::formatRfc3339(m_clock.now())}};
    });
}

} // namespace lectern::server
