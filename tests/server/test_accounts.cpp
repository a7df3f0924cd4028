#include <QTest>

#include "server_test_support.h"

using namespace lectern;
using lectern::test::errorCode;
using nlohmann::json;

class TestAccounts final : public QObject {
    Q_OBJECT

    static json registration(const std::string& email)
    {
        return {{"email", email}, {"password", "correct horse battery"}, {"display_name", "Ada"}};
    }

private Q_SLOTS:
    void registerSignInAndMe()
    {
        test::TestServer server;
        auto created = server.send("POST", "/v1/accounts", registration("Ada@Example.com"));
        QCOMPARE(created.status, 201);
        QVERIFY(created.json["user"]["email"] == "ada@example.com");
        QVERIFY(created.json["user"]["roles"] == json::array({"learner"}));
        QVERIFY(created.json["access_token"].get<std::string>().size() >= 43);

        auto again = server.send("POST", "/v1/accounts", registration("ADA@example.com"));
        QCOMPARE(again.status, 409);
        QCOMPARE(errorCode(again), std::string("email_taken"));

        auto signIn = server.send("POST", "/v1/sessions",
                                  {{"email", "ada@example.com"}, {"password", "correct horse battery"}});
        QCOMPARE(signIn.status, 200);
        const std::string token = signIn.json["access_token"];
        auto me = server.send("GET", "/v1/me", nullptr, token);
        QCOMPARE(me.status, 200);
        QVERIFY(me.json["user"]["display_name"] == "Ada");
        QCOMPARE(server.send("GET", "/v1/me").status, 401);
        QCOMPARE(errorCode(server.send("GET", "/v1/me", nullptr, "not-a-token")), std::string("unauthorized"));
    }

    void passwordsAndTokensAreStoredOnlyAsHashes()
    {
        test::TestServer server;
        auto created = server.send("POST", "/v1/accounts", registration("hash@example.com"));
        QCOMPARE(created.status, 201);
        auto lease = server.app().sqlitePool().acquire();
        QVERIFY(lease.has_value());
        auto stmt = lease->db().prepare("SELECT password_hash FROM users");
        QVERIFY(*stmt->step());
        QVERIFY(stmt->text(0).rfind("$argon2id$", 0) == 0);
        const std::string access = created.json["access_token"];
        const std::string refresh = created.json["refresh_token"];
        for (const char* sql : {"SELECT count(*) FROM access_tokens WHERE token_hash = ?1",
                                "SELECT count(*) FROM refresh_tokens WHERE token_hash = ?1"}) {
            for (const std::string& raw : {access, refresh}) {
                auto check = lease->db().prepare(sql);
                QVERIFY(*check->bind(1, raw).step());
                QCOMPARE(check->int64(0), std::int64_t(0)); // never the raw token
            }
        }
    }

