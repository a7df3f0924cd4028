// Test doubles for the network layer: an HttpClient that plays a script of
// answers and records what it was sent, and a Sleeper that records delays.
#pragma once

#include <deque>
#include <functional>
#include <mutex>
#include <vector>

#include "net/http_client.h"
#include "net/sleeper.h"

namespace lectern::test {

class ScriptedHttpClient final : public net::HttpClient {
public:
    void push(net::HttpResult result) { m_script.push_back(std::move(result)); }
    void pushStatus(int status, net::HttpHeaders headers = {}, std::string body = {})
    {
        push(net::HttpResponse{status, std::move(headers), std::move(body), 0});
    }
    void pushJson(int status, std::string body, net::HttpHeaders extra = {})
    {
        extra.add("Content-Type", "application/json; charset=utf-8");
        pushStatus(status, std::move(extra), std::move(body));
    }
    void pushError(net::ApiErrorCode code) { push(net::apiFail(code, "scripted")); }

    [[nodiscard]] net::HttpResult send(const net::HttpRequest& request, const net::CancelToken*) override
    {
        std::lock_guard lock(m_mutex);
        requests.push_back(request);
        if (m_script.empty())
            return net::HttpResponse{200, {}, {}, 0};
        // The last answer repeats, so "always 503" is one push.
        net::HttpResult next = m_script.front();
        if (m_script.size() > 1)
            m_script.pop_front();
        return next;
    }

    std::vector<net::HttpRequest> requests;

private:
    std::mutex m_mutex;
    std::deque<net::HttpResult> m_script;
};

class RecordingSleeper final : public net::Sleeper {
public:
    bool sleepFor(std::chrono::milliseconds duration, const net::CancelToken* cancel) override
    {
        delays.push_back(duration);
        if (onSleep)
            onSleep();
        return !(cancel && cancel->isCancelled());
    }

    std::vector<std::chrono::milliseconds> delays;
    std::function<void()> onSleep;
};

} // namespace lectern::test
