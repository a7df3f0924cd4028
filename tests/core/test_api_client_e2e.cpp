// ApiClient through the real transport against the real lectern-server on
// 127.0.0.1: the happy path of an account's life and its typed failures.
#include <QTemporaryDir>
#include <QTest>

#include <chrono>
#include <cstdlib>

#include "net/api_client.h"
#include "server_process.h"
#include "net/curl_http_client.h"
#include "net/retrying_http_client.h"

using lectern::net::ApiClient;
using lectern::net::ApiErrorCode;

class TestApiClientE2e final : public QObject {
    Q_OBJECT

    lectern::test::ServerProcess m_server;
    std::string m_baseUrl;
    lectern::net::CurlHttpClient m_curl;
    lectern::net::SystemSleeper m_sleeper;
    lectern::net::RetryingHttpClient m_http{m_curl, m_sleeper};

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(QStringLiteral(LECTERN_SERVER_BIN)), qPrintable(m_server.error()));
        m_baseUrl = m_server.baseUrl();
    }

    void cleanupTestCase() { QCOMPARE(m_server.stop(), 0); }

    void healthAndServerInfo()
    {
        ApiClient api(m_http, m_baseUrl);
        auto health = api.health();
        QVERIFY2(health, health ? "" : health.error().describe().c_str());
        QCOMPARE(health->status, std::string("ok"));
        auto info = api.serverInfo();
        QVERIFY2(info, info ? "" : info.error().describe().c_str());
        QCOMPARE(info->name, std::string("lectern-server"));
        QCOMPARE(info->apiVersion, std::int64_t{1});
        QVERIFY(!info->entitlementPublicKey.empty());
    }

    void accountLifecycle()
    {
        ApiClient api(m_http, m_baseUrl + "/");
        auto registered = api.registerAccount({"e2e.learner@lectern.test", "correct horse battery", "E2E Learner"});
        QVERIFY2(registered, registered ? "" : registered.error().describe().c_str());
        QCOMPARE(registered->user.email, std::string("e2e.learner@lectern.test"));
        QVERIFY(registered->user.hasRole("learner"));

        auto taken = api.registerAccount({"E2E.Learner@lectern.test", "another password", "Someone"});
        QVERIFY(!taken);
        QCOMPARE(taken.error().code, ApiErrorCode::Conflict);
        QCOMPARE(taken.error().serverCode, std::string("email_taken"));

        auto session = api.signIn({"e2e.learner@lectern.test", "correct horse battery", "e2e laptop"});
        QVERIFY2(session, session ? "" : session.error().describe().c_str());
        QVERIFY(session->accessExpiresAt > 0 && session->refreshExpiresAt > session->accessExpiresAt);

        auto me = api.me(session->accessToken);
        QVERIFY2(me, me ? "" : me.error().describe().c_str());
        QCOMPARE(me->id, registered->user.id);
        QCOMPARE(me->displayName, std::string("E2E Learner"));

        auto refreshed = api.refreshSession(session->refreshToken);
        QVERIFY2(refreshed, refreshed ? "" : refreshed.error().describe().c_str());
        QVERIFY(refreshed->refreshToken != session->refreshToken);
        auto meAgain = api.me(refreshed->accessToken);
        QVERIFY(meAgain);

        QVERIFY(api.signOut(refreshed->accessToken));
        auto afterSignOut = api.me(refreshed->accessToken);
        QVERIFY(!afterSignOut);
        QCOMPARE(afterSignOut.error().code, ApiErrorCode::Unauthorized);
        QCOMPARE(afterSignOut.error().httpStatus, 401);
        auto revokedRefresh = api.refreshSession(refreshed->refreshToken);
        QVERIFY(!revokedRefresh);
        QCOMPARE(revokedRefresh.error().code, ApiErrorCode::Unauthorized);
    }

    void wrongPasswordIsInvalidCredentials()
    {
        ApiClient api(m_http, m_baseUrl);
        QVERIFY(api.registerAccount({"e2e.wrong@lectern.test", "the right password", "Wrong"}));
        auto wrong = api.signIn({"e2e.wrong@lectern.test", "not the password", ""});
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().code, ApiErrorCode::Unauthorized);
        QCOMPARE(wrong.error().serverCode, std::string("invalid_credentials"));
        QVERIFY(!wrong.error().message.empty());
    }

    void invalidInputNamesTheField()
    {
        ApiClient api(m_http, m_baseUrl);
        auto shortPassword = api.registerAccount({"e2e.short@lectern.test", "short", "Short"});
        QVERIFY(!shortPassword);
        QCOMPARE(shortPassword.error().code, ApiErrorCode::Rejected);
        QCOMPARE(shortPassword.error().httpStatus, 400);
        QCOMPARE(shortPassword.error().field, std::string("password"));
    }

    void repeatedFailuresAreRateLimitedWithoutWaiting()
    {
        ApiClient api(m_http, m_baseUrl);
        QVERIFY(api.registerAccount({"e2e.limited@lectern.test", "the right password", "Limited"}));
        lectern::net::ApiError last;
        const auto start = std::chrono::steady_clock::now();
        for (int i = 0; i < 8; ++i) {
            auto attempt = api.signIn({"e2e.limited@lectern.test", "a wrong password", ""});
            QVERIFY(!attempt);
            last = attempt.error();
            if (last.code == ApiErrorCode::RateLimited)
                break;
        }
        QCOMPARE(last.code, ApiErrorCode::RateLimited);
        QCOMPARE(last.serverCode, std::string("rate_limited"));
        QVERIFY(last.retryAfter && last.retryAfter->count() > 0);
        // A sign-in is a POST without a key: never retried, so no backoff wait happened.
        QVERIFY(std::chrono::steady_clock::now() - start < std::chrono::seconds(30));
    }

    void stoppedServerIsOffline()
    {
        cleanupTestCase();
        lectern::net::CurlHttpClient curl; // no retries: the answer is wanted at once
        ApiClient api(curl, m_baseUrl);
        auto health = api.health();
        QVERIFY(!health);
        QCOMPARE(health.error().code, ApiErrorCode::Offline);
    }
};

QTEST_GUILESS_MAIN(TestApiClientE2e)
#include "test_api_client_e2e.moc"
