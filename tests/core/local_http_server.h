// A cpp-httplib server on 127.0.0.1 and a free port, run on its own thread for
// the length of a test: the place to script misbehaving answers that the real
// lectern-server never gives (truncation, hangs, huge bodies).
#pragma once

#include <httplib.h>

#include <chrono>
#include <string>
#include <thread>

namespace lectern::test {

class LocalHttpServer final {
public:
    LocalHttpServer() = default;
    LocalHttpServer(const LocalHttpServer&) = delete;
    LocalHttpServer& operator=(const LocalHttpServer&) = delete;
    ~LocalHttpServer() { stop(); }

    httplib::Server& routes() { return m_server; }

    // Binds to 127.0.0.1:0 and serves until stop(); returns the port (-1 on failure).
    int start()
    {
        m_port = m_server.bind_to_any_port("127.0.0.1");
        if (m_port < 0)
            return -1;
        m_thread = std::thread([this] { m_server.listen_after_bind(); });
        for (int i = 0; i < 500 && !m_server.is_running(); ++i)
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        return m_port;
    }

    void stop()
    {
        if (m_thread.joinable()) {
            m_server.stop();
            m_thread.join();
        }
    }

    [[nodiscard]] int port() const { return m_port; }
    [[nodiscard]] std::string url(const std::string& path) const
    {
        return "http://127.0.0.1:" + std::to_string(m_port) + path;
    }

private:
    httplib::Server m_server;
    std::thread m_thread;
    int m_port = -1;
};

} // namespace lectern::test
