#include "fault_proxy.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <chrono>
#include <string_view>
#include <utility>

namespace lectern::test {

namespace {

// Headers that describe one hop (or that cpp-httplib adds itself), so the
// proxy must not copy them from one connection to the other.
bool sameName(std::string_view a, std::string_view b)
{
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
           });
}

bool isHopHeader(std::string_view name)
{
    static constexpr std::array<std::string_view, 11> kHop{
        "Host",    "Content-Length", "Transfer-Encoding", "Connection", "Keep-Alive",  "Accept-Encoding",
        "Content-Encoding", "REMOTE_ADDR", "REMOTE_PORT", "LOCAL_ADDR", "LOCAL_PORT"};
    return std::any_of(kHop.begin(), kHop.end(), [&](std::string_view hop) { return sameName(hop, name); });
}

// A held request is let go after this at the latest, so a test that forgets
// to disarm fails instead of hanging the suite.
constexpr auto kMaxHold = std::chrono::seconds(20);

} // namespace

const char* faultName(Fault fault)
{
    switch (fault) {
    case Fault::ServerError: return "500";
    case Fault::Unavailable: return "503 Retry-After";
    case Fault::RateLimited: return "429 Retry-After";
    case Fault::MalformedJson: return "malformed JSON";
    case Fault::TruncatedBody: return "truncated body";
    case Fault::WrongContentType: return "wrong Content-Type";
    case Fault::HugeBody: return "50 MB body";
    case Fault::Hang: return "hang";
    case Fault::DropAnswer: return "applied, answer dropped";
    }
    return "?";
}

FaultProxy::FaultProxy(std::string upstream)
    : m_upstream(std::move(upstream))
{
    // One request per connection: a keep-alive connection pins a worker
    // thread of cpp-httplib's small pool, and held requests pin more.
    m_server.set_keep_alive_max_count(1);
    const auto handler = [this](const httplib::Request& request, httplib::Response& response) {
        handle(request, response);
    };
    m_server.Get(".*", handler);
    m_server.Post(".*", handler);
    m_server.Put(".*", handler);
    m_server.Patch(".*", handler);
    m_server.Delete(".*", handler);
}

FaultProxy::~FaultProxy() { stop(); }

bool FaultProxy::start()
{
    m_port = m_server.bind_to_any_port("127.0.0.1");
    if (m_port < 0)
        return false;
    m_thread = std::thread([this] { m_server.listen_after_bind(); });
    for (int i = 0; i < 500 && !m_server.is_running(); ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    return m_server.is_running();
}

void FaultProxy::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
        ++m_generation;
    }
    m_released.notify_all();
    if (m_thread.joinable()) {
        m_server.stop();
        m_thread.join();
    }
}

std::string FaultProxy::baseUrl() const { return "http://127.0.0.1:" + std::to_string(m_port); }

void FaultProxy::arm(std::string pathPrefix, Fault fault, int count, int skip)
{
    std::lock_guard lock(m_mutex);
    m_prefix = std::move(pathPrefix);
    m_fault = fault;
    m_remaining = count;
    m_skip = skip;
    m_injected = 0;
    m_forwarded = 0;
}

void FaultProxy::disarm()
{
    {
        std::lock_guard lock(m_mutex);
        m_remaining = 0;
        m_skip = 0;
        ++m_generation;
    }
    m_released.notify_all();
}

int FaultProxy::injected() const
{
    std::lock_guard lock(m_mutex);
    return m_injected;
}

int FaultProxy::forwarded() const
{
    std::lock_guard lock(m_mutex);
    return m_forwarded;
}

bool FaultProxy::takeFault(const std::string& path, Fault& fault)
{
    std::lock_guard lock(m_mutex);
    if (m_remaining <= 0 || !path.starts_with(m_prefix))
        return false;
    if (m_skip > 0) {
        --m_skip;
        return false;
    }
    --m_remaining;
    ++m_injected;
    fault = m_fault;
    return true;
}

void FaultProxy::handle(const httplib::Request& request, httplib::Response& response)
{
    Fault fault{};
    if (takeFault(request.path, fault))
        inject(fault, request, response);
    else
        forward(request, response);
}

