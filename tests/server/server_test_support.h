// A whole lectern-server without sockets for handler tests: a temporary data
// folder, a clock the test moves, and requests through the real Router.
#pragma once

#include <QTemporaryDir>

#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "accounts/account_service.h"
#include "accounts/secrets.h"
#include "app/server_app.h"

namespace lectern::test {

class TestServer final {
public:
    TestServer();

    server::ManualClock clock;

    // Sends a request; body (when not null) goes as application/json.
    server::ApiResponse send(const std::string& method, const std::string& pathAndQuery,
                             const nlohmann::json& body = nullptr, const std::string& token = {},
                             std::vector<std::pair<std::string, std::string>> headers = {},
                             const std::string& clientAddress = "127.0.0.1");
    server::ApiResponse sendRaw(const std::string& method, const std::string& path, const std::string& body,
                                const std::string& contentType, const std::string& token = {});

    // Registers an account directly and returns its session.
    server::Session signUp(const std::string& email, std::vector<server::Role> roles = {server::Role::Learner});

    server::ServerApp& app() { return *m_app; }
    server::ServerServices& services() { return m_app->services(); }
    [[nodiscard]] std::string dataDir() const { return m_dir.path().toStdString(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<server::ServerApp> m_app;
};

// The error code of an error response ("" when it is not one).
std::string errorCode(const server::ApiResponse& response);

} // namespace lectern::test
