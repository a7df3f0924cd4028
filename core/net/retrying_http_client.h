// Retries with exponential backoff and full jitter, as a decorator over any
// HttpClient — but only where repeating a request cannot do harm.
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <mutex>
#include <random>

#include "net/http_client.h"
#include "net/sleeper.h"

namespace lectern::net {

struct RetryPolicy {
    int maxAttempts = 4; // first try included; 1 disables retries
    std::chrono::milliseconds baseDelay{500};
    std::chrono::milliseconds maxDelay{30'000};
    // A Retry-After above this is not waited for here: the answer goes back to
    // the caller (the sync scheduler, the sign-in form), which can say "try
    // again in 15 minutes" instead of freezing a worker that long.
    std::chrono::seconds maxRetryAfter{30};
};

// What is retried: transport failures that may pass (Offline, Timeout,
// Network) and answers 429, 500, 502, 503, 504 — and only for requests where
// HttpRequest::safeToRepeat() holds (GET/HEAD/PUT/DELETE, an explicit
// idempotent flag, or an Idempotency-Key). A POST without a key is sent
// exactly once whatever happens: a lost answer may mean it was applied.
// Streaming requests (a sink) are not retried either: bytes already handed to
// the sink cannot be taken back; the downloader resumes with a Range instead.
//
// Delay before retry n (n = 1, 2, …): uniform in [0, min(maxDelay, base·2^(n-1))]
// ("full jitter", so clients knocked offline together don't come back in
// lockstep), but never less than the server's Retry-After.
class RetryingHttpClient final : public HttpClient {
public:
    // Returns a number in [0, 1); the default draws from a seeded mt19937_64.
    using Jitter = std::function<double()>;

    RetryingHttpClient(HttpClient& inner, Sleeper& sleeper, RetryPolicy policy = {}, Jitter jitter = {});

    [[nodiscard]] HttpResult send(const HttpRequest& request, const CancelToken* cancel = nullptr) override;

    // The delay before retry `retry` (1-based) before Retry-After is applied; public for tests.
    [[nodiscard]] std::chrono::milliseconds backoffDelay(int retry);

    [[nodiscard]] const RetryPolicy& policy() const { return m_policy; }

private:
    [[nodiscard]] double nextJitter();

    HttpClient& m_inner;
    Sleeper& m_sleeper;
    RetryPolicy m_policy;
    Jitter m_jitter;
    std::mutex m_randomMutex; // send() is called from several threads
    std::mt19937_64 m_random;
};

// Whether an HTTP status is worth another try (429 and the transient 5xx).
[[nodiscard]] bool isRetryableStatus(int status);

} // namespace lectern::net
