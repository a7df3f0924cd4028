// Purchases end to end: lectern_commerce against the real lectern-server on
// 127.0.0.1 (--demo catalog, plans and coupons; --clock-offset-file to move the
// server's time), with the fault proxy where an answer must be lost after the
// server applied it. What a learner would notice: what they own, what they
// were charged, and what stays locked.
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <chrono>
#include <fstream>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

#include <httplib.h>

#include "account/account_session.h"
#include "account/session_store.h"
#include "commerce/access_policy.h"
#include "commerce/cart_repository.h"
#include "commerce/checkout_service.h"
#include "commerce/commerce_client.h"
#include "commerce/entitlement_store.h"
#include "commerce/server_key_store.h"
#include "commerce/trusted_clock.h"
#include "fault_proxy.h"
#include "net/api_client.h"
#include "net/curl_http_client.h"
#include "net/retrying_http_client.h"
#include "server_process.h"
#include "short_timeout_http_client.h"
#include "store/local_store.h"
#include "sync/catalog_sync.h"
#include "sync/user_data_sync.h"

using namespace lectern;
using namespace std::chrono_literals;
using commerce::AccessKind;
using commerce::CheckoutOutcome;
using commerce::DenyReason;

namespace {

constexpr const char* kSuccessCard = "4242424242424242";
constexpr const char* kDeclinedCard = "4000000000000002";
constexpr const char* kNoFundsCard = "4000000000009995";
constexpr const char* kPassword = "correct horse battery";
constexpr std::int64_t kDay = 86400;

// One address in front of whichever real server the test points it at: the
// same URL, so the pin for that URL meets another server's key.
class SwitchingProxy final {
public:
    explicit SwitchingProxy(std::string upstream)
        : m_upstream(std::move(upstream))
    {
        const auto handler = [this](const httplib::Request& request, httplib::Response& response) {
            std::string upstreamUrl;
            {
                std::lock_guard lock(m_mutex);
                upstreamUrl = m_upstream;
            }
            httplib::Client client(upstreamUrl);
            httplib::Request outgoing;
            outgoing.method = request.method;
            outgoing.path = request.target;
            outgoing.body = request.body;
            for (const auto& [name, value] : request.headers)
                if (name != "Host" && name != "Content-Length" && name != "Connection")
                    outgoing.headers.emplace(name, value);
            auto answer = client.send(outgoing);
            if (!answer) {
                response.status = 502;
                return;
            }
            response.status = answer->status;
            response.set_content(answer->body, answer->get_header_value("Content-Type"));
        };
        m_server.Get(".*", handler);
        m_server.Post(".*", handler);
        m_port = m_server.bind_to_any_port("127.0.0.1");
        m_thread = std::thread([this] { m_server.listen_after_bind(); });
        for (int i = 0; i < 500 && !m_server.is_running(); ++i) // stop() before listening would hang the join
            std::this_thread::sleep_for(10ms);
    }
    ~SwitchingProxy()
    {
        m_server.stop();
        m_thread.join();
    }
    SwitchingProxy(const SwitchingProxy&) = delete;
    SwitchingProxy& operator=(const SwitchingProxy&) = delete;

    [[nodiscard]] std::string baseUrl() const { return "http://127.0.0.1:" + std::to_string(m_port); }
    void setUpstream(std::string upstream)
    {
        std::lock_guard lock(m_mutex);
        m_upstream = std::move(upstream);
    }

private:
    std::mutex m_mutex;
    std::string m_upstream;
    httplib::Server m_server;
    std::thread m_thread;
    int m_port = -1;
};

// One profile of the app: its data dir, database, session, pinned key and the
// commerce services, built the way the app builds them.
struct Profile {
    QTemporaryDir dir;
    std::optional<store::Database> db;
    std::unique_ptr<account::FileSessionStore> sessions;
    std::unique_ptr<net::ApiClient> api;
    std::unique_ptr<account::AccountSession> session;
    std::unique_ptr<commerce::FileServerKeyStore> keys;
    std::unique_ptr<commerce::EntitlementStore> entitlements;
    std::unique_ptr<commerce::TrustedClock> clock;
    std::unique_ptr<commerce::CommerceApi> commerceApi;
    std::unique_ptr<commerce::CommerceClient> client;
    std::unique_ptr<commerce::CartRepository> cart;
    std::unique_ptr<commerce::CheckoutService> checkout;
    std::unique_ptr<commerce::AccessPolicy> policy;
    std::shared_ptr<std::atomic<std::int64_t>> wallOffset = std::make_shared<std::atomic<std::int64_t>>(0);

    std::string path(const char* name) const { return dir.filePath(QString::fromUtf8(name)).toStdString(); }

