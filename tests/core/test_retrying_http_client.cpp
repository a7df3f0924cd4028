// The retry policy against a scripted transport and a recording sleeper: what
// is retried, how long it waits, and what is never sent twice.
#include <QTest>

#include <chrono>
#include <cmath>
#include <thread>

#include "net/retrying_http_client.h"
#include "net_fakes.h"

using namespace std::chrono_literals;
using lectern::net::ApiErrorCode;
using lectern::net::HttpHeaders;
using lectern::net::HttpMethod;
using lectern::net::HttpRequest;
using lectern::net::RetryingHttpClient;
using lectern::net::RetryPolicy;
using lectern::test::RecordingSleeper;
using lectern::test::ScriptedHttpClient;

namespace {

HttpRequest get()
{
    HttpRequest request;
    request.url = "http://127.0.0.1:1/v1/health";
    return request;
}

HttpRequest post(std::string idempotencyKey = {})
{
    HttpRequest request;
    request.method = HttpMethod::Post;
    request.url = "http://127.0.0.1:1/v1/orders/x/payments";
    request.body = "{}";
    request.idempotencyKey = std::move(idempotencyKey);
    return request;
}

// Just below 1, so every delay sits at the top of its jitter range.
double topOfRange()
{
    return std::nextafter(1.0, 0.0);
}

} // namespace

