// CurlHttpClient against a local, deliberately misbehaving HTTP server: every
// fault the sync engine must survive arrives as a clear, typed error.
#include <QTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>
#include <zlib.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdlib>
#include <mutex>
#include <thread>

#include <nlohmann/json.hpp>

#include "local_http_server.h"
#include "net/api_client.h"
#include "net/curl_http_client.h"
#include "net/retrying_http_client.h"
#include "net_fakes.h"

using namespace std::chrono_literals;
using lectern::net::ApiErrorCode;
using lectern::net::CurlHttpClient;
using lectern::net::CurlHttpClientOptions;
using lectern::net::HttpMethod;
using lectern::net::HttpRequest;

namespace {

std::string gzip(const std::string& data)
{
    z_stream stream{};
    // windowBits 15 + 16: a gzip wrapper rather than zlib's.
    if (deflateInit2(&stream, Z_BEST_SPEED, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    std::string out(deflateBound(&stream, data.size()), '\0');
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
    stream.avail_in = static_cast<uInt>(data.size());
    stream.next_out = reinterpret_cast<Bytef*>(out.data());
    stream.avail_out = static_cast<uInt>(out.size());
    deflate(&stream, Z_FINISH);
    out.resize(stream.total_out);
    deflateEnd(&stream);
    return out;
}

// A port on which nothing listens: bound, read, released.
int closedPort()
{
    const int fd = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address);
    socklen_t length = sizeof address;
    getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length);
    close(fd);
    return ntohs(address.sin_port);
}

HttpRequest get(std::string url)
{
    HttpRequest request;
    request.url = std::move(url);
    return request;
}

std::string errorBody(const std::string& code)
{
    return nlohmann::json{{"error", {{"code", code}, {"message", code}}}}.dump();
}

std::string pattern(std::size_t size)
{
    std::string text(size, '\0');
    for (std::size_t i = 0; i < size; ++i)
        text[i] = static_cast<char>('a' + i % 26);
    return text;
}

} // namespace

class TestCurlHttpClient final : public QObject {
    Q_OBJECT

    std::mutex m_hangMutex;
    std::condition_variable m_hangRelease;
    bool m_releasing = false;
    std::atomic<int> m_flakyCalls{0};
    std::string m_gzipSource;
    std::string m_gzipBomb;
    lectern::test::LocalHttpServer m_server; // last: stopped before the state its handlers use