    // Opens (or, after close(), re-opens: an app restart) everything over `http`.
    bool open(net::HttpClient& http, const std::string& baseUrl)
    {
        auto opened = store::openLocalStore(path("lectern.db"));
        if (!opened)
            return false;
        db.emplace(std::move(*opened));
        const auto offset = wallOffset;
        const auto wall = [offset] { return commerce::systemWallSeconds() + offset->load(); };
        sessions = std::make_unique<account::FileSessionStore>(path("session.json"));
        api = std::make_unique<net::ApiClient>(http, baseUrl);
        session = std::make_unique<account::AccountSession>(*sessions, *api, wall);
        keys = std::make_unique<commerce::FileServerKeyStore>(commerce::defaultServerKeyFile(dir.path().toStdString()));
        entitlements = std::make_unique<commerce::EntitlementStore>(*db, *keys, baseUrl);
        clock = std::make_unique<commerce::TrustedClock>(*db, wall);
        commerceApi = std::make_unique<commerce::CommerceApi>(*api);
        client = std::make_unique<commerce::CommerceClient>(*commerceApi, *session, *entitlements, *clock);
        cart = std::make_unique<commerce::CartRepository>(*db);
        checkout = std::make_unique<commerce::CheckoutService>(*db, *client, *cart);
        policy = std::make_unique<commerce::AccessPolicy>(*db, *entitlements, *clock);
        return true;
    }

    void close()
    {
        policy.reset();
        checkout.reset();
        cart.reset();
        client.reset();
        commerceApi.reset();
        clock.reset();
        entitlements.reset();
        keys.reset();
        session.reset();
        api.reset();
        sessions.reset();
        db.reset();
    }

    AccessKind accessKind(const std::string& courseId) { return policy->access(courseId).value().kind; }
    DenyReason denyReason(const std::string& courseId) { return policy->access(courseId).value().reason; }
};

std::string describe(const commerce::CheckoutResult& result)
{
    std::string text = commerce::checkoutOutcomeName(result.outcome);
    if (result.error)
        text += " — " + result.error->describe();
    return text;
}

} // namespace

class TestCommerceE2e final : public QObject {
    Q_OBJECT

    test::ServerProcess m_server;
    QTemporaryDir m_clockDir;
    std::string m_clockFile;
    std::string m_baseUrl;
    net::CurlHttpClient m_curl;
    net::SystemSleeper m_sleeper;
    net::RetryingHttpClient m_http{m_curl, m_sleeper};
    int m_users = 0;

    std::string m_paidCourse;   // priced, not in the subscription
    std::string m_paidCourse2;  // another one
    std::string m_subCourse;    // priced, in_subscription
    std::string m_freeCourse;

    void setServerOffset(std::int64_t seconds)
    {
        std::ofstream out(m_clockFile, std::ios::trunc);
        out << seconds << "\n";
    }

    // A new learner signed in on a new profile with the catalog synced.
    std::unique_ptr<Profile> newLearner(std::string* emailOut = nullptr)
    {
        auto profile = std::make_unique<Profile>();
        if (!profile->open(m_http, m_baseUrl))
            return nullptr;
        const std::string email = "buyer" + std::to_string(++m_users) + "@lectern.test";
        if (emailOut)
            *emailOut = email;
        if (!profile->session->signUp(email, kPassword, "Buyer"))
            return nullptr;
        if (!syncCatalog(*profile))
            return nullptr;
        if (!profile->client->restorePurchases()) // what sign-in does: pins the key
            return nullptr;
        return profile;
    }

    // Another device of the same learner.
    std::unique_ptr<Profile> secondDevice(const std::string& email)
    {
        auto profile = std::make_unique<Profile>();
        if (!profile->open(m_http, m_baseUrl) || !profile->session->signIn(email, kPassword, "second laptop")
            || !syncCatalog(*profile) || !profile->client->restorePurchases())
            return nullptr;
        return profile;
    }

    bool syncCatalog(Profile& profile)
    {
        sync::CatalogSync catalog(*profile.db, *profile.api);
        return catalog.run(commerce::systemWallSeconds()).has_value();
    }

    std::optional<std::string> firstCourse(Profile& profile, const char* where, int skip = 0)
    {
        auto query = profile.db->prepare(std::string("SELECT id FROM courses WHERE ") + where
                                         + " ORDER BY id LIMIT 1 OFFSET " + std::to_string(skip));
        if (!query || !query->step().value_or(false))
            return std::nullopt;
        return query->text(0);
    }

    // What the server recorded for an order: (succeeded charges, payment rows).
    std::pair<std::int64_t, std::int64_t> charges(const std::string& orderId)
    {
        auto db = store::Database::open(m_server.dataDir().toStdString() + "/lectern-server.db",
                                        store::OpenMode::ReadOnly);
        if (!db)
            return {-1, -1};
        auto query = db->prepare("SELECT sum(status = 'succeeded'), count(*) FROM payments WHERE order_id = ?1");
        if (!query)
            return {-1, -1};
        query->bindAll(orderId);
        if (!query->step().value_or(false))
            return {-1, -1};
        return {query->isNull(0) ? std::int64_t{0} : query->int64(0), query->int64(1)};
    }

