#include "net/retrying_http_client.h"

#include <algorithm>
#include <cmath>

namespace lectern::net {

bool isRetryableStatus(int status)
{
    // 501 Not Implemented and 505 will not change by trying again.
    return status == 429 || status == 500 || status == 502 || status == 503 || status == 504;
}

RetryingHttpClient::RetryingHttpClient(HttpClient& inner, Sleeper& sleeper, RetryPolicy policy, Jitter jitter)
    : m_inner(inner)
    , m_sleeper(sleeper)
    , m_policy(policy)
    , m_jitter(std::move(jitter))
    , m_random(std::random_device{}())
{
    m_policy.maxAttempts = std::max(1, m_policy.maxAttempts);
}

double RetryingHttpClient::nextJitter()
{
    if (m_jitter)
        return std::clamp(m_jitter(), 0.0, 1.0);
    std::lock_guard lock(m_randomMutex);
    return std::uniform_real_distribution<double>(0.0, 1.0)(m_random);
}

std::chrono::milliseconds RetryingHttpClient::backoffDelay(int retry)
{
    // base·2^(retry-1), computed in double so a large attempt count cannot overflow.
    const double exponential = static_cast<double>(m_policy.baseDelay.count()) * std::pow(2.0, std::max(0, retry - 1));
    const double ceiling = std::min(exponential, static_cast<double>(m_policy.maxDelay.count()));
    return std::chrono::milliseconds(static_cast<std::int64_t>(std::floor(ceiling * nextJitter())));
}

HttpResult RetryingHttpClient::send(const HttpRequest& request, const CancelToken* cancel)
{
    const bool mayRepeat = request.safeToRepeat() && !request.sink;
    for (int attempt = 1;; ++attempt) {
        if (cancel && cancel->isCancelled())
            return apiFail(ApiErrorCode::Cancelled);
        HttpResult result = m_inner.send(request, cancel);

        std::optional<std::chrono::seconds> retryAfter;
        bool retryable = false;
        if (result) {
            retryable = isRetryableStatus(result->status);
            if (auto header = result->headers.get("Retry-After"))
                retryAfter = parseRetryAfter(*header);
        } else {
            const ApiErrorCode code = result.error().code;
            retryable = code == ApiErrorCode::Offline || code == ApiErrorCode::Timeout || code == ApiErrorCode::Network;
        }
        if (!retryable || !mayRepeat || attempt >= m_policy.maxAttempts)
            return result;
        if (retryAfter && *retryAfter > m_policy.maxRetryAfter)
            return result; // the caller schedules that long a wait, not a blocked worker

        std::chrono::milliseconds delay = backoffDelay(attempt);
        if (retryAfter)
            delay = std::max<std::chrono::milliseconds>(delay, *retryAfter);
        if (!m_sleeper.sleepFor(delay, cancel))
            return apiFail(ApiErrorCode::Cancelled, "cancelled while waiting to retry");
    }
}

} // namespace lectern::net