    void serveLarge(httplib::Response& response, std::size_t size, bool chunked)
    {
        auto provider = [size](std::size_t offset, httplib::DataSink& sink) {
            static const std::string block(256 * 1024, 'x');
            if (offset >= size) {
                sink.done();
                return true;
            }
            const std::size_t n = std::min(block.size(), size - offset);
            return sink.write(block.data(), n);
        };
        if (chunked)
            response.set_chunked_content_provider("application/octet-stream", provider);
        else
            response.set_content_provider(size, "application/octet-stream",
                                          [provider](std::size_t offset, std::size_t, httplib::DataSink& sink) {
                                              return provider(offset, sink);
                                          });
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The test server is local; a proxy from the developer's environment must not get in between.
        for (const char* name : {"http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "all_proxy"})
            unsetenv(name);

        m_gzipSource = nlohmann::json{{"text", pattern(200'000)}}.dump();
        m_gzipBomb = gzip(std::string(20u << 20, '\0'));

        auto& routes = m_server.routes();
        auto echo = [](const httplib::Request& request, httplib::Response& response) {
            nlohmann::json body = {{"method", request.method},
                                   {"user_agent", request.get_header_value("User-Agent")},
                                   {"accept_encoding", request.get_header_value("Accept-Encoding")},
                                   {"idempotency_key", request.get_header_value("Idempotency-Key")},
                                   {"content_type", request.get_header_value("Content-Type")},
                                   {"body", request.body},
                                   {"remote_port", request.remote_port}};
            response.set_content(body.dump(), "application/json");
        };
        routes.Get("/echo", echo);
        routes.Post("/echo", echo);
        routes.Put("/echo", echo);
        routes.Delete("/echo", echo);
        routes.Get(R"(/status/(\d+))", [](const httplib::Request& request, httplib::Response& response) {
            response.status = std::stoi(request.matches[1]);
            if (response.status == 429 || response.status == 503)
                response.set_header("Retry-After", "3");
            response.set_content(errorBody(response.status == 429 ? "rate_limited" : "internal"), "application/json");
        });
        routes.Get(R"(/malformed/.*)", [](const httplib::Request&, httplib::Response& response) {
            response.set_content(R"({"status": "ok", "version": )", "application/json");
        });
        routes.Get(R"(/wrongtype/.*)", [](const httplib::Request&, httplib::Response& response) {
            response.set_content(R"({"status":"ok","version":"1","time":"2026-12-04T08:00:00Z"})", "text/html");
        });
        routes.Get(R"(/truncated/.*)", [](const httplib::Request&, httplib::Response& response) {
            // Promises 1000 bytes, sends 100, then drops the connection.
            response.set_content_provider(1000, "application/json",
                                          [](std::size_t offset, std::size_t, httplib::DataSink& sink) {
                                              if (offset > 0)
                                                  return false;
                                              // (no raw string here: moc mis-tokenises one that ends in a quote)
                                              const std::string part = "{\"status\": \"ok\", \"padding\": \"" + std::string(70, 'p');
                                              return sink.write(part.data(), part.size());
                                          });
        });
        routes.Get("/large", [this](const httplib::Request& request, httplib::Response& response) {
            serveLarge(response, std::stoull(request.get_param_value("bytes")), request.has_param("chunked"));
        });
        routes.Get("/hang", [this](const httplib::Request&, httplib::Response& response) {
            std::unique_lock lock(m_hangMutex);
            m_hangRelease.wait_for(lock, 30s, [this] { return m_releasing; });
            response.set_content("too late", "text/plain");
        });
        routes.Get("/gzip", [this](const httplib::Request& request, httplib::Response& response) {
            if (request.get_header_value("Accept-Encoding").find("gzip") == std::string::npos) {
                response.set_content(m_gzipSource, "application/json");
                return;
            }
            response.set_header("Content-Encoding", "gzip");
            response.set_content(gzip(m_gzipSource), "application/json");
        });
        routes.Get("/gzip-bomb", [this](const httplib::Request&, httplib::Response& response) {
            response.set_header("Content-Encoding", "gzip");
            response.set_content(m_gzipBomb, "application/octet-stream");
        });
        routes.Get("/bytes", [](const httplib::Request&, httplib::Response& response) {
            response.set_content(pattern(1000), "application/octet-stream");
        });
        routes.Get("/flaky", [this](const httplib::Request&, httplib::Response& response) {
            if (++m_flakyCalls <= 2) {
                response.status = 503;
                response.set_header("Retry-After", "0");
                response.set_content(errorBody("busy"), "application/json");
                return;
            }
            response.set_content(R"({"ok": true})", "application/json");
        });
        QVERIFY(m_server.start() > 0);
    }

    void cleanupTestCase()
    {
        {
            std::lock_guard lock(m_hangMutex);
            m_releasing = true;
        }
        m_hangRelease.notify_all();
        m_server.stop();
    }

    void sendsMethodsBodiesAndOurHeaders()
    {
        CurlHttpClient client;
        for (auto method : {HttpMethod::Get, HttpMethod::Post, HttpMethod::Put, HttpMethod::Delete}) {
            HttpRequest request = get(m_server.url("/echo"));
            request.method = method;
            if (method != HttpMethod::Get) {
                request.body = R"({"a":1})";
                request.headers.add("Content-Type", "application/json");
            }
            request.idempotencyKey = method == HttpMethod::Post ? "key-1" : "";
            auto response = client.send(request);
            QVERIFY2(response, response ? "" : response.error().describe().c_str());
            QCOMPARE(response->status, 200);
            QCOMPARE(response->headers.get("content-type").value_or(""), std::string("application/json"));
            const auto echoed = nlohmann::json::parse(response->body);
            QCOMPARE(echoed.at("method").get<std::string>(), std::string(lectern::net::methodName(method)));
            QCOMPARE(echoed.at("user_agent").get<std::string>(), lectern::net::defaultUserAgent());
            QVERIFY(echoed.at("accept_encoding").get<std::string>().find("gzip") != std::string::npos);
            QCOMPARE(echoed.at("idempotency_key").get<std::string>(), request.idempotencyKey);
            QCOMPARE(echoed.at("body").get<std::string>(), request.body);
        }
        QVERIFY(lectern::net::defaultUserAgent().starts_with("Lectern/0."));
        QVERIFY(lectern::net::defaultUserAgent().ends_with(" (Linux)"));
    }

    void reusesTheConnection()
    {
        CurlHttpClient client;
        auto first = client.send(get(m_server.url("/echo")));
        auto second = client.send(get(m_server.url("/echo")));
        QVERIFY(first && second);
        QCOMPARE(nlohmann::json::parse(second->body).at("remote_port").get<int>(),
                 nlohmann::json::parse(first->body).at("remote_port").get<int>());
    }

    void errorStatusesAreAnswersWithTypedMeaning()
    {
        CurlHttpClient client;
        auto internal = client.send(get(m_server.url("/status/500")));
        QVERIFY(internal);
        QCOMPARE(internal->status, 500);
        auto error = lectern::net::errorFromResponse(*internal);
        QCOMPARE(error.code, ApiErrorCode::ServerError);
        QCOMPARE(error.serverCode, std::string("internal"));

        auto unavailable = client.send(get(m_server.url("/status/503")));
        QVERIFY(unavailable);
        error = lectern::net::errorFromResponse(*unavailable);
        QCOMPARE(error.code, ApiErrorCode::ServerError);
        QCOMPARE(error.retryAfter.value_or(0s), 3s);

        auto limited = client.send(get(m_server.url("/status/429")));
        QVERIFY(limited);
        error = lectern::net::errorFromResponse(*limited);
        QCOMPARE(error.code, ApiErrorCode::RateLimited);
        QCOMPARE(error.serverCode, std::string("rate_limited"));
        QCOMPARE(error.retryAfter.value_or(0s), 3s);
    }

    void retriesThroughTheRealTransport()
    {
        CurlHttpClient curl;
        lectern::test::RecordingSleeper sleeper;
        lectern::net::RetryingHttpClient client(curl, sleeper);
        m_flakyCalls = 0;
        auto response = client.send(get(m_server.url("/flaky")));
        QVERIFY(response);
        QCOMPARE(response->status, 200);
        QCOMPARE(m_flakyCalls.load(), 3);
        QCOMPARE(sleeper.delays.size(), std::size_t{2});
    }

    void malformedJsonIsABadResponse()
    {
        CurlHttpClient client;
        lectern::net::ApiClient api(client, m_server.url("/malformed"));
        auto health = api.health();
        QVERIFY(!health);
        QCOMPARE(health.error().code, ApiErrorCode::BadResponse);
        QVERIFY2(health.error().detail.find("malformed JSON") != std::string::npos, health.error().detail.c_str());
    }

    void wrongContentTypeIsABadResponse()
    {
        CurlHttpClient client;
        lectern::net::ApiClient api(client, m_server.url("/wrongtype"));
        auto health = api.health();
        QVERIFY(!health);
        QCOMPARE(health.error().code, ApiErrorCode::BadResponse);
        QVERIFY2(health.error().detail.find("text/html") != std::string::npos, health.error().detail.c_str());
    }

    void truncatedBodyIsABadResponse()
    {
        CurlHttpClient client;
        lectern::net::ApiClient api(client, m_server.url("/truncated"));
        auto health = api.health();
        QVERIFY(!health);
        QCOMPARE(health.error().code, ApiErrorCode::BadResponse);
        QVERIFY2(health.error().detail.find("truncated") != std::string::npos, health.error().detail.c_str());
    }

    void bodiesUpToTheLimitAreAccepted()
    {
        CurlHttpClient client; // default limit 64 MiB
        const std::size_t size = 50'000'000;
        auto response = client.send(get(m_server.url("/large?bytes=" + std::to_string(size))));
        QVERIFY2(response, response ? "" : response.error().describe().c_str());
        QCOMPARE(response->body.size(), size);
    }

    void bodiesOverTheLimitFailCleanly_data()
    {
        QTest::addColumn<bool>("chunked");
        QTest::newRow("content-length") << false; // refused from the header, before reading
        QTest::newRow("chunked") << true;         // refused while reading, at the limit
    }

    void bodiesOverTheLimitFailCleanly()
    {
        QFETCH(bool, chunked);
        CurlHttpClientOptions options;
        options.maxBodyBytes = std::size_t{32} << 20;
        CurlHttpClient client(options);
        auto response = client.send(get(m_server.url("/large?bytes=50000000" + std::string(chunked ? "&chunked=1" : ""))));
        QVERIFY(!response);
        QCOMPARE(response.error().code, ApiErrorCode::BadResponse);
        QVERIFY2(response.error().detail.find("larger than 32 MiB") != std::string::npos,
                 response.error().detail.c_str());
        // The same client carries on afterwards.
        QVERIFY(client.send(get(m_server.url("/echo"))));
    }

    void gzipIsNegotiatedAndDecoded()
    {
        CurlHttpClient client;
        auto response = client.send(get(m_server.url("/gzip")));
        QVERIFY(response);
        QCOMPARE(response->headers.get("Content-Encoding").value_or(""), std::string("gzip"));
        QVERIFY(response->body == m_gzipSource);
    }

    void decodedSizeIsWhatTheLimitBounds()
    {
        CurlHttpClientOptions options;
        options.maxBodyBytes = std::size_t{8} << 20;
        CurlHttpClient client(options);
        QVERIFY(m_gzipBomb.size() < options.maxBodyBytes);
        auto response = client.send(get(m_server.url("/gzip-bomb")));
        QVERIFY(!response);
        QCOMPARE(response.error().code, ApiErrorCode::BadResponse);
    }

    void aServerThatNeverAnswersTimesOut()
    {
        CurlHttpClient client;
        HttpRequest request = get(m_server.url("/hang"));
        request.timeouts.lowSpeedTime = 2s;
        const auto start = std::chrono::steady_clock::now();
        auto response = client.send(request);
        const auto elapsed = std::chrono::steady_clock::now() - start;
        QVERIFY(!response);
        QCOMPARE(response.error().code, ApiErrorCode::Timeout);
        QVERIFY(elapsed >= 1500ms);
        QVERIFY2(elapsed < 10s, qPrintable(QString::number(std::chrono::duration<double>(elapsed).count())));
    }

    void cancelStopsATransferInFlight()
    {
        CurlHttpClient client;
        lectern::net::CancelToken cancel;
        std::thread canceller([&cancel] {
            std::this_thread::sleep_for(300ms);
            cancel.cancel();
        });
        const auto start = std::chrono::steady_clock::now();
        auto response = client.send(get(m_server.url("/hang")), &cancel);
        canceller.join();
        QVERIFY(!response);
        QCOMPARE(response.error().code, ApiErrorCode::Cancelled);
        QVERIFY(std::chrono::steady_clock::now() - start < 5s);
    }

    void refusedConnectionIsOffline()
    {
        CurlHttpClient client;
        auto response = client.send(get("http://127.0.0.1:" + std::to_string(closedPort()) + "/v1/health"));
        QVERIFY(!response);
        QCOMPARE(response.error().code, ApiErrorCode::Offline);
        QVERIFY(!response.error().detail.empty());
    }

    void tlsFailuresAreTls()
    {
        // TLS spoken to a plain HTTP server: the handshake fails.
        CurlHttpClient client;
        auto response = client.send(get("https://127.0.0.1:" + std::to_string(m_server.port()) + "/echo"));
        QVERIFY(!response);
        QCOMPARE(response.error().code, ApiErrorCode::Tls);

        // A pinned CA file that cannot be read never silently falls back to "trust anything".
        CurlHttpClientOptions options;
        options.caFile = "/nonexistent/lectern-ca.pem";
        CurlHttpClient pinned(options);
        response = pinned.send(get("https://127.0.0.1:" + std::to_string(m_server.port()) + "/echo"));
        QVERIFY(!response);
        QCOMPARE(response.error().code, ApiErrorCode::Tls);
    }

    void badUrlIsInvalidRequest()
    {
        CurlHttpClient client;
        auto response = client.send(get("ftp://127.0.0.1/file"));
        QVERIFY(!response);
        QCOMPARE(response.error().code, ApiErrorCode::InvalidRequest);
    }

    void streamsIntoASinkAndResumes()
    {
        CurlHttpClient client;
        std::string received;
        HttpRequest request = get(m_server.url("/bytes"));
        request.resumeFrom = 400;
        request.sink = [&received](std::string_view chunk) {
            received.append(chunk);
            return true;
        };
        auto response = client.send(request);
        QVERIFY2(response, response ? "" : response.error().describe().c_str());
        QCOMPARE(response->status, 206);
        QCOMPARE(response->sinkBytes, std::uint64_t{600});
        QVERIFY(response->body.empty());
        QVERIFY(received == pattern(1000).substr(400));

        // An error answer is collected for explaining, not fed to the sink.
        received.clear();
        request = get(m_server.url("/status/503"));
        request.sink = [&received](std::string_view chunk) {
            received.append(chunk);
            return true;
        };
        response = client.send(request);
        QVERIFY(response);
        QCOMPARE(response->status, 503);
        QVERIFY(received.empty());
        QVERIFY(response->body.find("internal") != std::string::npos);

        // A sink that gives up ends the transfer.
        request = get(m_server.url("/large?bytes=5000000"));
        request.sink = [](std::string_view) { return false; };
        response = client.send(request);
        QVERIFY(!response);
        QCOMPARE(response.error().code, ApiErrorCode::Cancelled);
    }

    void sendsFromManyThreadsAtOnce()
    {
        CurlHttpClient client;
        std::atomic<int> ok{0};
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t)
            threads.emplace_back([&] {
                for (int i = 0; i < 10; ++i) {
                    auto response = client.send(get(m_server.url("/echo")));
                    if (response && response->status == 200)
                        ++ok;
                }
            });
        for (auto& thread : threads)
            thread.join();
        QCOMPARE(ok.load(), 40);
    }
};

QTEST_APPLESS_MAIN(TestCurlHttpClient)
#include "test_curl_http_client.moc"
