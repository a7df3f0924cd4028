// ApiClient over a scripted transport: requests are built as docs/api.md says,
// answers are read strictly, and every failure arrives as a typed ApiError.
#include <QTest>

#include <nlohmann/json.hpp>

#include "net/api_client.h"
#include "net_fakes.h"

using lectern::net::ApiClient;
using lectern::net::ApiErrorCode;
using lectern::net::HttpHeaders;
using lectern::net::HttpMethod;
using lectern::test::ScriptedHttpClient;

namespace {

const char* kUserId = "0190a1b2-0001-7000-8000-000000000101";

std::string sessionJson(const std::string& omit = {})
{
    nlohmann::json session = {
        {"user", {{"id", kUserId}, {"email", "a@b.cd"}, {"display_name", "Ann"}, {"roles", {"learner"}}}},
        {"access_token", "acc"},
        {"access_expires_at", "2026-12-04T08:15:00Z"},
        {"refresh_token", "ref"},
        {"refresh_expires_at", "2027-01-03T08:00:00Z"},
        {"something_new", true}}; // unknown fields from a newer server are fine
    if (!omit.empty())
        session.erase(omit);
    return session.dump();
}

std::string errorJson(const std::string& code, const std::string& message, const std::string& field = {})
{
    nlohmann::json error = {{"code", code}, {"message", message}};
    if (!field.empty())
        error["field"] = field;
    return nlohmann::json{{"error", error}}.dump();
}

} // namespace