    std::size_t pendingCount(Profile& profile) { return profile.checkout->pendingPayments().value().size(); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_clockDir.isValid());
        m_clockFile = m_clockDir.filePath(QStringLiteral("clock_offset")).toStdString();
        setServerOffset(0);
        QVERIFY2(m_server.start(QStringLiteral(LECTERN_SERVER_BIN),
                                {QStringLiteral("--demo"), QStringLiteral("--clock-offset-file"),
                                 QString::fromStdString(m_clockFile)}),
                 qPrintable(m_server.error()));
        m_baseUrl = m_server.baseUrl();
        auto probe = newLearner();
        QVERIFY(probe);
        m_paidCourse = firstCourse(*probe, "price_minor > 0 AND in_subscription = 0").value_or("");
        m_paidCourse2 = firstCourse(*probe, "price_minor > 0 AND in_subscription = 0", 1).value_or("");
        m_subCourse = firstCourse(*probe, "price_minor > 0 AND in_subscription = 1").value_or("");
        m_freeCourse = firstCourse(*probe, "price_minor = 0").value_or("");
        QVERIFY(!m_paidCourse.empty() && !m_paidCourse2.empty() && !m_subCourse.empty() && !m_freeCourse.empty());
    }

    void cleanup() { setServerOffset(0); }

    void cleanupTestCase() { QCOMPARE(m_server.stop(), 0); }

    void buyingWithTheSuccessCardOwnsTheCourse()
    {
        auto me = newLearner();
        QVERIFY(me);
        QCOMPARE(me->accessKind(m_paidCourse), AccessKind::None);
        QCOMPARE(me->denyReason(m_paidCourse), DenyReason::NotPurchased);

        // The total shown for payment is the server's.
        auto placed = me->checkout->placeOrder({{m_paidCourse}, std::nullopt, std::nullopt});
        QVERIFY2(placed.outcome == CheckoutOutcome::OrderPlaced, describe(placed).c_str());
        auto price = me->db->prepare("SELECT price_minor FROM courses WHERE id = ?1");
        QVERIFY(price);
        price->bindAll(m_paidCourse);
        QVERIFY(price->step().value_or(false));
        QCOMPARE(placed.order->total.amountMinor, price->int64(0));

        auto paid = me->checkout->pay(placed.order->id, kSuccessCard);
        QVERIFY2(paid.outcome == CheckoutOutcome::Paid, describe(paid).c_str());
        QCOMPARE(paid.order->status, commerce::OrderStatus::Paid);
        QCOMPARE(me->accessKind(m_paidCourse), AccessKind::Owned);
        QCOMPARE(me->accessKind(m_paidCourse2), AccessKind::None);
        QCOMPARE(pendingCount(*me), std::size_t{0});

        // Stored with a signature that verifies with the pinned key.
        auto rows = me->entitlements->all();
        QVERIFY(rows);
        QCOMPARE(rows->size(), std::size_t{1});
        QVERIFY(rows->front().signatureValid);
        QVERIFY(!rows->front().entitlement.signature.empty());

        auto orders = me->client->orders();
        QVERIFY(orders);
        QCOMPARE(orders->size(), std::size_t{1});
        QCOMPARE(orders->front().status, commerce::OrderStatus::Paid);
        QCOMPARE(charges(placed.order->id), std::make_pair(std::int64_t{1}, std::int64_t{1}));

        // Buying it again is refused with a clear outcome.
        auto again = me->checkout->buy({{m_paidCourse}, std::nullopt, std::nullopt}, kSuccessCard);
        QCOMPARE(again.outcome, CheckoutOutcome::AlreadyOwned);
    }

    void declinedCardsOwnNothing()
    {
        auto me = newLearner();
        QVERIFY(me);
        auto declined = me->checkout->buy({{m_paidCourse}, std::nullopt, std::nullopt}, kDeclinedCard);
        QVERIFY2(declined.outcome == CheckoutOutcome::Declined, describe(declined).c_str());
        QCOMPARE(me->accessKind(m_paidCourse), AccessKind::None);

        auto orders = me->client->orders();
        QVERIFY(orders);
        QCOMPARE(orders->size(), std::size_t{1});
        QCOMPARE(orders->front().status, commerce::OrderStatus::Pending);
        const std::string pendingOrder = orders->front().id;

        auto noFunds = me->checkout->pay(pendingOrder, kNoFundsCard);
        QVERIFY2(noFunds.outcome == CheckoutOutcome::InsufficientFunds, describe(noFunds).c_str());
        QCOMPARE(me->accessKind(m_paidCourse), AccessKind::None);
        QCOMPARE(charges(pendingOrder).first, std::int64_t{0});

        // The same order paid with a good card afterwards: one charge.
        auto paid = me->checkout->pay(pendingOrder, kSuccessCard);
        QVERIFY2(paid.outcome == CheckoutOutcome::Paid, describe(paid).c_str());
        QCOMPARE(me->accessKind(m_paidCourse), AccessKind::Owned);
        QCOMPARE(charges(pendingOrder), std::make_pair(std::int64_t{1}, std::int64_t{3}));
    }

    void payingTwiceAtOnceChargesOnce()
    {
        auto me = newLearner();
        QVERIFY(me);
        auto placed = me->checkout->placeOrder({{m_paidCourse}, std::nullopt, std::nullopt});
        QVERIFY(placed.outcome == CheckoutOutcome::OrderPlaced);
        const std::string orderId = placed.order->id;

        // A double click: two workers of the same profile (two connections to
        // its database) pay the same order at the same moment.
        // Same profile folder: a second set of services over the same files.
        auto second = store::openLocalStore(me->path("lectern.db"));
        QVERIFY(second);
        store::Database secondDb = std::move(*second);
        commerce::EntitlementStore secondEntitlements(secondDb, *me->keys, m_baseUrl);
        commerce::TrustedClock secondClock(secondDb);
        commerce::CommerceClient secondClient(*me->commerceApi, *me->session, secondEntitlements, secondClock);
        commerce::CartRepository secondCart(secondDb);
        commerce::CheckoutService secondCheckout(secondDb, secondClient, secondCart);

        commerce::CheckoutResult first, other;
        std::thread a([&] { first = me->checkout->pay(orderId, kSuccessCard); });
        std::thread b([&] { other = secondCheckout.pay(orderId, kSuccessCard); });
        a.join();
        b.join();
        QVERIFY2(first.outcome == CheckoutOutcome::Paid, describe(first).c_str());
        QVERIFY2(other.outcome == CheckoutOutcome::Paid, describe(other).c_str());
        // One payment row: the second request was a replay of the first answer.
        QCOMPARE(charges(orderId), std::make_pair(std::int64_t{1}, std::int64_t{1}));
        QCOMPARE(me->accessKind(m_paidCourse), AccessKind::Owned);
    }

    void lostAnswerIsRetriedWithTheSameKey()
    {
        auto me = newLearner();
        QVERIFY(me);
        test::FaultProxy proxy(m_baseUrl);
        QVERIFY(proxy.start());
        test::ShortTimeoutHttpClient shortTimeouts(m_curl);
        net::RetryingHttpClient retrying(shortTimeouts, m_sleeper);
        net::ApiClient viaProxy(retrying, proxy.baseUrl());
        commerce::CommerceApi commerceViaProxy(viaProxy);
        // The desktop's form: tokens and user id from a session shared elsewhere.
        account::AccountSession& shared = *me->session;
        commerce::SessionAccess access{[&shared](bool force) { return shared.accessToken(force); },
                                       [&shared] { return shared.current().value().userId; }};
        commerce::CommerceClient client(commerceViaProxy, access, *me->entitlements, *me->clock);
        commerce::CheckoutService checkout(*me->db, client, *me->cart);

        auto placed = checkout.placeOrder({{m_paidCourse}, std::nullopt, std::nullopt});
        QVERIFY(placed.outcome == CheckoutOutcome::OrderPlaced);
        // The server charges and stores the answer; the answer never arrives.
        // The retry layer sends the same Idempotency-Key again and gets the replay.
        proxy.arm("/v1/orders/" + placed.order->id + "/payments", test::Fault::DropAnswer, 1);
        auto paid = checkout.pay(placed.order->id, kSuccessCard);
        QVERIFY2(paid.outcome == CheckoutOutcome::Paid, describe(paid).c_str());
        QCOMPARE(proxy.injected(), 1);
        QCOMPARE(charges(placed.order->id), std::make_pair(std::int64_t{1}, std::int64_t{1}));
        QCOMPARE(me->accessKind(m_paidCourse), AccessKind::Owned);
        proxy.disarm();
        proxy.stop();
    }

    void unknownOutcomeSurvivesARestart()
    {
        auto me = newLearner();
        QVERIFY(me);
        test::FaultProxy proxy(m_baseUrl);
        QVERIFY(proxy.start());
        // No retry layer: the lost answer reaches the caller as "we don't know".
        test::ShortTimeoutHttpClient shortTimeouts(m_curl);
        net::ApiClient viaProxy(shortTimeouts, proxy.baseUrl());
        std::string orderId;
        {
            commerce::CommerceApi commerceViaProxy(viaProxy);
            commerce::CommerceClient client(commerceViaProxy, *me->session, *me->entitlements, *me->clock);
            commerce::CheckoutService checkout(*me->db, client, *me->cart);
            auto placed = checkout.placeOrder({{m_paidCourse}, std::nullopt, std::nullopt});
            QVERIFY(placed.outcome == CheckoutOutcome::OrderPlaced);
            orderId = placed.order->id;
            proxy.arm("/v1/orders/" + orderId + "/payments", test::Fault::DropAnswer, 1);
            auto lost = checkout.pay(orderId, kSuccessCard);
            QVERIFY2(lost.outcome == CheckoutOutcome::Unknown, describe(lost).c_str());
            proxy.disarm();
        }
        proxy.stop();
        QCOMPARE(me->accessKind(m_paidCourse), AccessKind::None); // not known yet: not guessed either

        // The app restarts: the key is still there.
        me->close();
        QVERIFY(me->open(m_http, m_baseUrl));
        auto pending = me->checkout->pendingPayments();
        QVERIFY(pending);
        QCOMPARE(pending->size(), std::size_t{1});
        QCOMPARE(pending->front().orderId, orderId);
        QCOMPARE(pending->front().cardLast4, std::string("4242"));

        // The learner presses "Pay" again: the same key goes out, the server replays.
        auto paid = me->checkout->pay(orderId, kSuccessCard);
        QVERIFY2(paid.outcome == CheckoutOutcome::Paid, describe(paid).c_str());
        QCOMPARE(charges(orderId), std::make_pair(std::int64_t{1}, std::int64_t{1}));
        QCOMPARE(me->accessKind(m_paidCourse), AccessKind::Owned);
        QCOMPARE(pendingCount(*me), std::size_t{0});
    }

    void checkingAPendingPaymentAsksTheServer()
    {
        auto me = newLearner();
        QVERIFY(me);
        test::FaultProxy proxy(m_baseUrl);
        QVERIFY(proxy.start());
        test::ShortTimeoutHttpClient shortTimeouts(m_curl);
        net::ApiClient viaProxy(shortTimeouts, proxy.baseUrl());
        commerce::CommerceApi commerceViaProxy(viaProxy);
        commerce::CommerceClient client(commerceViaProxy, *me->session, *me->entitlements, *me->clock);
        commerce::CheckoutService checkout(*me->db, client, *me->cart);
        auto placed = checkout.placeOrder({{m_paidCourse}, std::nullopt, std::nullopt});
        QVERIFY(placed.outcome == CheckoutOutcome::OrderPlaced);
        proxy.arm("/v1/orders/" + placed.order->id + "/payments", test::Fault::DropAnswer, 1);
        QCOMPARE(checkout.pay(placed.order->id, kSuccessCard).outcome, CheckoutOutcome::Unknown);
        proxy.disarm();
        proxy.stop();

        // "We'll check": the order says paid, so the purchase is restored.
        auto checked = me->checkout->checkPending(placed.order->id);
        QVERIFY2(checked.outcome == CheckoutOutcome::Paid, describe(checked).c_str());
        QCOMPARE(me->accessKind(m_paidCourse), AccessKind::Owned);
        QCOMPARE(pendingCount(*me), std::size_t{0});
        QCOMPARE(charges(placed.order->id), std::make_pair(std::int64_t{1}, std::int64_t{1}));
    }

    void couponOutcomesAreClear()
    {
        auto me = newLearner();
        QVERIFY(me);
        const auto order = [&](std::vector<std::string> courses, std::optional<std::string> plan, std::string coupon) {
            return me->checkout->placeOrder({std::move(courses), std::move(plan), std::move(coupon)});
        };
        QCOMPARE(order({m_paidCourse}, std::nullopt, "EXPIRED20").outcome, CheckoutOutcome::CouponExpired);
        QCOMPARE(order({m_paidCourse}, std::nullopt, "NO-SUCH-CODE").outcome, CheckoutOutcome::CouponInvalid);
        auto notApplicable = order({}, std::string("monthly"), "COURSES30");
        QCOMPARE(notApplicable.outcome, CheckoutOutcome::CouponNotApplicable);
        QCOMPARE(notApplicable.field, std::string("coupon"));

        // A discount the server computed, shown before paying.
        auto discounted = order({m_paidCourse}, std::nullopt, "welcome10");
        QVERIFY2(discounted.outcome == CheckoutOutcome::OrderPlaced, describe(discounted).c_str());
        QCOMPARE(discounted.order->discount.amountMinor, discounted.order->subtotal.amountMinor * 10 / 100);
        QCOMPARE(discounted.order->total.amountMinor,
                 discounted.order->subtotal.amountMinor - discounted.order->discount.amountMinor);

        // ONCE has one use: the first learner pays with it, the next one is told it is used up.
        auto once = me->checkout->buy({{m_paidCourse2}, std::nullopt, std::string("ONCE")}, kSuccessCard);
        QVERIFY2(once.outcome == CheckoutOutcome::Paid, describe(once).c_str());
        auto other = newLearner();
        QVERIFY(other);
        auto exhausted = other->checkout->buy({{m_paidCourse2}, std::nullopt, std::string("ONCE")}, kSuccessCard);
        QCOMPARE(exhausted.outcome, CheckoutOutcome::CouponExhausted);
        QCOMPARE(other->accessKind(m_paidCourse2), AccessKind::None);
    }

    void freeCourseInOneClick()
    {
        auto me = newLearner();
        QVERIFY(me);
        auto enrolled = me->checkout->enrolFree(m_freeCourse);
        QVERIFY2(enrolled.outcome == CheckoutOutcome::Paid, describe(enrolled).c_str());
        QCOMPARE(enrolled.order->total.amountMinor, std::int64_t{0});
        QCOMPARE(me->accessKind(m_freeCourse), AccessKind::Free);
        // Not free: refused with a clear outcome, nothing charged.
        QCOMPARE(me->checkout->enrolFree(m_paidCourse).outcome, CheckoutOutcome::UnknownItem);
    }

    void subscriptionCoversItsCoursesUntilItEnds()
    {
        std::string email;
        auto me = newLearner(&email);
        QVERIFY(me);
        QCOMPARE(me->accessKind(m_subCourse), AccessKind::None);
        auto bought = me->checkout->buy({{}, std::string("monthly"), std::nullopt}, kSuccessCard);
        QVERIFY2(bought.outcome == CheckoutOutcome::Paid, describe(bought).c_str());
        QCOMPARE(me->accessKind(m_subCourse), AccessKind::Subscription);
        QCOMPARE(me->accessKind(m_paidCourse), AccessKind::None); // not in the subscription

        auto status = me->client->subscription();
        QVERIFY(status);
        QVERIFY(status->active);
        QVERIFY(status->autoRenew); // "renews on …"
        QCOMPARE(status->planId, std::string("monthly"));
        const std::int64_t ends = status->expiresAt.value();

        auto cancelled = me->client->cancelSubscription();
        QVERIFY2(cancelled, cancelled ? "" : cancelled.error().describe().c_str());
        QVERIFY(cancelled->active);
        QVERIFY(!cancelled->autoRenew); // "ends on …"
        QCOMPARE(cancelled->expiresAt.value(), ends);
        QCOMPARE(me->accessKind(m_subCourse), AccessKind::Subscription); // until it ends

        // Time passes on both sides past the end of the month (and past the
        // 30-day refresh token: the learner signs in again).
        const std::int64_t later = ends - commerce::systemWallSeconds() + 2 * kDay;
        setServerOffset(later);
        me->wallOffset->store(later);
        QCOMPARE(me->accessKind(m_subCourse), AccessKind::None);
        QCOMPARE(me->denyReason(m_subCourse), DenyReason::SubscriptionEnded);
        QVERIFY(me->session->signIn(email, kPassword, "laptop"));
        QVERIFY(me->client->restorePurchases());
        QCOMPARE(me->denyReason(m_subCourse), DenyReason::SubscriptionEnded);
        auto ended = me->client->subscription();
        QVERIFY(ended);
        QVERIFY(!ended->active);
        QVERIFY(!ended->autoRenew);
        // A new period can be bought once the old one has ended.
        auto renewed = me->checkout->buy({{}, std::string("monthly"), std::nullopt}, kSuccessCard);
        QVERIFY2(renewed.outcome == CheckoutOutcome::Paid, describe(renewed).c_str());
        QCOMPARE(me->accessKind(m_subCourse), AccessKind::Subscription);
    }

    void offlineLeaseRunsOutAndIsRenewedOnline()
    {
        std::string email;
        auto me = newLearner(&email);
        QVERIFY(me);
        QVERIFY(me->checkout->buy({{m_paidCourse}, std::nullopt, std::nullopt}, kSuccessCard).outcome
                == CheckoutOutcome::Paid);
        // 31 days offline: the 30-day lease has run out.
        me->wallOffset->store(31 * kDay);
        QCOMPARE(me->accessKind(m_paidCourse), AccessKind::None);
        QCOMPARE(me->denyReason(m_paidCourse), DenyReason::LeaseExpired); // "connect to renew"
        // Online again (the server's clock agrees): the lease is renewed.
        setServerOffset(31 * kDay);
        QVERIFY(me->session->signIn(email, kPassword, "laptop"));
        QVERIFY(me->client->restorePurchases());
        QCOMPARE(me->accessKind(m_paidCourse), AccessKind::Owned);
    }

    void editedEntitlementRowsUnlockNothing()
    {
        auto me = newLearner();
        QVERIFY(me);
        QVERIFY(me->checkout->buy({{m_paidCourse}, std::nullopt, std::nullopt}, kSuccessCard).outcome
                == CheckoutOutcome::Paid);
        QVERIFY(me->checkout->buy({{}, std::string("monthly"), std::nullopt}, kSuccessCard).outcome
                == CheckoutOutcome::Paid);
        QCOMPARE(me->accessKind(m_paidCourse), AccessKind::Owned);

        // Someone edits the SQLite file with another tool.
        auto raw = store::Database::open(me->path("lectern.db"));
        QVERIFY(raw);
        // Grant a course that was never bought: a copy of a signed row.
        QVERIFY(raw->exec("INSERT INTO entitlements (id, user_id, kind, course_id, plan_id, granted_at, expires_at, "
                          "lease_expires_at, revoked, signature) SELECT id || 'x', user_id, kind, '"
                          + m_paidCourse2
                          + "', plan_id, granted_at, expires_at, lease_expires_at, revoked, signature "
                            "FROM entitlements WHERE kind = 'course'"));
        // Extend the lease of the real purchase and the subscription by a year.
        QVERIFY(raw->exec("UPDATE entitlements SET lease_expires_at = lease_expires_at + 31536000, "
                          "expires_at = CASE WHEN expires_at IS NULL THEN NULL ELSE expires_at + 31536000 END"));
        QCOMPARE(me->accessKind(m_paidCourse2), AccessKind::None);
        QCOMPARE(me->accessKind(m_paidCourse), AccessKind::None); // its row no longer verifies
        QCOMPARE(me->accessKind(m_subCourse), AccessKind::None);
        auto rows = me->entitlements->all();
        QVERIFY(rows);
        for (const auto& row : *rows)
            QVERIFY(!row.signatureValid);

        // The next sync replaces the local copy with what the server signed.
        auto restored = me->client->restorePurchases();
        QVERIFY2(restored, restored ? "" : restored.error().describe().c_str());
        QCOMPARE(me->accessKind(m_paidCourse), AccessKind::Owned);
        QCOMPARE(me->accessKind(m_subCourse), AccessKind::Subscription);
        QCOMPARE(me->accessKind(m_paidCourse2), AccessKind::None);
    }

    void aChangedServerKeyIsRefused()
    {
        auto me = newLearner();
        QVERIFY(me);
        QVERIFY(me->checkout->buy({{m_paidCourse}, std::nullopt, std::nullopt}, kSuccessCard).outcome
                == CheckoutOutcome::Paid);
        // The key pinned at first sign-in differs from what the server now presents
        // (as if the server, or someone in between, changed its signing key).
        commerce::PinnedServerKey other{m_baseUrl, "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=", 30, 1};
        // Overwrite the pin (the store only pins when nothing is pinned).
        {
            std::ofstream out(commerce::defaultServerKeyFile(me->dir.path().toStdString()), std::ios::trunc);
            out << "{\"" << m_baseUrl << "\": {\"public_key\": \"" << other.publicKeyBase64
                << "\", \"offline_lease_days\": 30, \"pinned_at\": 1}}";
        }
        auto before = me->entitlements->all();
        QVERIFY(before);
        auto restored = me->client->restorePurchases();
        QVERIFY(!restored);
        QCOMPARE(restored.error().code, commerce::CommerceErrorCode::ServerKeyChanged);
        QVERIFY(restored.error().describe().find("server key changed") != std::string::npos);
        // Nothing replaced, and nothing verifies against a key the server does not hold.
        auto after = me->entitlements->all();
        QVERIFY(after);
        QCOMPARE(after->size(), before->size());
        QCOMPARE(me->accessKind(m_paidCourse), AccessKind::None);
    }

    // The same address now answers with another signing key (a replaced or
    // impostor server): refused loudly, and nothing is replaced.
    void aServerWithAnotherKeyAtTheSameAddressIsRefused()
    {
        test::ServerProcess impostor;
        QVERIFY2(impostor.start(QStringLiteral(LECTERN_SERVER_BIN), {QStringLiteral("--demo")}),
                 qPrintable(impostor.error()));
        SwitchingProxy address(m_baseUrl);
        auto me = std::make_unique<Profile>();
        QVERIFY(me->open(m_http, address.baseUrl()));
        const std::string email = "pinned" + std::to_string(++m_users) + "@lectern.test";
        QVERIFY(me->session->signUp(email, kPassword, "Pinned"));
        QVERIFY(syncCatalog(*me));
        QVERIFY(me->client->restorePurchases()); // pins the real server's key
        QVERIFY(me->checkout->buy({{m_paidCourse}, std::nullopt, std::nullopt}, kSuccessCard).outcome
                == CheckoutOutcome::Paid);
        QCOMPARE(me->accessKind(m_paidCourse), AccessKind::Owned);

        address.setUpstream(impostor.baseUrl());
        auto restored = me->client->restorePurchases();
        QVERIFY(!restored);
        QCOMPARE(restored.error().code, commerce::CommerceErrorCode::ServerKeyChanged);
        QVERIFY(restored.error().describe().find("server key changed") != std::string::npos);
        // What was bought is still there and still verifies with the pinned key.
        QCOMPARE(me->accessKind(m_paidCourse), AccessKind::Owned);
        QCOMPARE(me->entitlements->all().value().size(), std::size_t{1});
        QCOMPARE(impostor.stop(), 0);
    }

    void refundRemovesAccessOnTheNextSync()
    {
        std::string email;
        auto me = newLearner(&email);
        QVERIFY(me);
        auto bought = me->checkout->buy({{m_paidCourse}, std::nullopt, std::nullopt}, kSuccessCard);
        QVERIFY(bought.outcome == CheckoutOutcome::Paid);
        auto laptop = secondDevice(email);
        QVERIFY(laptop);
        QCOMPARE(laptop->accessKind(m_paidCourse), AccessKind::Owned);

        auto refunded = me->client->refund(bought.order->id, "bought the wrong course");
        QVERIFY2(refunded, refunded ? "" : refunded.error().describe().c_str());
        QCOMPARE(refunded->status, commerce::OrderStatus::Refunded);
        QCOMPARE(me->denyReason(m_paidCourse), DenyReason::Revoked);

        // The other device still has its copy until it syncs.
        QCOMPARE(laptop->accessKind(m_paidCourse), AccessKind::Owned);
        QVERIFY(laptop->client->restorePurchases());
        QCOMPARE(laptop->accessKind(m_paidCourse), AccessKind::None);
        QCOMPARE(laptop->denyReason(m_paidCourse), DenyReason::Revoked);

        // A second refund is refused, with the server's reason.
        auto again = me->client->refund(bought.order->id, {});
        QVERIFY(!again);
        QCOMPARE(again.error().code, commerce::CommerceErrorCode::Rejected);
        QCOMPARE(again.error().api->serverCode, std::string("refund_not_allowed"));
        QVERIFY(!again.error().api->message.empty());
    }

    void cartFollowsTheLearnerAndCheckoutEmptiesIt()
    {
        std::string email;
        auto desk = newLearner(&email);
        QVERIFY(desk);
        auto laptop = secondDevice(email);
        QVERIFY(laptop);
        QVERIFY(desk->cart->add(m_paidCourse));
        QVERIFY(desk->cart->add(m_paidCourse2));
        const auto syncUserData = [](Profile& profile) {
            sync::UserDataSync engine(*profile.db, *profile.api);
            return engine.run([&](bool force) { return profile.session->accessToken(force); });
        };
        QVERIFY(syncUserData(*desk));
        QVERIFY(syncUserData(*laptop));
        auto onLaptop = laptop->cart->courseIds();
        QVERIFY(onLaptop);
        QCOMPARE(onLaptop->size(), std::size_t{2});

        auto bought = laptop->checkout->checkoutCart(std::nullopt, kSuccessCard);
        QVERIFY2(bought.outcome == CheckoutOutcome::Paid, describe(bought).c_str());
        QCOMPARE(bought.order->items.size(), std::size_t{2});
        QVERIFY(laptop->cart->courseIds().value().empty());
        QVERIFY(syncUserData(*laptop));
        QVERIFY(syncUserData(*desk));
        QVERIFY(desk->cart->courseIds().value().empty());
        auto restored = desk->client->restorePurchases();
        QVERIFY2(restored, restored ? "" : restored.error().describe().c_str());
        QCOMPARE(desk->accessKind(m_paidCourse), AccessKind::Owned);
        QCOMPARE(desk->accessKind(m_paidCourse2), AccessKind::Owned);
    }

    // lectern-cli runs the same core code: a learner at a terminal.
    void theCommandLineBuysAndRefunds()
    {
        QTemporaryDir profile;
        const auto cli = [&](QStringList args, const QByteArray& input = {}) {
            QProcess process;
            process.start(qEnvironmentVariable("LECTERN_CLI"),
                          QStringList{QStringLiteral("--data-dir"), profile.path(), QStringLiteral("--server"),
                                      QString::fromStdString(m_baseUrl)}
                              + args);
            process.write(input);
            process.closeWriteChannel();
            if (!process.waitForFinished(60'000))
                process.kill();
            return std::make_pair(process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()));
        };
        const QString email = QStringLiteral("learner@demo.lectern");
        const auto login = cli({QStringLiteral("login"), email, QStringLiteral("--password-stdin")},
                               m_server.demoPassword(email).toUtf8() + "\n");
        QVERIFY2(login.first == 0, qPrintable(login.second));
        const QString course = QString::fromStdString(m_paidCourse);

        QVERIFY(cli({QStringLiteral("cart"), QStringLiteral("add"), course}).first == 0);
        QVERIFY(cli({QStringLiteral("cart"), QStringLiteral("list")}).second.contains(course));

        const auto declined = cli({QStringLiteral("buy"), course, QStringLiteral("--card"), QString::fromLatin1(kDeclinedCard)});
        QCOMPARE(declined.first, 1);
        QVERIFY2(declined.second.contains(QStringLiteral("declined")), qPrintable(declined.second));

        const auto paid = cli({QStringLiteral("buy"), course, QStringLiteral("--card"), QString::fromLatin1(kSuccessCard)});
        QVERIFY2(paid.first == 0 && paid.second.contains(QStringLiteral("paid:")), qPrintable(paid.second));
        QVERIFY(!cli({QStringLiteral("cart"), QStringLiteral("list")}).second.contains(course)); // bought: left the cart

        const auto owned = cli({QStringLiteral("entitlements")});
        QVERIFY2(owned.second.contains(QStringLiteral("signature ok")) && owned.second.contains(QStringLiteral("access owned")),
                 qPrintable(owned.second));

        const auto orders = cli({QStringLiteral("orders")});
        const QString paidLine = orders.second.split(QLatin1Char('\n')).filter(QStringLiteral("\tpaid\t")).value(0);
        QVERIFY2(!paidLine.isEmpty(), qPrintable(orders.second));
        const QString orderId = paidLine.section(QLatin1Char('\t'), 0, 0);
        const auto refunded = cli({QStringLiteral("refund"), orderId, QStringLiteral("--reason"), QStringLiteral("test")});
        QVERIFY2(refunded.first == 0, qPrintable(refunded.second));
        QCOMPARE(cli({QStringLiteral("refund"), orderId}).first, 1); // once only
        QVERIFY(cli({QStringLiteral("entitlements"), QStringLiteral("--offline")}).second.contains(QStringLiteral("revoked")));
    }

    void windingTheClockBackCountsLeasesAsExpired()
    {
        auto me = newLearner();
        QVERIFY(me);
        QVERIFY(me->checkout->buy({{m_paidCourse}, std::nullopt, std::nullopt}, kSuccessCard).outcome
                == CheckoutOutcome::Paid);
        QCOMPARE(me->accessKind(m_paidCourse), AccessKind::Owned);
        me->wallOffset->store(-2 * kDay);
        QCOMPARE(me->accessKind(m_paidCourse), AccessKind::None);
        QCOMPARE(me->denyReason(m_paidCourse), DenyReason::ClockWoundBack);
        // Forgetting the remembered time (editing app_state) does not help: the
        // signed leases say when the server last answered.
        QVERIFY(me->db->exec("DELETE FROM app_state WHERE key = 'commerce.latest_time'"));
        me->close();
        QVERIFY(me->open(m_http, m_baseUrl));
        me->wallOffset->store(-2 * kDay);
        QCOMPARE(me->denyReason(m_paidCourse), DenyReason::ClockWoundBack);
        // The clock put right again: owned.
        me->wallOffset->store(0);
        QCOMPARE(me->accessKind(m_paidCourse), AccessKind::Owned);
    }
};

QTEST_GUILESS_MAIN(TestCommerceE2e)
#include "test_commerce_e2e.moc"
