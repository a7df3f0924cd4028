// `--demo` plans and coupons. Fixed dates keep re-seeding idempotent.
#include "app/demo_seed.h"
#include "commerce/order_service.h"
#include "util/time_format.h"

namespace lectern::server {

Result<void> seedDemoCommerce(ServerServices& services)
{
    OrderService& orders = *services.orders;
    const Plan plans[] = {
        {"monthly", "Lectern monthly", "month", 3900, "CNY"},
        {"yearly", "Lectern yearly", "year", 29900, "CNY"},
    };
    for (const Plan& plan : plans)
        if (auto ok = orders.upsertPlan(plan); !ok)
            return fail(ErrorCode::Database, ok.error().message);
    const Coupon coupons[] = {
        {"WELCOME10", "percent", 10, std::nullopt, std::nullopt},
        {"SPRING50", "fixed", 5000, timefmt::parseRfc3339("2035-05-31T16:00:00Z"), std::nullopt},
        {"EXPIRED20", "percent", 20, timefmt::parseRfc3339("2025-01-01T00:00:00Z"), std::nullopt},
        {"ONCE", "percent", 20, std::nullopt, 1},
        {"COURSES30", "percent", 30, std::nullopt, std::nullopt, "course"},
    };
    for (const Coupon& coupon : coupons)
        if (auto ok = orders.upsertCoupon(coupon); !ok)
            return fail(ErrorCode::Database, ok.error().message);
    return {};
}

} // namespace lectern::server
