// Test doubles for downloads: an HttpClient that serves files with Range and
// If-Range the way lectern-server does (and answers a refused range the way
// libcurl reports it), can fail or stall mid-body, and counts concurrent
// requests; and a sink that fails with DiskFull after some bytes.
#pragma once

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include <sodium.h>

#include "media/media_sink.h"
#include "media/plain_file_sink.h"
#include "net/http_client.h"

namespace lectern::test {

inline std::string sha256Hex(std::string_view bytes)
{
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
    char hex[crypto_hash_sha256_BYTES * 2 + 1];
    sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
    return hex;
}

inline std::string patternBytes(std::size_t size, unsigned seed)
{
    std::string bytes(size, '\0');
    std::uint32_t x = seed * 2654435761u + 1;
    for (auto& c : bytes) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        c = static_cast<char>(x & 0xFF);
    }
    return bytes;
}

struct FakeFile {
    std::string bytes;
    std::string etag; // sent as ETag and compared with If-Range; "" = the quoted SHA-256 of bytes
    int status = 0;   // answer this status (403, 404…) instead of the file
};

struct SeenRequest {
    std::string url;
    std::uint64_t resumeFrom = 0;
    std::string ifRange;
    std::string authorization;
};

class FakeMediaServer final : public net::HttpClient {
public:
    static constexpr std::size_t kChunk = 16 * 1024;

    void put(const std::string& url, FakeFile file)
    {
        std::lock_guard lock(m_mutex);
        if (file.etag.empty())
            file.etag = "\"" + sha256Hex(file.bytes) + "\"";
        m_files[url] = std::move(file);
    }

    // The next request breaks with a network error after this many body bytes.
    void failNextAfter(std::uint64_t bytes)
    {
        std::lock_guard lock(m_mutex);
        m_failAfter = bytes;
    }
    // Every request stops after this many body bytes (of the request) and waits
    // until release() or its cancel token fires.
    void stallAfter(std::optional<std::uint64_t> bytes)
    {
        std::lock_guard lock(m_mutex);
        m_stallAfter = bytes;
    }
    void release()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stallAfter.reset();
            ++m_releases;
        }
        m_wake.notify_all();
    }
    // Lets exactly one stalled request for `url` go on.
    void releaseOne(const std::string& url)
    {
        {
            std::lock_guard lock(m_mutex);
            m_released.push_back(url);
        }
        m_wake.notify_all();
    }
    void requireToken(std::string token)
    {
        std::lock_guard lock(m_mutex);
        m_token = std::move(token);
    }

    [[nodiscard]] std::vector<SeenRequest> seen() const
    {
        std::lock_guard lock(m_mutex);
        return m_seen;
    }
    [[nodiscard]] int active() const { return m_active.load(); }
    [[nodiscard]] int stalled() const { return m_stalled.load(); }
    [[nodiscard]] int maxActive() const { return m_maxActive.load(); }

    [[nodiscard]] net::HttpResult send(const net::HttpRequest& request, const net::CancelToken* cancel) override
    {
        const int now = ++m_active;
        int seenMax = m_maxActive.load();
        while (now > seenMax && !m_maxActive.compare_exchange_weak(seenMax, now)) {
        }
        auto result = serve(request, cancel);
        --m_active;
        return result;
    }

