// Lesson media over real HTTP: `GET /v1/media/lessons/<id>` from a
// LocalHttpServer (cpp-httplib on 127.0.0.1), which answers Range requests
// itself, so a download goes through libcurl and a real socket. Responses can
// be made to pause mid-body, which keeps a download active for as long as a
// test needs; the server counts the requests and the Range each one asked for.
#pragma once

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "local_http_server.h"

namespace lectern::test {

class LocalMediaServer final {
public:
    static constexpr std::size_t kChunk = 16 * 1024;

    struct Request {
        std::string lessonId;
        std::string range; // the Range header, "" for a whole file
    };

    LocalMediaServer()
    {
        m_http.routes().Get(R"(/v1/media/lessons/([-\w]+))", [this](const httplib::Request& req, httplib::Response& res) {
            serve(req, res);
        });
    }
    ~LocalMediaServer()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stopping = true;
        }
        m_wake.notify_all();
        m_http.stop();
    }
    LocalMediaServer(const LocalMediaServer&) = delete;
    LocalMediaServer& operator=(const LocalMediaServer&) = delete;

    // Binds to a free port; false when it could not.
    [[nodiscard]] bool start() { return m_http.start() > 0; }
    [[nodiscard]] std::string baseUrl() const { return m_http.url(""); }

    void put(const std::string& lessonId, std::string bytes)
    {
        std::lock_guard lock(m_mutex);
        m_files[lessonId] = std::make_shared<const std::string>(std::move(bytes));
    }

    // Every response from now on pauses once, after this many body bytes, until
    // release() (or the client goes away). nullopt: no pauses.
    void stallAfter(std::optional<std::uint64_t> bytes)
    {
        std::lock_guard lock(m_mutex);
        m_stallAfter = bytes;
    }
    // Lets every paused response go on and stops pausing new ones.
    void release()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stallAfter.reset();
            ++m_releases;
        }
        m_wake.notify_all();
    }

    [[nodiscard]] std::vector<Request> requests() const
    {
        std::lock_guard lock(m_mutex);
        return m_requests;
    }
    [[nodiscard]] std::vector<Request> requestsFor(const std::string& lessonId) const
    {
        std::vector<Request> mine;
        for (const Request& r : requests())
            if (r.lessonId == lessonId)
                mine.push_back(r);
        return mine;
    }
    // Responses paused right now.
    [[nodiscard]] int stalled() const
    {
        std::lock_guard lock(m_mutex);
        return m_stalled;
    }

private:
    void serve(const httplib::Request& req, httplib::Response& res)
    {
        const std::string id = req.matches[1];
        std::shared_ptr<const std::string> bytes;
        {
            std::lock_guard lock(m_mutex);
            m_requests.push_back({id, req.get_header_value("Range")});
            auto it = m_files.find(id);
            if (it != m_files.end())
                bytes = it->second;
        }
        if (!bytes) {
            res.status = 404;
            res.set_content(R"({"error": {"code": "no_media", "message": "no such lesson"}})", "application/json");
            return;
        }
        res.set_header("ETag", "\"media\"");
        auto sent = std::make_shared<std::uint64_t>(0); // by this response
        auto paused = std::make_shared<bool>(false);
        res.set_content_provider(
            bytes->size(), "application/octet-stream",
            [this, bytes, sent, paused](std::size_t offset, std::size_t length, httplib::DataSink& sink) {
                const std::size_t n = std::min(kChunk, length);
                if (!*paused && shouldPause(*sent + n)) {
                    *paused = true;
                    waitForRelease(sink);
                }
                if (!sink.is_writable())
                    return false;
                *sent += n;
                return sink.write(bytes->data() + offset, n);
            });
    }

    bool shouldPause(std::uint64_t after) const
    {
        std::lock_guard lock(m_mutex);
        return m_stallAfter && after > *m_stallAfter;
    }

    void waitForRelease(httplib::DataSink& sink)
    {
        std::unique_lock lock(m_mutex);
        ++m_stalled;
        const int releases = m_releases;
        while (!m_stopping && m_releases == releases && sink.is_writable())
            m_wake.wait_for(lock, std::chrono::milliseconds(20));
        --m_stalled;
    }

    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::map<std::string, std::shared_ptr<const std::string>> m_files;
    std::optional<std::uint64_t> m_stallAfter;
    int m_releases = 0;
    int m_stalled = 0;
    bool m_stopping = false;
    std::vector<Request> m_requests;
    LocalHttpServer m_http; // last: stopped (in ~LocalMediaServer) before the state its handlers use
};

} // namespace lectern::test
