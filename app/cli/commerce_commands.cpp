// lectern-cli plans / buy / orders / refund / entitlements / subscription / cart:
// the same core/commerce code the app's checkout runs.
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <string>

#include "account/account_session.h"
#include "cli_commands.h"
#include "commerce/access_policy.h"
#include "commerce/cart_repository.h"
#include "commerce/checkout_service.h"
#include "commerce/commerce_client.h"
#include "commerce/server_key_store.h"
#include "commerce/trusted_clock.h"
#include "net/curl_http_client.h"
#include "net/retrying_http_client.h"
#include "net/sleeper.h"
#include "util/time_format.h"

namespace lectern::cli {

namespace {

// Everything a purchase needs, built the way the app builds it.
struct Shop {
    Shop(const GlobalOptions& global, store::Database& db)
        : retrying(curl, sleeper)
        , api(retrying, resolvedServerUrl(global))
        , sessions(global.dataDir / "session.json")
        , session(sessions, api, commerce::systemWallSeconds)
        , keys(commerce::defaultServerKeyFile(global.dataDir))
        , entitlements(db, keys, api.baseUrl())
        , clock(db)
        , commerceApi(api)
        , client(commerceApi, session, entitlements, clock)
        , cart(db)
        , checkout(db, client, cart)
        , policy(db, entitlements, clock)
    {
    }
    ~Shop() { (void)clock.remember(); } // the next run knows how late this one was