private:
    net::HttpResult serve(const net::HttpRequest& request, const net::CancelToken* cancel)
    {
        FakeFile file;
        std::optional<std::uint64_t> failAfter;
        {
            std::lock_guard lock(m_mutex);
            m_seen.push_back({request.url, request.resumeFrom, request.headers.get("If-Range").value_or(""),
                              request.headers.get("Authorization").value_or("")});
            if (!m_token.empty() && request.headers.get("Authorization") != "Bearer " + m_token)
                return jsonError(401, "unauthorized");
            auto it = m_files.find(request.url);
            if (it == m_files.end())
                return jsonError(404, "no_media");
            file = it->second;
            failAfter = m_failAfter;
            m_failAfter.reset();
        }
        if (file.status != 0)
            return jsonError(file.status, file.status == 403 ? "not_entitled" : "error");

        const std::uint64_t size = file.bytes.size();
        std::uint64_t from = request.resumeFrom;
        net::HttpResponse response;
        response.headers.add("ETag", file.etag);
        if (from > 0) {
            const auto ifRange = request.headers.get("If-Range");
            if (from >= size) {
                response.status = 416;
                response.headers.add("Content-Range", "bytes */" + std::to_string(size));
                return response;
            }
            if (ifRange && *ifRange != file.etag) {
                // A full 200 to a Range request: libcurl gives up before the body.
                net::ApiError error;
                error.code = net::ApiErrorCode::Network;
                error.httpStatus = 200;
                error.detail = "HTTP server doesn't seem to support byte ranges. Cannot resume.";
                return std::unexpected(error);
            }
            response.status = 206;
            response.headers.add("Content-Range",
                                 "bytes " + std::to_string(from) + "-" + std::to_string(size - 1) + "/" + std::to_string(size));
        } else {
            response.status = 200;
        }
        std::uint64_t sent = 0;
        bool stalledOnce = false; // a request stalls at most once
        for (std::uint64_t at = from; at < size;) {
            if (cancel && cancel->isCancelled())
                return net::apiFail(net::ApiErrorCode::Cancelled, "cancelled");
            std::uint64_t n = std::min<std::uint64_t>(kChunk, size - at);
            if (failAfter && sent + n > *failAfter) {
                n = *failAfter - sent;
                if (n > 0 && !request.sink(std::string_view(file.bytes).substr(at, n)))
                    return net::apiFail(net::ApiErrorCode::Cancelled, "the body sink refused data");
                return net::apiFail(net::ApiErrorCode::Network, "connection reset (scripted)");
            }
            if (!stalledOnce)
                stalledOnce = waitIfStalled(request.url, sent, n, cancel);
            if (cancel && cancel->isCancelled())
                return net::apiFail(net::ApiErrorCode::Cancelled, "cancelled");
            if (!request.sink(std::string_view(file.bytes).substr(at, n)))
                return net::apiFail(net::ApiErrorCode::Cancelled, "the body sink refused data");
            response.sinkBytes += n;
            at += n;
            sent += n;
        }
        return response;
    }

    bool waitIfStalled(const std::string& url, std::uint64_t sent, std::uint64_t next, const net::CancelToken* cancel)
    {
        std::unique_lock lock(m_mutex);
        if (!m_stallAfter || sent + next <= *m_stallAfter)
            return false;
        ++m_stalled;
        const int releases = m_releases;
        while (true) {
            auto mine = std::find(m_released.begin(), m_released.end(), url);
            if (mine != m_released.end()) {
                m_released.erase(mine);
                break;
            }
            if (m_releases != releases || !m_stallAfter || (cancel && cancel->isCancelled()))
                break;
            m_wake.wait_for(lock, std::chrono::milliseconds(20));
        }
        --m_stalled;
        return true;
    }

    static net::HttpResult jsonError(int status, const std::string& code)
    {
        net::HttpResponse response;
        response.status = status;
        response.headers.add("Content-Type", "application/json");
        response.body = R"({"error": {"code": ")" + code + R"(", "message": "scripted"}})";
        return response;
    }

    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::map<std::string, FakeFile> m_files;
    std::optional<std::uint64_t> m_failAfter;
    std::optional<std::uint64_t> m_stallAfter;
    int m_releases = 0;
    std::vector<std::string> m_released;
    std::string m_token;
    std::vector<SeenRequest> m_seen;
    std::atomic<int> m_active{0};
    std::atomic<int> m_stalled{0};
    std::atomic<int> m_maxActive{0};
};

// A PlainFileSink whose disk "fills up" after `failAfter` appended bytes.
class FullDiskSink final : public media::MediaSink {
public:
    FullDiskSink(std::filesystem::path path, std::uint64_t failAfter)
        : m_inner(std::move(path))
        , m_failAfter(failAfter)
    {
    }
    media::MediaResult<std::uint64_t> resumableBytes() override { return m_inner.resumableBytes(); }
    media::MediaResult<void> readPrefix(const std::function<void(std::string_view)>& consume) override
    {
        return m_inner.readPrefix(consume);
    }
    media::MediaResult<void> append(std::string_view bytes) override
    {
        if (m_appended + bytes.size() > m_failAfter)
            return media::mediaFail(media::MediaErrorCode::DiskFull, "no space left on device (injected)");
        m_appended += bytes.size();
        return m_inner.append(bytes);
    }
    media::MediaResult<void> checkpoint() override { return m_inner.checkpoint(); }
    media::MediaResult<void> commit() override { return m_inner.commit(); }
    void discard() override { m_inner.discard(); }

private:
    media::PlainFileSink m_inner;
    std::uint64_t m_failAfter;
    std::uint64_t m_appended = 0;
};

} // namespace lectern::test
