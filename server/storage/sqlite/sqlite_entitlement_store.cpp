#include "storage/sqlite/sqlite_entitlement_store.h"

#include "storage/sqlite/sql.h"

namespace lectern::server::sqlite {

namespace {

// "" stands for NULL in EntitlementRecord's course and plan ids.
std::optional<std::string> orNull(const std::string& text)
{
    return text.empty() ? std::nullopt : std::optional(text);
}

} // namespace

ApiResult<void> SqliteEntitlementStore::insert(const EntitlementRecord& r, const std::string& orderId)
{
    return execute(m_db,
                   "INSERT INTO entitlements (id, user_id, kind, course_id, plan_id, order_id, granted_at, "
                   "expires_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                   r.id, r.userId, r.kind, orNull(r.courseId), orNull(r.planId), orderId, r.grantedAt, r.expiresAt);
}

ApiResult<void> SqliteEntitlementStore::revokeOrder(const std::string& orderId)
{
    return execute(m_db, "UPDATE entitlements SET revoked = 1 WHERE order_id = ?1", orderId);
}

ApiResult<bool> SqliteEntitlementStore::ownsCourse(const std::string& userId, const std::string& courseId)
{
    return exists(m_db,
                  "SELECT 1 FROM entitlements WHERE user_id = ?1 AND kind = 'course' AND course_id = ?2 "
                  "AND revoked = 0 LIMIT 1",
                  userId, courseId);
}

ApiResult<bool> SqliteEntitlementStore::hasSubscription(const std::string& userId, std::int64_t at)
{
    return exists(m_db,
                  "SELECT 1 FROM entitlements WHERE user_id = ?1 AND kind = 'subscription' AND revoked = 0 "
                  "AND expires_at > ?2 LIMIT 1",
                  userId, at);
}

ApiResult<std::optional<SubscriptionRecord>> SqliteEntitlementStore::latestSubscription(const std::string& userId)
{
    return queryOne(
        m_db,
        "SELECT id, coalesce(plan_id, ''), granted_at, expires_at, auto_renew FROM entitlements "
        "WHERE user_id = ?1 AND kind = 'subscription' AND revoked = 0 ORDER BY expires_at DESC, id LIMIT 1",
        [&](const store::Statement& row) {
            SubscriptionRecord record;
            record.entitlement = EntitlementRecord{row.text(0), userId, "subscription", {}, row.text(1),
                                                   row.int64(2), std::nullopt, 0, false};
            if (!row.isNull(3))
                record.entitlement.expiresAt = row.int64(3);
            record.autoRenew = row.int64(4) != 0;
            return record;
        },
        userId);
}

ApiResult<void> SqliteEntitlementStore::setAutoRenew(const std::string& entitlementId, bool autoRenew)
{
    return execute(m_db, "UPDATE entitlements SET auto_renew = ?2 WHERE id = ?1", entitlementId, autoRenew ? 1 : 0);
}

ApiResult<std::vector<EntitlementRecord>> SqliteEntitlementStore::list(const std::string& userId)
{
    return queryAll(
        m_db,
        "SELECT id, kind, coalesce(course_id, ''), coalesce(plan_id, ''), granted_at, expires_at, revoked "
        "FROM entitlements WHERE user_id = ?1 ORDER BY granted_at, id",
        [&](const store::Statement& row) {
            EntitlementRecord record{row.text(0), userId,      row.text(1), row.text(2), row.text(3),
                                     row.int64(4), std::nullopt, 0,           row.int64(6) != 0};
            if (!row.isNull(5))
                record.expiresAt = row.int64(5);
            return record;
        },
        userId);
}

} // namespace lectern::server::sqlite
