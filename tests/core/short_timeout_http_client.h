// For end-to-end tests with the fault proxy: the product waits 30 s for a
// stalled transfer, right for a learner on a bad link but far too long here, so
// a hang or a dropped answer surfaces after about a second instead.
// (CurlHttpClientOptions has no timeouts; they travel on each request.) The
// limit is 1 KiB/s rather than 1 B/s because libcurl averages speed over a
// few seconds, uploads included: at 1 B/s a POST's own body would keep a hung
// push "alive" for ~6 s more.
#pragma once

#include <chrono>

#include "net/http_client.h"

namespace lectern::test {

class ShortTimeoutHttpClient final : public net::HttpClient {
public:
    explicit ShortTimeoutHttpClient(net::HttpClient& inner)
        : m_inner(inner)
    {
    }
    [[nodiscard]] net::HttpResult send(const net::HttpRequest& request, const net::CancelToken* cancel) override
    {
        using namespace std::chrono_literals;
        net::HttpRequest shortened = request;
        shortened.timeouts.connect = 2s;
        shortened.timeouts.lowSpeedTime = 1s;
        shortened.timeouts.lowSpeedBytesPerSecond = 1024;
        return m_inner.send(shortened, cancel);
    }

private:
    net::HttpClient& m_inner;
};

} // namespace lectern::test