    net::CurlHttpClient curl;
    net::SystemSleeper sleeper;
    net::RetryingHttpClient retrying;
    net::ApiClient api;
    account::FileSessionStore sessions;
    account::AccountSession session;
    commerce::FileServerKeyStore keys;
    commerce::EntitlementStore entitlements;
    commerce::TrustedClock clock;
    commerce::CommerceApi commerceApi;
    commerce::CommerceClient client;
    commerce::CartRepository cart;
    commerce::CheckoutService checkout;
    commerce::AccessPolicy policy;
};

std::string money(const commerce::Money& amount)
{
    const std::int64_t whole = amount.amountMinor / 100;
    const std::int64_t cents = amount.amountMinor % 100;
    char text[64];
    std::snprintf(text, sizeof text, "%lld.%02lld %s", static_cast<long long>(whole), static_cast<long long>(cents),
                  amount.currency.c_str());
    return text;
}

std::string date(const std::optional<std::int64_t>& at) { return at ? timefmt::formatRfc3339(*at) : "-"; }

int failure(const commerce::CommerceError& error)
{
    if (error.code == commerce::CommerceErrorCode::SignInRequired)
        std::fputs("lectern-cli: sign in first (lectern-cli login EMAIL)\n", stderr);
    else if (error.code == commerce::CommerceErrorCode::Rejected && error.api && !error.api->message.empty())
        std::fprintf(stderr, "lectern-cli: refused: %s (%s)\n", error.api->message.c_str(), error.api->serverCode.c_str());
    else
        std::fprintf(stderr, "lectern-cli: %s\n", error.describe().c_str());
    return 1;
}

void printOrder(const commerce::Order& order)
{
    std::printf("%s\t%s\ttotal %s", order.id.c_str(), commerce::orderStatusName(order.status),
                money(order.total).c_str());
    if (order.discount.amountMinor > 0)
        std::printf(" (subtotal %s, discount %s%s)", money(order.subtotal).c_str(), money(order.discount).c_str(),
                    order.coupon ? (" with " + *order.coupon).c_str() : "");
    std::printf("\tcreated %s", date(order.createdAt).c_str());
    if (order.paidAt)
        std::printf("\tpaid %s", date(order.paidAt).c_str());
    if (order.refundedAt)
        std::printf("\trefunded %s", date(order.refundedAt).c_str());
    std::printf("\n");
    for (const auto& item : order.items)
        std::printf("    %s %s\t%s\t%s\n", item.type.c_str(), item.id.c_str(), money(item.price).c_str(),
                    item.title.c_str());
}

// Opens the profile and its shop, and runs `body` with them; the exit code.
int withShop(const GlobalOptions& global, const std::function<int(Shop&)>& body)
{
    int exitCode = 0;
    auto db = openStore(global, exitCode);
    if (!db)
        return exitCode;
    Shop shop(global, *db);
    return body(shop);
}

// One line a learner understands for every outcome; the exit code says whether it was bought.
int report(const commerce::CheckoutResult& result)
{
    using commerce::CheckoutOutcome;
    const std::string field = result.field.empty() ? std::string() : " (" + result.field + ")";
    switch (result.outcome) {
    case CheckoutOutcome::Paid:
        std::printf("paid: order %s, %s charged\n", result.order->id.c_str(), money(result.order->total).c_str());
        return 0;
    case CheckoutOutcome::OrderPlaced:
        std::printf("order %s waits for payment: total %s (pay with --card NUMBER)\n", result.order->id.c_str(),
                    money(result.order->total).c_str());
        return 1;
    case CheckoutOutcome::Declined: std::puts("declined: the card was declined; nothing was charged"); return 1;
    case CheckoutOutcome::InsufficientFunds:
        std::puts("declined: the card has insufficient funds; nothing was charged");
        return 1;
    case CheckoutOutcome::CouponInvalid: std::puts("coupon: no such coupon"); return 1;
    case CheckoutOutcome::CouponExpired: std::puts("coupon: this coupon has expired"); return 1;
    case CheckoutOutcome::CouponExhausted: std::puts("coupon: this coupon has been used up"); return 1;
    case CheckoutOutcome::CouponNotApplicable:
        std::puts("coupon: this coupon does not apply to these items");
        return 1;
    case CheckoutOutcome::AlreadyOwned: std::printf("already owned%s: nothing to buy\n", field.c_str()); return 1;
    case CheckoutOutcome::UnknownItem: std::printf("not for sale here%s\n", field.c_str()); return 1;
    case CheckoutOutcome::EmptyOrder: std::puts("nothing to buy"); return 1;
    case CheckoutOutcome::NotPayable: std::puts("this order was refunded and cannot be paid"); return 1;
    case CheckoutOutcome::Unknown:
        std::puts("the answer was lost, so we don't know yet whether you were charged; we'll check: run "
                  "`lectern-cli orders` (paying again with the same card can never charge twice)");
        return 1;
    case CheckoutOutcome::NotPaid: std::puts("not paid: nothing was charged; pay again"); return 1;
    case CheckoutOutcome::Failed: break;
    }
    return failure(result.error.value_or(commerce::CommerceError{}));
}

} // namespace

bool restorePurchasesQuietly(const GlobalOptions& global, store::Database& db)
{
    Shop shop(global, db);
    if (!shop.session.current())
        return true;
    auto restored = shop.client.restorePurchases();
    if (!restored) {
        std::fprintf(stderr, "lectern-cli: purchases not restored: %s\n", restored.error().describe().c_str());
        return false;
    }
    std::printf("purchases restored: %zu entitlements (%zu verified)\n", restored->entitlements, restored->verified);
    return true;
}

int runPlans(const GlobalOptions& global, const Args& args)
{
    if (!args.empty())
        return usageError("usage: plans");
    return withShop(global, [&](Shop& shop) {
        auto plans = shop.client.plans();
        if (!plans)
            return failure(plans.error());
        for (const auto& plan : *plans)
            std::printf("%s\t%s per %s\t%s\n", plan.id.c_str(), money(plan.price).c_str(), plan.period.c_str(),
                        plan.title.c_str());
        return 0;
    });
}

int runBuy(const GlobalOptions& global, const Args& args)
{
    static constexpr const char* kUsage =
        "usage: buy [COURSE_ID...] [--plan monthly|yearly] [--coupon CODE] [--card NUMBER]\n"
        "       (sandbox cards: 4242424242424242 succeeds, 4000000000000002 is declined,\n"
        "        4000000000009995 has insufficient funds; free courses need no card)";
    commerce::OrderRequest request;
    std::string card;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const bool hasValue = i + 1 < args.size();
        if (args[i] == "--plan" && hasValue)
            request.planId = args[++i];
        else if (args[i] == "--coupon" && hasValue)
            request.coupon = args[++i];
        else if (args[i] == "--card" && hasValue)
            card = args[++i];
        else if (!args[i].empty() && args[i][0] != '-')
            request.courseIds.push_back(args[i]);
        else {
            return usageError(kUsage);
        }
    }
    if (request.courseIds.empty() && !request.planId)
        return usageError(kUsage);
    return withShop(global, [&](Shop& shop) {
        if (auto restored = shop.client.restorePurchases(); !restored) // pins the key on first use
            return failure(restored.error());
        auto placed = shop.checkout.placeOrder(request);
        if (placed.outcome != commerce::CheckoutOutcome::OrderPlaced || card.empty())
            return report(placed);
        std::printf("order %s: total %s\n", placed.order->id.c_str(), money(placed.order->total).c_str());
        return report(shop.checkout.pay(placed.order->id, card));
    });
}

int runOrders(const GlobalOptions& global, const Args& args)
{
    if (!args.empty())
        return usageError("usage: orders");
    return withShop(global, [&](Shop& shop) {
        // First find out what happened to payments whose answer was lost.
        if (auto pending = shop.checkout.pendingPayments(); pending) {
            for (const auto& payment : *pending) {
                auto checked = shop.checkout.checkPending(payment.orderId);
                std::printf("payment of order %s (card ending %s): %s\n", payment.orderId.c_str(),
                            payment.cardLast4.c_str(), commerce::checkoutOutcomeName(checked.outcome));
            }
        }
        auto orders = shop.client.orders();
        if (!orders)
            return failure(orders.error());
        for (const auto& order : *orders)
            printOrder(order);
        return 0;
    });
}