void FaultProxy::forward(const httplib::Request& request, httplib::Response& response)
{
    httplib::Client upstream(m_upstream);
    upstream.set_keep_alive(false);
    upstream.set_url_encode(false); // the target is already encoded by the client
    upstream.set_decompress(false);
    upstream.set_read_timeout(30, 0);

    httplib::Request outgoing;
    outgoing.method = request.method;
    outgoing.path = request.target;
    outgoing.body = request.body;
    for (const auto& [name, value] : request.headers)
        if (!isHopHeader(name))
            outgoing.headers.emplace(name, value);

    auto answer = upstream.send(outgoing);
    {
        std::lock_guard lock(m_mutex);
        ++m_forwarded;
    }
    if (!answer) {
        response.status = 502;
        response.set_content(R"({"error":{"code":"bad_gateway","message":"fault proxy: upstream failed"}})",
                             "application/json");
        return;
    }
    response.status = answer->status;
    std::string contentType;
    for (const auto& [name, value] : answer->headers) {
        if (isHopHeader(name))
            continue;
        if (sameName(name, "Content-Type"))
            contentType = value;
        else
            response.headers.emplace(name, value);
    }
    if (!answer->body.empty() || !contentType.empty())
        response.set_content(answer->body, contentType);
}

void FaultProxy::hold()
{
    std::unique_lock lock(m_mutex);
    const unsigned generation = m_generation;
    m_released.wait_for(lock, kMaxHold, [&] { return m_stopping || m_generation != generation; });
}

void FaultProxy::inject(Fault fault, const httplib::Request& request, httplib::Response& response)
{
    switch (fault) {
    case Fault::ServerError:
        response.status = 500;
        response.set_content(R"({"error":{"code":"internal","message":"injected failure"}})", "application/json");
        return;
    case Fault::Unavailable:
        response.status = 503;
        response.set_header("Retry-After", "1");
        response.set_content(R"({"error":{"code":"unavailable","message":"injected overload"}})", "application/json");
        return;
    case Fault::RateLimited:
        response.status = 429;
        response.set_header("Retry-After", "1");
        response.set_content(R"({"error":{"code":"rate_limited","message":"injected limit"}})", "application/json");
        return;
    case Fault::MalformedJson:
        response.status = 200;
        response.set_content(R"({"changes": [{"course_id": "0190a000-, "next_cursor": })", "application/json");
        return;
    case Fault::TruncatedBody: {
        // Promises 4 KiB, sends a prefix, then fails the provider, which makes
        // cpp-httplib drop the connection mid-body.
        static const std::string kPrefix = R"({"changes": [{"course_id": "0190a000-0000-7000-8000-000000000001", )";
        response.status = 200;
        response.set_content_provider(4096, "application/json",
                                      [](std::size_t offset, std::size_t, httplib::DataSink& sink) {
                                          if (offset > 0)
                                              return false;
                                          sink.write(kPrefix.data(), kPrefix.size());
                                          return true;
                                      });
        return;
    }
    case Fault::WrongContentType:
        response.status = 200;
        response.set_content("<!DOCTYPE html><html><body><h1>Sign in to the hotel Wi-Fi</h1></body></html>",
                             "text/html; charset=utf-8");
        return;
    case Fault::HugeBody: {
        // Streamed in chunks: JSON by its Content-Type and its first bytes, 50 MB
        // of it. Invalid from the 8th byte, so the client's time goes to
        // receiving the body, not to a debug-build parser walking all of it.
        response.status = 200;
        response.set_content_provider(
            kHugeBodyBytes, "application/json", [](std::size_t offset, std::size_t length, httplib::DataSink& sink) {
                static const std::string kChunk = [] {
                    std::string chunk(std::size_t{64} << 10, 'x');
                    chunk.replace(0, 8, R"({"pad": )");
                    return chunk;
                }();
                const std::size_t from = offset == 0 ? 0 : 8; // the opening only once
                const std::size_t size = std::min(length, kChunk.size() - from);
                return sink.write(kChunk.data() + from, size);
            });
        return;
    }
    case Fault::Hang:
        hold();
        response.status = 504; // nobody is listening any more
        return;
    case Fault::DropAnswer:
        forward(request, response);
        hold();
        return;
    }
}

} // namespace lectern::test
