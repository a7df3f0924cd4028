// Puts a Router on the network with cpp-httplib: limits, timeouts, one log line
// per request, and JSON bodies for errors httplib raises itself (413, 400).
#pragma once

#include <cstdint>
#include <memory>
#include <string>

#include "http/router.h"
#include "util/error.h"

namespace httplib {
class Server;
}

namespace lectern::server {

struct ListenOptions {
    std::string host = "127.0.0.1";
    int port = 8787; // 0 picks a free port
    std::size_t maxBodyBytes = 1 << 20;
    int readTimeoutSeconds = 10;  // slow clients are cut off, not waited for
    int writeTimeoutSeconds = 30;
    int threads = 8;
    bool logRequests = true;
};

class HttpServer final {
public:
    HttpServer(const Router& router, ListenOptions options);
    ~HttpServer();
    HttpServer(const HttpServer&) = delete;
    HttpServer& operator=(const HttpServer&) = delete;

    // Binds and returns the actual port.
    [[nodiscard]] Result<int> bind();
    // Serves until stop() (from any thread or a signal handler's helper thread).
    void serve();
    void stop();

private:
    const Router& m_router;
    ListenOptions m_options;
    std::unique_ptr<httplib::Server> m_server;
};

} // namespace lectern::server