int runRefund(const GlobalOptions& global, const Args& args)
{
    std::string orderId;
    std::string reason;
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--reason" && i + 1 < args.size())
            reason = args[++i];
        else if (orderId.empty() && !args[i].empty() && args[i][0] != '-')
            orderId = args[i];
        else {
            orderId.clear();
            break;
        }
    }
    if (orderId.empty())
        return usageError("usage: refund ORDER_ID [--reason TEXT]");
    return withShop(global, [&](Shop& shop) {
        auto refunded = shop.client.refund(orderId, reason);
        if (!refunded)
            return failure(refunded.error());
        std::printf("refunded: order %s, %s returned; access to what it bought has ended\n", refunded->id.c_str(),
                    money(refunded->total).c_str());
        return 0;
    });
}

int runEntitlements(const GlobalOptions& global, const Args& args)
{
    bool offline = false;
    if (args.size() == 1 && args[0] == "--offline")
        offline = true;
    else if (!args.empty())
        return usageError("usage: entitlements [--offline]   (--offline: the local copy, without asking the server)");
    return withShop(global, [&](Shop& shop) {
        if (!offline)
            if (auto restored = shop.client.restorePurchases(); !restored)
                std::fprintf(stderr, "lectern-cli: showing the local copy: %s\n", restored.error().describe().c_str());
        auto rows = shop.entitlements.all();
        if (!rows)
            return failure(rows.error());
        if (shop.clock.woundBack())
            std::puts("warning: this computer's clock is behind the last time seen from the server; "
                      "offline access is paused until the clock is right");
        for (const auto& row : *rows) {
            const auto& e = row.entitlement;
            std::printf("%s\t%s %s\texpires %s\tlease until %s%s\t%s", e.id.c_str(), e.kind.c_str(),
                        e.kind == "course" ? e.courseId.c_str() : e.planId.c_str(), date(e.expiresAt).c_str(),
                        date(e.leaseExpiresAt).c_str(), e.revoked ? "\trevoked" : "",
                        row.signatureValid ? "signature ok" : "SIGNATURE INVALID (ignored)");
            if (e.kind == "course" && row.signatureValid) {
                auto access = shop.policy.access(e.courseId);
                if (access)
                    std::printf("\taccess %s%s", commerce::accessKindName(access->kind),
                                access->allowed() ? "" : (std::string(" (") + commerce::denyReasonName(access->reason) + ")").c_str());
            }
            std::printf("\n");
        }
        return 0;
    });
}

int runSubscription(const GlobalOptions& global, const Args& args)
{
    const bool cancel = args.size() == 1 && args[0] == "cancel";
    if (!args.empty() && !cancel)
        return usageError("usage: subscription [cancel]");
    return withShop(global, [&](Shop& shop) {
        auto status = cancel ? shop.client.cancelSubscription() : shop.client.subscription();
        if (!status)
            return failure(status.error());
        if (status->planId.empty())
            std::puts("no subscription");
        else if (!status->active)
            std::printf("%s: ended %s\n", status->planId.c_str(), date(status->expiresAt).c_str());
        else
            std::printf("%s: active, %s %s\n", status->planId.c_str(), status->autoRenew ? "renews" : "ends",
                        date(status->expiresAt).c_str());
        return 0;
    });
}

int runCart(const GlobalOptions& global, const Args& args)
{
    static constexpr const char* kUsage = "usage: cart add COURSE_ID | cart remove COURSE_ID | cart list";
    const bool list = args.size() == 1 && args[0] == "list";
    const bool change = args.size() == 2 && (args[0] == "add" || args[0] == "remove");
    if (!list && !change)
        return usageError(kUsage);
    int exitCode = 0;
    auto db = openStore(global, exitCode);
    if (!db)
        return exitCode;
    commerce::CartRepository cart(*db);
    if (change) {
        auto done = args[0] == "add" ? cart.add(args[1]) : cart.remove(args[1]);
        if (!done) {
            std::fprintf(stderr, "lectern-cli: %s\n", done.error().detail.c_str());
            return 1;
        }
        return 0; // reaches the other devices on the next `lectern-cli sync`
    }
    auto ids = cart.courseIds();
    if (!ids) {
        std::fprintf(stderr, "lectern-cli: %s\n", ids.error().detail.c_str());
        return 1;
    }
    for (const auto& id : *ids) {
        auto title = db->prepare("SELECT title, price_minor, currency FROM courses WHERE id = ?1");
        if (title && title->bindAll(id).step().value_or(false))
            std::printf("%s\t%s\t%s\n", id.c_str(), money({title->int64(1), title->text(2)}).c_str(),
                        title->text(0).c_str());
        else
            std::printf("%s\n", id.c_str());
    }
    return 0;
}

} // namespace lectern::cli