class TestRetryingHttpClient final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void retriesA503UntilItSucceeds()
    {
        ScriptedHttpClient inner;
        inner.pushStatus(503);
        inner.pushStatus(502);
        inner.pushStatus(200);
        RecordingSleeper sleeper;
        RetryingHttpClient client(inner, sleeper);
        auto result = client.send(get());
        QVERIFY(result);
        QCOMPARE(result->status, 200);
        QCOMPARE(inner.requests.size(), std::size_t{3});
        QCOMPARE(sleeper.delays.size(), std::size_t{2});
    }

    void backoffDoublesUpToTheCap()
    {
        ScriptedHttpClient inner;
        inner.pushStatus(500); // always
        RecordingSleeper sleeper;
        RetryPolicy policy;
        policy.maxAttempts = 10;
        RetryingHttpClient client(inner, sleeper, policy, topOfRange);
        auto result = client.send(get());
        QVERIFY(result);
        QCOMPARE(result->status, 500); // the last answer, once attempts run out
        QCOMPARE(inner.requests.size(), std::size_t{10});
        const std::vector<long> expectedCeilings{500, 1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000};
        QCOMPARE(sleeper.delays.size(), expectedCeilings.size());
        for (std::size_t i = 0; i < expectedCeilings.size(); ++i) {
            const long delay = static_cast<long>(sleeper.delays[i].count());
            QVERIFY2(delay <= expectedCeilings[i] && delay >= expectedCeilings[i] - 1,
                     qPrintable(QStringLiteral("retry %1 waited %2 ms").arg(i + 1).arg(delay)));
        }
    }

    void fullJitterSpreadsOverTheWholeRange()
    {
        ScriptedHttpClient inner;
        RecordingSleeper sleeper;
        RetryingHttpClient client(inner, sleeper); // real random jitter
        for (int retry = 1; retry <= 8; ++retry) {
            const double ceiling = std::min(500.0 * std::pow(2.0, retry - 1), 30000.0);
            long lowest = 1'000'000;
            long highest = -1;
            for (int i = 0; i < 2000; ++i) {
                const long delay = static_cast<long>(client.backoffDelay(retry).count());
                QVERIFY(delay >= 0);
                QVERIFY(delay <= static_cast<long>(ceiling));
                lowest = std::min(lowest, delay);
                highest = std::max(highest, delay);
            }
            // Full jitter: the draws cover [0, ceiling], not a band around it.
            QVERIFY2(lowest < ceiling * 0.05, qPrintable(QString::number(lowest)));
            QVERIFY2(highest > ceiling * 0.95, qPrintable(QString::number(highest)));
        }
    }

    void waitsAtLeastRetryAfter()
    {
        ScriptedHttpClient inner;
        inner.pushStatus(429, HttpHeaders{{"Retry-After", "7"}});
        inner.pushStatus(503, HttpHeaders{{"retry-after", " 2 "}});
        inner.pushStatus(200);
        RecordingSleeper sleeper;
        RetryingHttpClient client(inner, sleeper, {}, [] { return 0.0; });
        auto result = client.send(get());
        QVERIFY(result);
        QCOMPARE(result->status, 200);
        QCOMPARE(sleeper.delays.size(), std::size_t{2});
        QCOMPARE(sleeper.delays[0], std::chrono::milliseconds(7000));
        QCOMPARE(sleeper.delays[1], std::chrono::milliseconds(2000));
    }

    void longRetryAfterGoesBackToTheCaller()
    {
        ScriptedHttpClient inner;
        inner.pushStatus(429, HttpHeaders{{"Retry-After", "900"}});
        RecordingSleeper sleeper;
        RetryingHttpClient client(inner, sleeper);
        auto result = client.send(get());
        QVERIFY(result);
        QCOMPARE(result->status, 429);
        QCOMPARE(inner.requests.size(), std::size_t{1});
        QVERIFY(sleeper.delays.empty());
    }

    void postWithoutKeyIsNeverRepeated()
    {
        for (auto failure : {ApiErrorCode::Offline, ApiErrorCode::Timeout, ApiErrorCode::Network}) {
            ScriptedHttpClient inner;
            inner.pushError(failure);
            RecordingSleeper sleeper;
            RetryingHttpClient client(inner, sleeper);
            auto result = client.send(post());
            QVERIFY(!result);
            QCOMPARE(result.error().code, failure);
            QCOMPARE(inner.requests.size(), std::size_t{1});
            QVERIFY(sleeper.delays.empty());
        }
        for (int status : {429, 500, 503}) {
            ScriptedHttpClient inner;
            inner.pushStatus(status, HttpHeaders{{"Retry-After", "1"}});
            RecordingSleeper sleeper;
            RetryingHttpClient client(inner, sleeper);
            auto result = client.send(post());
            QVERIFY(result);
            QCOMPARE(result->status, status);
            QCOMPARE(inner.requests.size(), std::size_t{1});
        }
    }

    void postWithIdempotencyKeyIsRetried()
    {
        ScriptedHttpClient inner;
        inner.pushError(ApiErrorCode::Network);
        inner.pushStatus(503);
        inner.pushStatus(200);
        RecordingSleeper sleeper;
        RetryingHttpClient client(inner, sleeper);
        auto result = client.send(post("pay-0190a1b2"));
        QVERIFY(result);
        QCOMPARE(result->status, 200);
        QCOMPARE(inner.requests.size(), std::size_t{3});
        for (const auto& sent : inner.requests)
            QCOMPARE(sent.idempotencyKey, std::string("pay-0190a1b2")); // the same key every time
    }

    void explicitIdempotentFlagWins()
    {
        ScriptedHttpClient inner;
        inner.pushStatus(503);
        RecordingSleeper sleeper;
        RetryPolicy policy;
        policy.maxAttempts = 3;
        RetryingHttpClient client(inner, sleeper, policy);
        HttpRequest push = post();
        push.idempotent = true; // e.g. sync push: op_ids make repeats harmless
        QVERIFY(client.send(push));
        QCOMPARE(inner.requests.size(), std::size_t{3});

        inner.requests.clear();
        HttpRequest sideEffects = get();
        sideEffects.idempotent = false;
        QVERIFY(client.send(sideEffects));
        QCOMPARE(inner.requests.size(), std::size_t{1});
    }

    void idempotentMethodsAreRetried()
    {
        for (auto method : {HttpMethod::Get, HttpMethod::Head, HttpMethod::Put, HttpMethod::Delete}) {
            ScriptedHttpClient inner;
            inner.pushError(ApiErrorCode::Offline);
            inner.pushStatus(204);
            RecordingSleeper sleeper;
            RetryingHttpClient client(inner, sleeper);
            HttpRequest request = get();
            request.method = method;
            auto result = client.send(request);
            QVERIFY(result);
            QCOMPARE(result->status, 204);
            QCOMPARE(inner.requests.size(), std::size_t{2});
        }
        for (auto method : {HttpMethod::Post, HttpMethod::Patch}) {
            ScriptedHttpClient inner;
            inner.pushError(ApiErrorCode::Offline);
            RecordingSleeper sleeper;
            RetryingHttpClient client(inner, sleeper);
            HttpRequest request = get();
            request.method = method;
            QVERIFY(!client.send(request));
            QCOMPARE(inner.requests.size(), std::size_t{1});
        }
    }

    void permanentFailuresAreNotRetried()
    {
        for (auto failure : {ApiErrorCode::BadResponse, ApiErrorCode::Tls, ApiErrorCode::InvalidRequest,
                             ApiErrorCode::Cancelled}) {
            ScriptedHttpClient inner;
            inner.pushError(failure);
            RecordingSleeper sleeper;
            RetryingHttpClient client(inner, sleeper);
            auto result = client.send(get());
            QVERIFY(!result);
            QCOMPARE(result.error().code, failure);
            QCOMPARE(inner.requests.size(), std::size_t{1});
        }
        for (int status : {200, 204, 304, 400, 401, 403, 404, 409, 410, 422, 501}) {
            ScriptedHttpClient inner;
            inner.pushStatus(status);
            RecordingSleeper sleeper;
            RetryingHttpClient client(inner, sleeper);
            auto result = client.send(get());
            QVERIFY(result);
            QCOMPARE(result->status, status);
            QCOMPARE(inner.requests.size(), std::size_t{1});
        }
    }

    void givesUpAfterMaxAttemptsWithTheLastError()
    {
        ScriptedHttpClient inner;
        inner.pushError(ApiErrorCode::Timeout);
        RecordingSleeper sleeper;
        RetryPolicy policy;
        policy.maxAttempts = 3;
        RetryingHttpClient client(inner, sleeper, policy);
        auto result = client.send(get());
        QVERIFY(!result);
        QCOMPARE(result.error().code, ApiErrorCode::Timeout);
        QCOMPARE(inner.requests.size(), std::size_t{3});
        QCOMPARE(sleeper.delays.size(), std::size_t{2});
    }

    void streamingRequestsAreNotRetried()
    {
        ScriptedHttpClient inner;
        inner.pushError(ApiErrorCode::Network);
        RecordingSleeper sleeper;
        RetryingHttpClient client(inner, sleeper);
        HttpRequest download = get();
        download.sink = [](std::string_view) { return true; };
        QVERIFY(!client.send(download));
        QCOMPARE(inner.requests.size(), std::size_t{1});
    }

    void cancellingDuringBackoffStopsAtOnce()
    {
        ScriptedHttpClient inner;
        inner.pushStatus(503);
        RecordingSleeper sleeper;
        lectern::net::CancelToken cancel;
        sleeper.onSleep = [&cancel] { cancel.cancel(); };
        RetryingHttpClient client(inner, sleeper);
        auto result = client.send(get(), &cancel);
        QVERIFY(!result);
        QCOMPARE(result.error().code, ApiErrorCode::Cancelled);
        QCOMPARE(inner.requests.size(), std::size_t{1});
        QCOMPARE(sleeper.delays.size(), std::size_t{1});
    }

    void alreadyCancelledSendsNothing()
    {
        ScriptedHttpClient inner;
        RecordingSleeper sleeper;
        lectern::net::CancelToken cancel;
        cancel.cancel();
        RetryingHttpClient client(inner, sleeper);
        auto result = client.send(get(), &cancel);
        QVERIFY(!result);
        QCOMPARE(result.error().code, ApiErrorCode::Cancelled);
        QVERIFY(inner.requests.empty());
    }

    void systemSleeperWakesOnCancel()
    {
        lectern::net::SystemSleeper sleeper;
        lectern::net::CancelToken cancel;
        const auto start = std::chrono::steady_clock::now();
        std::thread canceller([&cancel] {
            std::this_thread::sleep_for(100ms);
            cancel.cancel();
        });
        const bool completed = sleeper.sleepFor(30s, &cancel);
        canceller.join();
        QVERIFY(!completed);
        QVERIFY(std::chrono::steady_clock::now() - start < 5s);
        QVERIFY(sleeper.sleepFor(1ms, nullptr));
    }
};

QTEST_APPLESS_MAIN(TestRetryingHttpClient)
#include "test_retrying_http_client.moc"
