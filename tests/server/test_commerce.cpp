#include <QTest>

#include <sodium.h>

#include "app/demo_seed.h"
#include "catalog/catalog_service.h"
#include "catalog_fixture.h"
#include "commerce/entitlement_signer.h"
#include "commerce/order_service.h"
#include "server_test_support.h"
#include "util/time_format.h"

using namespace lectern;
using lectern::test::errorCode;
using nlohmann::json;

namespace {

constexpr const char* kGood = "4242424242424242";
constexpr const char* kDeclined = "4000000000000002";
constexpr const char* kPoor = "4000000000009995";

struct Shop {
    test::TestServer server;
    std::string ada;
    std::string bob;

    Shop()
    {
        auto& services = server.services();
        if (!services.catalog->publishInstructor(test::fixtureInstructor())
            || !services.catalog->publishCourse(test::fixtureCourse(1, 19900))
            || !services.catalog->publishCourse(test::fixtureCourse(2, 9900, true))
            || !services.catalog->publishCourse(test::fixtureCourse(3, 0)) || !server::seedDemoCommerce(services))
            qFatal("shop setup failed");
        ada = server.signUp("ada@example.com").accessToken;
        bob = server.signUp("bob@example.com").accessToken;
    }

    server::ApiResponse order(const std::string& token, json items, std::optional<std::string> coupon = {})
    {
        json body{{"items", std::move(items)}};
        if (coupon)
            body["coupon"] = *coupon;
        return server.send("POST", "/v1/orders", body, token);
    }

    // Access tokens live 15 minutes: tests that move the clock sign in again.
    void signInAgain()
    {
        ada = server.services().accounts.signIn("ada@example.com", "correct horse battery", "", "127.0.0.1")->accessToken;
        bob = server.services().accounts.signIn("bob@example.com", "correct horse battery", "", "127.0.0.1")->accessToken;
    }

    static json course(int n) { return json::array({{{"type", "course"}, {"id", test::fixtureCourseId(n)}}}); }

    server::ApiResponse pay(const std::string& token, const std::string& orderId, const std::string& card,
                            const std::string& key)
    {
        std::vector<std::pair<std::string, std::string>> headers;
        if (!key.empty())
            headers.emplace_back("Idempotency-Key", key);
        return server.send("POST", "/v1/orders/" + orderId + "/payments", {{"provider", "sandbox"}, {"card_number", card}},
                           token, headers);
    }

    std::int64_t count(const std::string& sql)
    {
        auto lease = server.app().sqlitePool().acquire();
        auto stmt = lease->db().prepare(sql);
        if (!stmt || !*stmt->step())
            qFatal("count failed");
        return stmt->int64(0);
    }
};

} // namespace