class TestApiClient final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void buildsRequestsAsTheContractSays()
    {
        ScriptedHttpClient http;
        http.pushJson(200, sessionJson());
        ApiClient api(http, "http://lectern.test:8787/");
        QCOMPARE(api.baseUrl(), std::string("http://lectern.test:8787"));

        auto session = api.signIn({"a@b.cd", "secret123", "laptop"});
        QVERIFY2(session, session ? "" : session.error().describe().c_str());
        QCOMPARE(session->accessToken, std::string("acc"));
        QCOMPARE(session->user.displayName, std::string("Ann"));
        QVERIFY(session->user.hasRole("learner"));
        QCOMPARE(session->accessExpiresAt, std::int64_t{1796372100});

        QCOMPARE(http.requests.size(), std::size_t{1});
        const auto& sent = http.requests[0];
        QCOMPARE(sent.url, std::string("http://lectern.test:8787/v1/sessions"));
        QVERIFY(sent.method == HttpMethod::Post);
        QVERIFY(!sent.safeToRepeat());
        QCOMPARE(sent.headers.get("content-type").value_or(""), std::string("application/json"));
        const auto body = nlohmann::json::parse(sent.body);
        QCOMPARE(body.at("email").get<std::string>(), std::string("a@b.cd"));
        QCOMPARE(body.at("device_name").get<std::string>(), std::string("laptop"));
        QVERIFY(!sent.headers.contains("Authorization"));
    }

    void sendsTheBearerTokenAndReadsMe()
    {
        ScriptedHttpClient http;
        http.pushJson(200, nlohmann::json{{"user", nlohmann::json::parse(sessionJson())["user"]}}.dump());
        ApiClient api(http);
        auto me = api.me("tok");
        QVERIFY(me);
        QCOMPARE(me->id, std::string(kUserId));
        QCOMPARE(http.requests[0].url, std::string("http://127.0.0.1:8787/v1/me"));
        QCOMPARE(http.requests[0].headers.get("AUTHORIZATION").value_or(""), std::string("Bearer tok"));
        QVERIFY(http.requests[0].safeToRepeat());
    }

    void refreshIsNeverMarkedRepeatable()
    {
        ScriptedHttpClient http;
        http.pushJson(200, sessionJson());
        ApiClient api(http);
        QVERIFY(api.refreshSession("old"));
        QVERIFY(!http.requests[0].safeToRepeat());
        QCOMPARE(nlohmann::json::parse(http.requests[0].body).at("refresh_token").get<std::string>(), std::string("old"));
    }

    void signOutAcceptsNoContent()
    {
        ScriptedHttpClient http;
        http.pushStatus(204);
        ApiClient api(http);
        QVERIFY(api.signOut("tok"));
        QVERIFY(http.requests[0].method == HttpMethod::Delete);
        QCOMPARE(http.requests[0].url, std::string("http://127.0.0.1:8787/v1/sessions/current"));
    }

    void mapsEveryStatusToATypedError_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("retryAfter");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("serverCode");
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("retrySeconds");

        auto row = [](const char* name, int status, const std::string& body, const char* retryAfter, ApiErrorCode code,
                      const char* serverCode, const char* field, int retrySeconds) {
            QTest::newRow(name) << status << QString::fromStdString(body) << QString::fromUtf8(retryAfter)
                                << static_cast<int>(code) << QString::fromUtf8(serverCode) << QString::fromUtf8(field)
                                << retrySeconds;
        };
        row("401 credentials", 401, errorJson("invalid_credentials", "wrong email or password"), "",
            ApiErrorCode::Unauthorized, "invalid_credentials", "", -1);
        row("401 reused", 401, errorJson("refresh_token_reused", "x"), "", ApiErrorCode::Unauthorized,
            "refresh_token_reused", "", -1);
        row("403", 403, errorJson("not_entitled", "x"), "", ApiErrorCode::Forbidden, "not_entitled", "", -1);
        row("404", 404, errorJson("not_found", "x"), "", ApiErrorCode::NotFound, "not_found", "", -1);
        row("409", 409, errorJson("email_taken", "x", "email"), "", ApiErrorCode::Conflict, "email_taken", "email", -1);
        row("429", 429, errorJson("rate_limited", "slow down"), "42", ApiErrorCode::RateLimited, "rate_limited", "", 42);
        row("400 field", 400, errorJson("invalid_field", "password: too short", "password"), "",
            ApiErrorCode::Rejected, "invalid_field", "password", -1);
        row("410", 410, errorJson("resync_required", "x"), "", ApiErrorCode::Rejected, "resync_required", "", -1);
        row("500", 500, errorJson("internal", "internal error"), "", ApiErrorCode::ServerError, "internal", "", -1);
        row("503", 503, errorJson("busy", "x"), "3", ApiErrorCode::ServerError, "busy", "", 3);
        row("502 from a proxy", 502, "<html>Bad Gateway</html>", "", ApiErrorCode::ServerError, "", "", -1);
        row("302", 302, "", "", ApiErrorCode::BadResponse, "", "", -1);
    }

    void mapsEveryStatusToATypedError()
    {
        QFETCH(int, status);
        QFETCH(QString, body);
        QFETCH(QString, retryAfter);
        QFETCH(int, code);
        QFETCH(QString, serverCode);
        QFETCH(QString, field);
        QFETCH(int, retrySeconds);

        ScriptedHttpClient http;
        HttpHeaders headers;
        if (!retryAfter.isEmpty())
            headers.add("Retry-After", retryAfter.toStdString());
        http.pushJson(status, body.toStdString(), headers);
        ApiClient api(http);
        auto result = api.health();
        QVERIFY(!result);
        const auto& error = result.error();
        QCOMPARE(static_cast<int>(error.code), code);
        QCOMPARE(error.httpStatus, status);
        QCOMPARE(QString::fromStdString(error.serverCode), serverCode);
        QCOMPARE(QString::fromStdString(error.field), field);
        if (retrySeconds < 0)
            QVERIFY(!error.retryAfter);
        else
            QCOMPARE(error.retryAfter->count(), static_cast<long>(retrySeconds));
        QVERIFY(!error.describe().empty());
    }

    void rejectsAnswersThatAreNotOurJson_data()
    {
        QTest::addColumn<QString>("contentType");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("detail");
        QTest::newRow("wrong content type") << QStringLiteral("text/html") << QStringLiteral("<html></html>")
                                            << QStringLiteral("Content-Type text/html");
        QTest::newRow("no content type") << QString() << QString::fromStdString(sessionJson())
                                         << QStringLiteral("(none)");
        QTest::newRow("malformed") << QStringLiteral("application/json") << QStringLiteral("{\"user\": ")
                                   << QStringLiteral("malformed JSON");
        QTest::newRow("not an object") << QStringLiteral("application/json") << QStringLiteral("[1, 2]")
                                       << QStringLiteral("must be an object");
        QTest::newRow("missing token") << QStringLiteral("application/json")
                                       << QString::fromStdString(sessionJson("refresh_token"))
                                       << QStringLiteral("refresh_token: is required");
        QTest::newRow("bad user id") << QStringLiteral("Application/JSON; charset=UTF-8")
                                     << QString::fromStdString(sessionJson()).replace(QStringLiteral("0190a1b2"),
                                                                                      QStringLiteral("nope"))
                                     << QStringLiteral("user.id");
    }

    void rejectsAnswersThatAreNotOurJson()
    {
        QFETCH(QString, contentType);
        QFETCH(QString, body);
        QFETCH(QString, detail);
        ScriptedHttpClient http;
        HttpHeaders headers;
        if (!contentType.isEmpty())
            headers.add("Content-Type", contentType.toStdString());
        http.pushStatus(200, headers, body.toStdString());
        ApiClient api(http);
        auto result = api.signIn({"a@b.cd", "secret123", ""});
        QVERIFY(!result);
        QCOMPARE(result.error().code, ApiErrorCode::BadResponse);
        QVERIFY2(QString::fromStdString(result.error().detail).contains(detail), result.error().detail.c_str());
    }

    void passesTransportFailuresThrough()
    {
        ScriptedHttpClient http;
        http.pushError(ApiErrorCode::Offline);
        ApiClient api(http);
        auto result = api.serverInfo();
        QVERIFY(!result);
        QCOMPARE(result.error().code, ApiErrorCode::Offline);
    }

    void readsServerInfo()
    {
        ScriptedHttpClient http;
        http.pushJson(200, R"({"name":"lectern-server","version":"0.1.0","api_version":1,
            "entitlement_public_key":"AAAA","offline_lease_days":30,"time":"2026-12-04T08:00:00Z"})");
        ApiClient api(http);
        auto info = api.serverInfo();
        QVERIFY(info);
        QCOMPARE(info->apiVersion, std::int64_t{1});
        QCOMPARE(info->offlineLeaseDays, std::int64_t{30});
    }

    void parsesRetryAfterStrictly()
    {
        using lectern::net::parseRetryAfter;
        QCOMPARE(parseRetryAfter("120")->count(), 120L);
        QCOMPARE(parseRetryAfter(" 0 ")->count(), 0L);
        QVERIFY(!parseRetryAfter("-1"));
        QVERIFY(!parseRetryAfter(""));
        QVERIFY(!parseRetryAfter("12s"));
        QVERIFY(!parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT"));
    }

    void headersCompareNamesCaseInsensitively()
    {
        HttpHeaders headers{{"Content-Type", "a"}, {"X-Other", "b"}};
        QCOMPARE(headers.get("content-type").value_or(""), std::string("a"));
        headers.set("CONTENT-TYPE", "c");
        QCOMPARE(headers.all().size(), std::size_t{2});
        QCOMPARE(headers.get("Content-type").value_or(""), std::string("c"));
        headers.remove("x-other");
        QVERIFY(!headers.contains("X-Other"));
    }
};

QTEST_APPLESS_MAIN(TestApiClient)
#include "test_api_client.moc"