    void badInputNamesTheField_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");
        QTest::newRow("missing") << QByteArray(R"({"email":"a@b.c","password":"12345678"})") << "missing_field" << "display_name";
        QTest::newRow("unknown") << QByteArray(R"({"email":"a@b.c","password":"12345678","display_name":"A","admin":true})") << "unknown_field" << "admin";
        QTest::newRow("type") << QByteArray(R"({"email":7,"password":"12345678","display_name":"A"})") << "invalid_field" << "email";
        QTest::newRow("short password") << QByteArray(R"({"email":"a@b.c","password":"1234","display_name":"A"})") << "invalid_field" << "password";
        QTest::newRow("bad email") << QByteArray(R"({"email":"not an email","password":"12345678","display_name":"A"})") << "invalid_field" << "email";
        QTest::newRow("nul") << QByteArray("{\"email\":\"a@b.c\",\"password\":\"12345678\",\"display_name\":\"A\\u0000B\"}") << "invalid_field" << "display_name";
        QTest::newRow("long name") << ("{\"email\":\"a@b.c\",\"password\":\"12345678\",\"display_name\":\"" + QByteArray(101, 'x') + "\"}") << "invalid_field" << "display_name";
        QTest::newRow("not json") << QByteArray("{email:") << "invalid_json" << "";
        QTest::newRow("array") << QByteArray("[]") << "invalid_json" << "";
    }

    void badInputNamesTheField()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, code);
        QFETCH(QString, field);
        test::TestServer server;
        auto response = server.sendRaw("POST", "/v1/accounts", body.toStdString(), "application/json");
        QCOMPARE(response.status, 400);
        QCOMPARE(QString::fromStdString(errorCode(response)), code);
        QCOMPARE(QString::fromStdString(response.json["error"].value("field", "")), field);
    }

    void emojiAndRightToLeftNamesAreKept()
    {
        test::TestServer server;
        json body = registration("rtl@example.com");
        body["display_name"] = "نور 🎓 é";
        auto created = server.send("POST", "/v1/accounts", body);
        QCOMPARE(created.status, 201);
        QVERIFY(created.json["user"]["display_name"] == "نور 🎓 é");
    }

    void wrongContentTypeAndUnknownRoutes()
    {
        test::TestServer server;
        QCOMPARE(server.sendRaw("POST", "/v1/accounts", "email=a", "application/x-www-form-urlencoded").status, 415);
        QCOMPARE(errorCode(server.send("GET", "/v1/nothing-here")), std::string("not_found"));
        QCOMPARE(server.send("PUT", "/v1/accounts").status, 405);
    }

    void refreshRotatesAndReuseRevokes()
    {
        test::TestServer server;
        const auto session = server.signUp("rot@example.com");
        auto first = server.send("POST", "/v1/sessions/refresh", {{"refresh_token", session.refreshToken}});
        QCOMPARE(first.status, 200);
        const std::string next = first.json["refresh_token"];
        QVERIFY(next != session.refreshToken);
        const std::string access = first.json["access_token"];
        QCOMPARE(server.send("GET", "/v1/me", nullptr, access).status, 200);

        // The old refresh token again: someone copied it. The whole session ends.
        auto reused = server.send("POST", "/v1/sessions/refresh", {{"refresh_token", session.refreshToken}});
        QCOMPARE(reused.status, 401);
        QCOMPARE(errorCode(reused), std::string("refresh_token_reused"));
        QCOMPARE(server.send("GET", "/v1/me", nullptr, access).status, 401);
        QCOMPARE(errorCode(server.send("POST", "/v1/sessions/refresh", {{"refresh_token", next}})),
                 std::string("invalid_refresh_token"));
    }

    void tokensExpire()
    {
        test::TestServer server;
        const auto session = server.signUp("exp@example.com");
        server.clock.advance(server::AccountService::kAccessTokenSeconds + 1);
        QCOMPARE(server.send("GET", "/v1/me", nullptr, session.accessToken).status, 401);
        auto refreshed = server.send("POST", "/v1/sessions/refresh", {{"refresh_token", session.refreshToken}});
        QCOMPARE(refreshed.status, 200);
        server.clock.advance(server::AccountService::kRefreshTokenSeconds + 1);
        QCOMPARE(server.send("POST", "/v1/sessions/refresh", {{"refresh_token", refreshed.json["refresh_token"]}}).status,
                 401);
    }

    void signOutEndsTheSession()
    {
        test::TestServer server;
        const auto session = server.signUp("out@example.com");
        QCOMPARE(server.send("DELETE", "/v1/sessions/current", nullptr, session.accessToken).status, 204);
        QCOMPARE(server.send("GET", "/v1/me", nullptr, session.accessToken).status, 401);
        QCOMPARE(server.send("POST", "/v1/sessions/refresh", {{"refresh_token", session.refreshToken}}).status, 401);
    }

    void signInIsRateLimitedPerAccountAndAddress()
    {
        test::TestServer server;
        (void)server.signUp("limit@example.com");
        const json wrong{{"email", "limit@example.com"}, {"password", "wrong password!"}};
        for (int i = 0; i < server::AccountService::kAccountFailureLimit; ++i)
            QCOMPARE(server.send("POST", "/v1/sessions", wrong, {}, {}, "10.0.0." + std::to_string(i)).status, 401);
        auto limited = server.send("POST", "/v1/sessions",
                                   {{"email", "limit@example.com"}, {"password", "correct horse battery"}}, {}, {},
                                   "10.0.1.1");
        QCOMPARE(limited.status, 429); // even the right password waits while the limit holds
        QCOMPARE(errorCode(limited), std::string("rate_limited"));
        bool hasRetryAfter = false;
        for (const auto& [name, value] : limited.headers)
            hasRetryAfter = hasRetryAfter || (name == "Retry-After" && std::stoll(value) > 0);
        QVERIFY(hasRetryAfter);
        server.clock.advance(server::AccountService::kAccountWindowSeconds);
        QCOMPARE(server.send("POST", "/v1/sessions", {{"email", "limit@example.com"}, {"password", "correct horse battery"}})
                     .status,
                 200);

        // One address hammering many accounts.
        for (int i = 0; i < server::AccountService::kAddressAttemptLimit; ++i)
            (void)server.send("POST", "/v1/sessions", {{"email", "x" + std::to_string(i) + "@e.com"}, {"password", "whatever1"}},
                              {}, {}, "192.0.2.9");
        QCOMPARE(server.send("POST", "/v1/sessions", wrong, {}, {}, "192.0.2.9").status, 429);
    }
};

QTEST_GUILESS_MAIN(TestAccounts)
#include "test_accounts.moc"
