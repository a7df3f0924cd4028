#include "server_test_support.h"

#include <QTest>

namespace lectern::test {

TestServer::TestServer()
{
    if (!server::secrets::initialize())
        qFatal("libsodium failed to initialise");
    server::ServerConfig config;
    config.dataDir = m_dir.path().toStdString();
    m_app = std::make_unique<server::ServerApp>(config, clock);
    if (auto ok = m_app->open(); !ok)
        qFatal("server failed to open: %s", ok.error().detail.c_str());
}

server::ApiResponse TestServer::send(const std::string& method, const std::string& pathAndQuery,
                                     const nlohmann::json& body, const std::string& token,
                                     std::vector<std::pair<std::string, std::string>> headers,
                                     const std::string& clientAddress)
{
    server::ApiRequest request;
    request.method = method;
    const auto question = pathAndQuery.find('?');
    request.path = pathAndQuery.substr(0, question);
    if (question != std::string::npos) {
        std::string query = pathAndQuery.substr(question + 1);
        std::size_t start = 0;
        while (start < query.size()) {
            std::size_t end = query.find('&', start);
            if (end == std::string::npos)
                end = query.size();
            const std::string pair = query.substr(start, end - start);
            const auto eq = pair.find('=');
            request.query.emplace(pair.substr(0, eq), eq == std::string::npos ? "" : pair.substr(eq + 1));
            start = end + 1;
        }
    }
    if (!body.is_null()) {
        request.body = body.dump();
        request.headers.emplace("Content-Type", "application/json");
    }
    if (!token.empty())
        request.headers.emplace("Authorization", "Bearer " + token);
    for (auto& [name, value] : headers)
        request.headers.emplace(name, value);
    request.clientAddress = clientAddress;
    return m_app->router().handle(std::move(request));
}

server::ApiResponse TestServer::sendRaw(const std::string& method, const std::string& path, const std::string& body,
                                        const std::string& contentType, const std::string& token)
{
    server::ApiRequest request;
    request.method = method;
    request.path = path;
    request.body = body;
    if (!contentType.empty())
        request.headers.emplace("Content-Type", contentType);
    if (!token.empty())
        request.headers.emplace("Authorization", "Bearer " + token);
    request.clientAddress = "127.0.0.1";
    return m_app->router().handle(std::move(request));
}

server::Session TestServer::signUp(const std::string& email, std::vector<server::Role> roles)
{
    auto session = services().accounts.registerUser(email, "correct horse battery", "Test User", std::move(roles));
    if (!session)
        qFatal("signUp failed: %s", session.error().message.c_str());
    return *session;
}

std::string errorCode(const server::ApiResponse& response)
{
    if (!response.json.is_object() || !response.json.contains("error"))
        return {};
    return response.json["error"].value("code", "");
}

} // namespace lectern::test
