// May the learner open this course (or lesson) now? The one answer the player
// and the downloads use, from verified entitlements, the catalog's price and
// in_subscription, and the TrustedClock. Works offline until the lease ends.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "commerce/commerce_error.h"
#include "commerce/entitlement_store.h"
#include "commerce/trusted_clock.h"
#include "store/database.h"

namespace lectern::commerce {

enum class AccessKind {
    Owned,        // a purchase (or a free enrolment)
    Subscription, // an active subscription covers this in_subscription course
    Free,         // the course costs nothing
    FreePreview,  // lessonAccess only: a free-preview lesson of a course not owned
    None,
};

enum class DenyReason {
    None,              // access granted
    NotPurchased,      // nothing grants it: offer to buy
    LeaseExpired,      // offline lease ran out: "connect to renew"
    SubscriptionEnded, // the subscription that covered it expired
    Revoked,           // refunded / revoked
    ClockWoundBack,    // the wall clock is behind the latest time seen: leases count as expired
    UnknownCourse,     // not in the local catalog
};

struct AccessDecision {
    AccessKind kind = AccessKind::None;
    DenyReason reason = DenyReason::NotPurchased;
    // Granted: when the current basis ends (lease end, or the subscription's
    // end if earlier); nullopt for Free/FreePreview.
    std::optional<std::int64_t> until;
    std::string entitlementId; // the row that granted it

    [[nodiscard]] bool allowed() const { return kind != AccessKind::None; }
};

[[nodiscard]] const char* accessKindName(AccessKind kind);
[[nodiscard]] const char* denyReasonName(DenyReason reason);

class AccessPolicy final {
public:
    // `db` is the connection the catalog and entitlements are read from.
    AccessPolicy(store::Database& db, EntitlementStore& entitlements, TrustedClock& clock);

    [[nodiscard]] CommerceResult<AccessDecision> access(const std::string& courseId);
    // A lesson: FreePreview when the lesson is a free preview and the course is not otherwise accessible.
    [[nodiscard]] CommerceResult<AccessDecision> lessonAccess(const std::string& lessonId);

private:
    store::Database& m_db;
    EntitlementStore& m_entitlements;
    TrustedClock& m_clock;
};

} // namespace lectern::commerce
