#include "commerce/access_policy.h"

#include <algorithm>

namespace lectern::commerce {

const char* accessKindName(AccessKind kind)
{
    switch (kind) {
    case AccessKind::Owned: return "owned";
    case AccessKind::Subscription: return "subscription";
    case AccessKind::Free: return "free";
    case AccessKind::FreePreview: return "free_preview";
    case AccessKind::None: return "none";
    }
    return "none";
}

const char* denyReasonName(DenyReason reason)
{
    switch (reason) {
    case DenyReason::None: return "none";
    case DenyReason::NotPurchased: return "not_purchased";
    case DenyReason::LeaseExpired: return "lease_expired";
    case DenyReason::SubscriptionEnded: return "subscription_ended";
    case DenyReason::Revoked: return "revoked";
    case DenyReason::ClockWoundBack: return "clock_wound_back";
    case DenyReason::UnknownCourse: return "unknown_course";
    }
    return "none";
}

AccessPolicy::AccessPolicy(store::Database& db, EntitlementStore& entitlements, TrustedClock& clock)
    : m_db(db)
    , m_entitlements(entitlements)
    , m_clock(clock)
{
}

CommerceResult<AccessDecision> AccessPolicy::access(const std::string& courseId)
{
    bool known = false;
    bool free = false;
    bool inSubscription = false;
    {
        auto query = m_db.cached("SELECT price_minor, in_subscription FROM courses WHERE id = ?1");
        if (!query)
            return commerceFail(query.error());
        (*query)->bindAll(courseId);
        auto row = (*query)->step();
        if (!row)
            return commerceFail(row.error());
        if (*row) {
            known = true;
            free = (*query)->int64(0) == 0;
            inSubscription = (*query)->int64(1) != 0;
        }
        (*query)->reset();
    }
    if (free)
        return AccessDecision{AccessKind::Free, DenyReason::None, std::nullopt, {}};

    auto rows = m_entitlements.verified();
    if (!rows)
        return std::unexpected(rows.error());
    auto signedTime = m_entitlements.signedFetchTime();
    if (!signedTime)
        return std::unexpected(signedTime.error());
    const bool woundBack = m_clock.woundBack() || m_clock.behind(*signedTime);
    const std::int64_t now = std::max(m_clock.effectiveNow(), *signedTime);

    std::optional<AccessDecision> owned;
    std::optional<AccessDecision> subscribed;
    bool sawRevoked = false, sawLeaseExpired = false, sawEnded = false, sawLive = false;
    for (const Entitlement& e : *rows) {
        const bool coursePurchase = e.kind == "course" && e.courseId == courseId;
        const bool subscription = e.kind == "subscription" && inSubscription;
        if (!coursePurchase && !subscription)
            continue;
        if (e.revoked) {
            sawRevoked = true;
            continue;
        }
        if (subscription && e.expiresAt && *e.expiresAt <= now) {
            sawEnded = true;
            continue;
        }
        sawLive = true;
        if (e.leaseExpiresAt <= now) {
            sawLeaseExpired = true;
            continue;
        }
        if (woundBack)
            continue;
        if (coursePurchase) {
            if (!owned || e.leaseExpiresAt > owned->until.value_or(0))
                owned = AccessDecision{AccessKind::Owned, DenyReason::None, e.leaseExpiresAt, e.id};
        } else {
            const std::int64_t until = std::min(e.leaseExpiresAt, e.expiresAt.value_or(e.leaseExpiresAt));
            if (!subscribed || until > subscribed->until.value_or(0))
                subscribed = AccessDecision{AccessKind::Subscription, DenyReason::None, until, e.id};
        }
    }
    if (owned)
        return *owned;
    if (subscribed)
        return *subscribed;

    AccessDecision denied;
    if (woundBack && sawLive)
        denied.reason = DenyReason::ClockWoundBack;
    else if (sawLeaseExpired)
        denied.reason = DenyReason::LeaseExpired;
    else if (sawEnded)
        denied.reason = DenyReason::SubscriptionEnded;
    else if (sawRevoked)
        denied.reason = DenyReason::Revoked;
    else if (!known)
        denied.reason = DenyReason::UnknownCourse;
    else
        denied.reason = DenyReason::NotPurchased;
    return denied;
}

CommerceResult<AccessDecision> AccessPolicy::lessonAccess(const std::string& lessonId)
{
    std::string courseId;
    bool preview = false;
    {
        auto query = m_db.cached("SELECT c.id, l.free_preview FROM lessons l JOIN sections s ON s.id = l.section_id "
                                 "JOIN courses c ON c.key = s.course_key WHERE l.id = ?1");
        if (!query)
            return commerceFail(query.error());
        (*query)->bindAll(lessonId);
        auto row = (*query)->step();
        if (!row)
            return commerceFail(row.error());
        if (*row) {
            courseId = (*query)->text(0);
            preview = (*query)->int64(1) != 0;
        }
        (*query)->reset();
    }
    if (courseId.empty())
        return AccessDecision{AccessKind::None, DenyReason::UnknownCourse, std::nullopt, {}};
    auto decision = access(courseId);
    if (!decision || decision->allowed() || !preview)
        return decision;
    return AccessDecision{AccessKind::FreePreview, DenyReason::None, std::nullopt, {}};
}

} // namespace lectern::commerce
