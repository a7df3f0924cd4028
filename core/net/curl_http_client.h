// HttpClient over libcurl: the only code in Lectern that talks to libcurl.
#pragma once

#include <cstddef>
#include <mutex>
#include <string>
#include <vector>

#include "net/http_client.h"

namespace lectern::net {

// "Lectern/0.1.0 (Linux)"
[[nodiscard]] std::string defaultUserAgent();

struct CurlHttpClientOptions {
    std::string userAgent = defaultUserAgent();
    // A PEM bundle to trust instead of the system store, for a self-hosted server
    // with its own CA. Empty: the system CA store. Verification is never off.
    std::string caFile;
    // Larger collected bodies fail with BadResponse instead of growing without
    // bound; streamed (sink) downloads are not limited by it.
    std::size_t maxBodyBytes = std::size_t{64} << 20;
    // Easy handles kept between requests (each holds its live connections).
    std::size_t maxIdleHandles = 8;
};

// Each send() borrows an easy handle from a small pool owned by this client
// and returns it afterwards, without cleaning it up. A handle keeps its
// connection cache, DNS cache and TLS session cache across curl_easy_reset(),
// so consecutive requests reuse the connection whichever thread makes them.
// Why a pool rather than one handle per thread (thread_local): the handles'
// life is tied to the client object, not to threads' exit order (no
// thread_local destructors racing curl at shutdown), two clients with
// different options never share a handle, and a worker pool of N threads ends
// up with at most N handles either way. Why not the multi interface: core
// calls are synchronous on worker threads, so blocking easy transfers need no
// event loop thread and no marshalling.
class CurlHttpClient final : public HttpClient {
public:
    explicit CurlHttpClient(CurlHttpClientOptions options = {});
    ~CurlHttpClient() override;
    CurlHttpClient(const CurlHttpClient&) = delete;
    CurlHttpClient& operator=(const CurlHttpClient&) = delete;

    [[nodiscard]] HttpResult send(const HttpRequest& request, const CancelToken* cancel = nullptr) override;

    [[nodiscard]] const CurlHttpClientOptions& options() const { return m_options; }

private:
    void* acquireHandle();
    void releaseHandle(void* handle);

    CurlHttpClientOptions m_options;
    std::mutex m_mutex;
    std::vector<void*> m_idle; // CURL* (void in curl.h; kept opaque so callers need no curl headers)
};

} // namespace lectern::net