class TestCommerce final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void plans()
    {
        Shop shop;
        auto plans = shop.server.send("GET", "/v1/plans");
        QCOMPARE(plans.status, 200);
        QCOMPARE(plans.json["plans"].size(), std::size_t(2));
        QVERIFY(plans.json["plans"][0]["id"] == "monthly");
        QVERIFY(plans.json["plans"][0]["price"]["amount_minor"] == 3900);
        QVERIFY(plans.json["plans"][1]["price"]["amount_minor"] == 29900);
    }

    void buyDeclineThenSucceedAndReplay()
    {
        Shop shop;
        auto created = shop.order(shop.ada, Shop::course(1));
        QCOMPARE(created.status, 201);
        const json order = created.json["order"];
        QVERIFY(order["status"] == "pending");
        QVERIFY(order["total"]["amount_minor"] == 19900);
        QVERIFY(order["items"][0]["title"] == "Course 1");
        const std::string id = order["id"];

        auto declined = shop.pay(shop.ada, id, kDeclined, "k1");
        QCOMPARE(declined.status, 402);
        QCOMPARE(errorCode(declined), std::string("card_declined"));
        auto poor = shop.pay(shop.ada, id, kPoor, "k2");
        QCOMPARE(poor.status, 402);
        QCOMPARE(errorCode(poor), std::string("insufficient_funds"));
        QCOMPARE(errorCode(shop.pay(shop.ada, id, "4111111111111111", "k3")), std::string("card_declined"));
        // Replaying a declined request does not charge again either.
        QCOMPARE(shop.pay(shop.ada, id, kDeclined, "k1").status, 402);
        QCOMPARE(shop.count("SELECT count(*) FROM payments"), std::int64_t(3));

        auto paid = shop.pay(shop.ada, id, kGood, "k4");
        QCOMPARE(paid.status, 200);
        QVERIFY(paid.json["payment"]["status"] == "succeeded");
        QVERIFY(paid.json["order"]["status"] == "paid");
        QCOMPARE(paid.json["entitlements"].size(), std::size_t(1));
        QVERIFY(paid.json["entitlements"][0]["course_id"] == test::fixtureCourseId(1));

        auto replay = shop.pay(shop.ada, id, kGood, "k4");
        QCOMPARE(replay.status, 200);
        QVERIFY(replay.json == paid.json);
        QCOMPARE(shop.count("SELECT count(*) FROM payments WHERE status = 'succeeded'"), std::int64_t(1));
        QCOMPARE(shop.count("SELECT count(*) FROM payments"), std::int64_t(4));

        QCOMPARE(errorCode(shop.pay(shop.ada, id, kDeclined, "k4")), std::string("idempotency_key_reused"));
        QCOMPARE(errorCode(shop.pay(shop.ada, id, kGood, "k5")), std::string("order_already_paid"));
        QCOMPARE(errorCode(shop.pay(shop.ada, id, kGood, "")), std::string("idempotency_key_required"));
        QCOMPARE(errorCode(shop.pay(shop.ada, id, kGood, std::string(129, 'k'))), std::string("invalid_field"));
        QCOMPARE(shop.count("SELECT count(*) FROM payments"), std::int64_t(4));

        // Already owned now.
        auto again = shop.order(shop.ada, Shop::course(1));
        QCOMPARE(again.status, 409);
        QCOMPARE(errorCode(again), std::string("already_owned"));
        // History, newest first.
        auto second = shop.order(shop.ada, Shop::course(2));
        auto history = shop.server.send("GET", "/v1/orders", nullptr, shop.ada);
        QCOMPARE(history.json["orders"].size(), std::size_t(2));
        QVERIFY(history.json["orders"][1]["id"] == id);
    }

    void ownershipIsPrivate()
    {
        Shop shop;
        const std::string id = shop.order(shop.ada, Shop::course(1)).json["order"]["id"];
        auto peek = shop.server.send("GET", "/v1/orders/" + id, nullptr, shop.bob);
        QCOMPARE(peek.status, 404);
        QCOMPARE(errorCode(peek), std::string("not_found"));
        QCOMPARE(shop.pay(shop.bob, id, kGood, "b1").status, 404);
        QCOMPARE(shop.server.send("POST", "/v1/orders/" + id + "/refund", json::object(), shop.bob).status, 404);
        QCOMPARE(shop.server.send("GET", "/v1/orders/" + id, nullptr, shop.ada).status, 200);
        QVERIFY(shop.server.send("GET", "/v1/orders", nullptr, shop.bob).json["orders"].empty());
        QCOMPARE(errorCode(shop.server.send("GET", "/v1/orders/nope", nullptr, shop.ada)), std::string("invalid_id"));
        QCOMPARE(shop.server.send("GET", "/v1/orders").status, 401);
        // The same key used by two users is two different requests.
        QCOMPARE(shop.pay(shop.ada, id, kDeclined, "shared").status, 402);
        const std::string bobs = shop.order(shop.bob, Shop::course(1)).json["order"]["id"];
        QCOMPARE(shop.pay(shop.bob, bobs, kGood, "shared").status, 200);
    }

    void coupons()
    {
        Shop shop;
        auto welcome = shop.order(shop.ada, Shop::course(1), "welcome10"); // case-insensitive
        QCOMPARE(welcome.status, 201);
        QVERIFY(welcome.json["order"]["discount"]["amount_minor"] == 1990);
        QVERIFY(welcome.json["order"]["total"]["amount_minor"] == 17910);
        QVERIFY(welcome.json["order"]["coupon"] == "WELCOME10");

        auto spring = shop.order(shop.ada, Shop::course(2), "SPRING50");
        QVERIFY(spring.json["order"]["total"]["amount_minor"] == 4900);
        QCOMPARE(errorCode(shop.order(shop.ada, Shop::course(2), "EXPIRED20")), std::string("coupon_expired"));
        QCOMPARE(errorCode(shop.order(shop.ada, Shop::course(2), "NOPE")), std::string("coupon_invalid"));

        // ONCE: the use is counted at payment, so two pending orders may carry it…
        const std::string first = shop.order(shop.ada, Shop::course(1), "ONCE").json["order"]["id"];
        const std::string second = shop.order(shop.bob, Shop::course(1), "ONCE").json["order"]["id"];
        QCOMPARE(shop.pay(shop.ada, first, kGood, "o1").status, 200);
        // …but only the first payment gets it.
        QCOMPARE(errorCode(shop.pay(shop.bob, second, kGood, "o2")), std::string("coupon_exhausted"));
        QCOMPARE(errorCode(shop.order(shop.bob, Shop::course(2), "ONCE")), std::string("coupon_exhausted"));

        // A fixed coupon never takes the total below zero; a zero total is paid at once.
        QVERIFY(shop.server.services().orders->upsertCoupon({"BIG", "fixed", 1'000'000, std::nullopt, std::nullopt}).has_value());
        auto free = shop.order(shop.bob, Shop::course(2), "BIG");
        QCOMPARE(free.status, 201);
        QVERIFY(free.json["order"]["total"]["amount_minor"] == 0);
        QVERIFY(free.json["order"]["status"] == "paid");
        QCOMPARE(free.json["entitlements"].size(), std::size_t(1));
    }

    void couponsLimitedToCourses()
    {
        Shop shop;
        QVERIFY(shop.server.services()
                    .orders->upsertCoupon({"COURSES30", "percent", 30, std::nullopt, std::nullopt, "course"})
                    .has_value());
        const json monthly{{"type", "plan"}, {"id", "monthly"}};
        auto planOnly = shop.order(shop.ada, json::array({monthly}), "COURSES30");
        QCOMPARE(errorCode(planOnly), std::string("coupon_not_applicable"));
        QVERIFY(planOnly.json["error"]["field"] == "coupon");
        // With a course in the order only the course line is discounted.
        auto mixed = shop.order(shop.ada, json::array({Shop::course(1)[0], monthly}), "COURSES30");
        QCOMPARE(mixed.status, 201);
        QVERIFY(mixed.json["order"]["discount"]["amount_minor"] == 19900 * 30 / 100);
        QVERIFY(mixed.json["order"]["total"]["amount_minor"] == 19900 + 3900 - 19900 * 30 / 100);
    }

    void subscriptionEndsInsteadOfRenewingOnceCancelled()
    {
        Shop shop;
        QVERIFY(shop.server.send("GET", "/v1/subscription", nullptr, shop.ada).json["subscription"].is_null());
        QCOMPARE(errorCode(shop.server.send("POST", "/v1/subscriptions/cancel", json::object(), shop.ada)),
                 std::string("not_found"));
        const std::string id = shop.order(shop.ada, json::array({{{"type", "plan"}, {"id", "monthly"}}}))
                                   .json["order"]["id"];
        QCOMPARE(shop.pay(shop.ada, id, kGood, "m").status, 200);
        auto status = shop.server.send("GET", "/v1/subscription", nullptr, shop.ada);
        QCOMPARE(status.status, 200);
        QVERIFY(status.json["subscription"]["active"] == true);
        QVERIFY(status.json["subscription"]["auto_renew"] == true);
        QVERIFY(status.json["subscription"]["plan_id"] == "monthly");
        const std::string ends = status.json["subscription"]["expires_at"];

        auto cancelled = shop.server.send("POST", "/v1/subscriptions/cancel", json::object(), shop.ada);
        QCOMPARE(cancelled.status, 200);
        QVERIFY(cancelled.json["subscription"]["auto_renew"] == false);
        QVERIFY(cancelled.json["subscription"]["active"] == true);
        QVERIFY(cancelled.json["subscription"]["expires_at"] == ends);
        // Cancelling again changes nothing; bob has nothing to cancel.
        QCOMPARE(shop.server.send("POST", "/v1/subscriptions/cancel", json::object(), shop.ada).status, 200);
        QCOMPARE(errorCode(shop.server.send("POST", "/v1/subscriptions/cancel", json::object(), shop.bob)),
                 std::string("not_found"));
        QCOMPARE(errorCode(shop.server.send("POST", "/v1/subscriptions/cancel", json{{"now", true}}, shop.ada)),
                 std::string("unknown_field"));
        // The period ends: no longer active, nothing renews, a new period can be bought.
        shop.server.clock.set(*timefmt::parseRfc3339(ends) + 1);
        shop.signInAgain();
        auto ended = shop.server.send("GET", "/v1/subscription", nullptr, shop.ada);
        QVERIFY(ended.json["subscription"]["active"] == false);
        QVERIFY(ended.json["subscription"]["auto_renew"] == false);
        QCOMPARE(shop.order(shop.ada, json::array({{{"type", "plan"}, {"id", "monthly"}}})).status, 201);
    }

    void freeCourseAndPlans()
    {
        Shop shop;
        auto free = shop.order(shop.ada, Shop::course(3));
        QVERIFY(free.json["order"]["status"] == "paid");
        QCOMPARE(shop.count("SELECT count(*) FROM payments"), std::int64_t(0));

        const std::string yearly = shop.order(shop.ada, json::array({{{"type", "plan"}, {"id", "yearly"}}}))
                                       .json["order"]["id"];
        auto paid = shop.pay(shop.ada, yearly, kGood, "y");
        QCOMPARE(paid.status, 200);
        const json sub = paid.json["entitlements"][0];
        QVERIFY(sub["kind"] == "subscription");
        QVERIFY(sub["plan_id"] == "yearly");
        QVERIFY(sub["course_id"].is_null());
        const auto paidAt = *timefmt::parseRfc3339(paid.json["order"]["paid_at"].get<std::string>());
        QCOMPARE(*timefmt::parseRfc3339(sub["expires_at"].get<std::string>()),
                 server::OrderService::periodEnd(paidAt, "year"));
        QCOMPARE(errorCode(shop.order(shop.ada, json::array({{{"type", "plan"}, {"id", "monthly"}}}))),
                 std::string("already_owned"));

        // Calendar months, clamped at the month's end.
        const auto jan31 = *timefmt::parseRfc3339("2027-01-31T10:00:00Z");
        QCOMPARE(timefmt::formatRfc3339(server::OrderService::periodEnd(jan31, "month")),
                 std::string("2027-02-28T10:00:00Z"));
        QCOMPARE(timefmt::formatRfc3339(server::OrderService::periodEnd(*timefmt::parseRfc3339("2028-02-29T00:00:00Z"), "year")),
                 std::string("2029-02-28T00:00:00Z"));
    }

    void refunds()
    {
        Shop shop;
        const std::string id = shop.order(shop.ada, Shop::course(1)).json["order"]["id"];
        QCOMPARE(errorCode(shop.server.send("POST", "/v1/orders/" + id + "/refund", {{"reason", "x"}}, shop.ada)),
                 std::string("refund_not_allowed")); // pending
        QCOMPARE(shop.pay(shop.ada, id, kGood, "r1").status, 200);
        shop.server.clock.advance(6 * 86400);
        shop.signInAgain();
        auto refunded = shop.server.send("POST", "/v1/orders/" + id + "/refund", {{"reason", "changed my mind"}}, shop.ada);
        QCOMPARE(refunded.status, 200);
        QVERIFY(refunded.json["order"]["status"] == "refunded");
        QCOMPARE(errorCode(shop.server.send("POST", "/v1/orders/" + id + "/refund", {{"reason", "again"}}, shop.ada)),
                 std::string("refund_not_allowed"));
        auto list = shop.server.send("GET", "/v1/entitlements", nullptr, shop.ada);
        QVERIFY(list.json["entitlements"][0]["revoked"] == true);
        QCOMPARE(shop.server.send("GET", "/v1/media/lessons/" + test::fixtureLessonId(1, 2), nullptr, shop.ada).status,
                 403);
        // Buying it again is allowed after a refund.
        QCOMPARE(shop.order(shop.ada, Shop::course(1)).status, 201);

        // Past the 7-day window.
        const std::string late = shop.order(shop.bob, Shop::course(1)).json["order"]["id"];
        QCOMPARE(shop.pay(shop.bob, late, kGood, "r2").status, 200);
        shop.server.clock.advance(7 * 86400 + 1);
        shop.signInAgain();
        QCOMPARE(errorCode(shop.server.send("POST", "/v1/orders/" + late + "/refund", json::object(), shop.bob)),
                 std::string("refund_not_allowed"));
    }

    void entitlementsAreSigned()
    {
        Shop shop;
        const std::string id = shop.order(shop.ada, Shop::course(1)).json["order"]["id"];
        QCOMPARE(shop.pay(shop.ada, id, kGood, "s").status, 200);
        auto info = shop.server.send("GET", "/v1/server-info");
        const std::string keyBase64 = info.json["entitlement_public_key"];
        unsigned char key[crypto_sign_PUBLICKEYBYTES];
        std::size_t keyLength = 0;
        QCOMPARE(sodium_base642bin(key, sizeof key, keyBase64.c_str(), keyBase64.size(), nullptr, &keyLength, nullptr,
                                   sodium_base64_VARIANT_ORIGINAL),
                 0);
        QCOMPARE(keyLength, sizeof key);

        auto list = shop.server.send("GET", "/v1/entitlements", nullptr, shop.ada);
        QCOMPARE(list.status, 200);
        const json e = list.json["entitlements"][0];
        QCOMPARE(*timefmt::parseRfc3339(e["lease_expires_at"].get<std::string>()), shop.server.clock.now() + 30 * 86400);
        const std::string text = "lectern-entitlement-v1\n" + e["id"].get<std::string>() + "\n"
            + e["user_id"].get<std::string>() + "\ncourse\n" + test::fixtureCourseId(1) + "\n\n"
            + e["granted_at"].get<std::string>() + "\n\n" + e["lease_expires_at"].get<std::string>() + "\n0";
        const std::string sigBase64 = e["signature"];
        unsigned char signature[crypto_sign_BYTES];
        std::size_t sigLength = 0;
        QCOMPARE(sodium_base642bin(signature, sizeof signature, sigBase64.c_str(), sigBase64.size(), nullptr, &sigLength,
                                   nullptr, sodium_base64_VARIANT_ORIGINAL),
                 0);
        QCOMPARE(crypto_sign_verify_detached(signature, reinterpret_cast<const unsigned char*>(text.data()), text.size(), key),
                 0);
        std::string tampered = text;
        tampered.back() = '1';
        QVERIFY(crypto_sign_verify_detached(signature, reinterpret_cast<const unsigned char*>(tampered.data()),
                                            tampered.size(), key)
                != 0);
        // The key is kept private and reused.
        const auto keyFile = std::filesystem::path(shop.server.dataDir()) / "entitlement_key";
        QCOMPARE(std::filesystem::status(keyFile).permissions() & std::filesystem::perms::all,
                 std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);
        auto again = server::EntitlementSigner::loadOrCreate(keyFile);
        QVERIFY(again.has_value());
        QCOMPARE(again->publicKeyBase64(), keyBase64);
        QVERIFY(shop.server.send("GET", "/v1/entitlements", nullptr, shop.bob).json["entitlements"].empty());
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("unknown field") << QByteArray(R"({"items":[],"admin":true})") << 400 << "unknown_field";
        QTest::newRow("unknown item field")
            << QByteArray(R"({"items":[{"type":"plan","id":"monthly","price":1}]})") << 400 << "unknown_field";
        QTest::newRow("bad type") << QByteArray(R"({"items":[{"type":"gift","id":"x"}]})") << 400 << "invalid_field";
        QTest::newRow("non-uuid course") << QByteArray(R"({"items":[{"type":"course","id":"../x"}]})") << 400
                                         << "invalid_field";
        QTest::newRow("items not array") << QByteArray(R"({"items":5})") << 400 << "invalid_field";
        QTest::newRow("missing items") << QByteArray(R"({})") << 400 << "missing_field";
        QTest::newRow("empty") << QByteArray(R"({"items":[]})") << 422 << "empty_order";
        QTest::newRow("unknown plan") << QByteArray(R"({"items":[{"type":"plan","id":"weekly"}]})") << 422
                                      << "unknown_item";
        QTest::newRow("unknown course")
            << QByteArray(R"({"items":[{"type":"course","id":"0190a1b2-0000-7000-8000-000000000999"}]})") << 422
            << "unknown_item";
        QTest::newRow("duplicate") << QByteArray(R"({"items":[{"type":"plan","id":"yearly"},{"type":"plan","id":"yearly"}]})")
                                   << 400 << "invalid_field";
        QTest::newRow("coupon number") << QByteArray(R"({"items":[{"type":"plan","id":"yearly"}],"coupon":5})") << 400
                                       << "invalid_field";
        QTest::newRow("huge list") << ("{\"items\":[" + QByteArray("{\"type\":\"plan\",\"id\":\"yearly\"},").repeated(60)
                                       + "{\"type\":\"plan\",\"id\":\"yearly\"}]}")
                                   << 400 << "invalid_field";
    }

    void badInput()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        Shop shop;
        auto response = shop.server.sendRaw("POST", "/v1/orders", body.toStdString(), "application/json", shop.ada);
        QCOMPARE(response.status, status);
        QCOMPARE(errorCode(response), code.toStdString());
    }

    void badPaymentInput()
    {
        Shop shop;
        const std::string id = shop.order(shop.ada, Shop::course(1)).json["order"]["id"];
        const std::string path = "/v1/orders/" + id + "/payments";
        auto send = [&](const json& body) {
            return shop.server.send("POST", path, body, shop.ada, {{"Idempotency-Key", "bad"}});
        };
        QCOMPARE(errorCode(send({{"provider", "sandbox"}, {"card_number", "4242-4242-4242"}})), std::string("invalid_field"));
        QCOMPARE(errorCode(send({{"provider", "sandbox"}, {"card_number", 4242424242424242}})), std::string("invalid_field"));
        QCOMPARE(errorCode(send({{"provider", "paypal"}, {"card_number", kGood}})), std::string("invalid_field"));
        QCOMPARE(errorCode(send({{"provider", "sandbox"}, {"card_number", kGood}, {"amount", -1}})),
                 std::string("unknown_field"));
        QCOMPARE(shop.count("SELECT count(*) FROM payments"), std::int64_t(0));
        QCOMPARE(errorCode(shop.server.send("POST", "/v1/orders/" + id + "/refund", {{"reason", std::string(2000, 'x')}},
                                            shop.ada)),
                 std::string("invalid_field"));
        // Card numbers are never stored.
        QCOMPARE(shop.count("SELECT count(*) FROM idempotency_keys WHERE response LIKE '%4242%' OR request_hash LIKE '%4242424242%'"),
                 std::int64_t(0));
    }
};

QTEST_GUILESS_MAIN(TestCommerce)
#include "test_commerce.moc"
