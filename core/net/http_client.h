// The transport seam: one HTTP exchange, synchronous, cancellable. The API
// client, the retry policy and (later) the media downloader sit on this
// interface, so tests swap in fakes and production uses CurlHttpClient.
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "net/cancel_token.h"
#include "net/net_error.h"

namespace lectern::net {

enum class HttpMethod { Get, Head, Post, Put, Patch, Delete };

[[nodiscard]] const char* methodName(HttpMethod method);

// GET, HEAD, PUT and DELETE are idempotent by RFC 9110; POST and PATCH are not.
[[nodiscard]] bool isIdempotentMethod(HttpMethod method);

// Header list in arrival order; names compare case-insensitively (RFC 9110),
// values are kept as sent.
class HttpHeaders final {
public:
    HttpHeaders() = default;
    HttpHeaders(std::initializer_list<std::pair<std::string, std::string>> headers);

    void add(std::string name, std::string value);
    // Replaces every header of that name.
    void set(const std::string& name, std::string value);
    void remove(std::string_view name);

    // The first value of that name.
    [[nodiscard]] std::optional<std::string> get(std::string_view name) const;
    [[nodiscard]] bool contains(std::string_view name) const { return get(name).has_value(); }

    [[nodiscard]] const std::vector<std::pair<std::string, std::string>>& all() const { return m_headers; }
    [[nodiscard]] bool empty() const { return m_headers.empty(); }

private:
    std::vector<std::pair<std::string, std::string>> m_headers;
};

[[nodiscard]] bool equalsIgnoringCase(std::string_view a, std::string_view b);

struct HttpTimeouts {
    std::chrono::milliseconds connect{10'000};
    // A transfer slower than lowSpeedBytesPerSecond for lowSpeedTime is cut off
    // (also a server that accepts the request and never answers). Unlike a total
    // timeout this never kills a large download that is still making progress.
    std::chrono::seconds lowSpeedTime{30};
    long lowSpeedBytesPerSecond = 1;
    // 0 = no limit. Only for callers that really want a wall-clock bound.
    std::chrono::milliseconds total{0};
};

// Receives the body of a 2xx answer chunk by chunk instead of collecting it in
// HttpResponse::body; return false to abort the transfer (an I/O error).
using BodySink = std::function<bool(std::string_view chunk)>;

struct HttpRequest {
    HttpMethod method = HttpMethod::Get;
    std::string url;
    HttpHeaders headers;
    std::string body;
    HttpTimeouts timeouts;

    // Sent as "Idempotency-Key"; the server then dedupes repeats, which makes
    // even a POST safe to send again.
    std::string idempotencyKey;
    // Overrides what the method implies: a POST whose payload carries its own
    // dedupe ids (sync push with op_ids) may say true; a GET with side effects false.
    std::optional<bool> idempotent;

    // Streaming download (media): when set, a 2xx body goes to the sink rather
    // than into HttpResponse::body and is not bound by the response size limit.
    // Error bodies (4xx/5xx) are still collected, so they can be explained.
    BodySink sink;
    // > 0 asks for "Range: bytes=<resumeFrom>-" to continue a partial download.
    std::uint64_t resumeFrom = 0;

    // Whether sending this request twice is harmless: the basis of every retry.
    [[nodiscard]] bool safeToRepeat() const
    {
        return idempotent.value_or(isIdempotentMethod(method)) || !idempotencyKey.empty();
    }
};

struct HttpResponse {
    int status = 0;
    HttpHeaders headers;
    std::string body; // decoded (gzip undone); empty when a sink took it
    std::uint64_t sinkBytes = 0; // bytes handed to the request's sink

    [[nodiscard]] bool isSuccess() const { return status >= 200 && status < 300; }
};

using HttpResult = ApiResult<HttpResponse>;

// Any HTTP status is a successful exchange here; only transport failures
// (Offline, Timeout, Cancelled, Network, Tls, BadResponse for a truncated or
// oversized body, InvalidRequest) are errors. Implementations are thread-safe:
// several threads may send at once.
class HttpClient {
public:
    virtual ~HttpClient() = default;
    [[nodiscard]] virtual HttpResult send(const HttpRequest& request, const CancelToken* cancel = nullptr) = 0;
};

} // namespace lectern::net
