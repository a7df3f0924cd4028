// A fault-injecting HTTP proxy for end-to-end tests: it forwards every request
// to the real lectern-server, except that the next N requests under a path
// prefix get a scripted misbehaviour instead (errors, broken bodies, silence).
// The happy path stays the real server; only the armed requests are faked.
#pragma once

#include <httplib.h>

#include <condition_variable>
#include <cstddef>
#include <mutex>
#include <string>
#include <thread>

namespace lectern::test {

enum class Fault {
    ServerError,      // 500 with the server's JSON error shape
    Unavailable,      // 503 with Retry-After: 1
    RateLimited,      // 429 with Retry-After: 1
    MalformedJson,    // 200, application/json, a body that does not parse
    TruncatedBody,    // 200, Content-Length larger than what is sent, then the connection closes
    WrongContentType, // 200, text/html (a captive portal's login page)
    HugeBody,         // 200, application/json, kHugeBodyBytes that never become valid JSON
    Hang,             // accepts the request and never answers (until released)
    DropAnswer,       // forwards, so the server applies it, then answers nothing (until released)
};

[[nodiscard]] const char* faultName(Fault fault);

class FaultProxy final {
public:
    static constexpr std::size_t kHugeBodyBytes = std::size_t{50} << 20;

    // `upstream` is the real server's base URL ("http://127.0.0.1:8787").
    explicit FaultProxy(std::string upstream);
    ~FaultProxy();
    FaultProxy(const FaultProxy&) = delete;
    FaultProxy& operator=(const FaultProxy&) = delete;

    // Listens on 127.0.0.1 and a free port; false when it cannot bind.
    [[nodiscard]] bool start();
    void stop();
    [[nodiscard]] std::string baseUrl() const;

    // The next `count` requests whose path starts with `pathPrefix` get `fault`,
    // after `skip` matching requests have been forwarded untouched (so a fault
    // can hit the second page of a feed). Replaces any earlier arming.
    void arm(std::string pathPrefix, Fault fault, int count = 1, int skip = 0);
    // Back to a plain proxy; held (Hang, DropAnswer) requests are let go.
    void disarm();

    // Faults delivered since the last arm().
    [[nodiscard]] int injected() const;
    // Requests that reached the real server since the last arm() (DropAnswer included).
    [[nodiscard]] int forwarded() const;

private:
    void handle(const httplib::Request& request, httplib::Response& response);
    // Which fault this request gets, if any (counts it down).
    [[nodiscard]] bool takeFault(const std::string& path, Fault& fault);
    void forward(const httplib::Request& request, httplib::Response& response);
    void inject(Fault fault, const httplib::Request& request, httplib::Response& response);
    // Blocks the handler thread until disarm() or stop(): the client sees silence.
    void hold();

    std::string m_upstream;
    httplib::Server m_server;
    std::thread m_thread;
    int m_port = -1;

    mutable std::mutex m_mutex;
    std::condition_variable m_released;
    std::string m_prefix;
    Fault m_fault = Fault::ServerError;
    int m_remaining = 0;
    int m_skip = 0;
    int m_injected = 0;
    int m_forwarded = 0;
    unsigned m_generation = 0; // bumped by disarm()/stop(): wakes held requests
    bool m_stopping = false;
};

} // namespace lectern::test
