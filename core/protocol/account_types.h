// Account and server-status values of the API (docs/api.md, "Health" and
// "Accounts") with their JSON codecs. Shared wire types: the client builds and
// reads them today; the server may adopt them instead of its own copies.
#pragma once

#include <cstdint>
#include <expected>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "protocol/catalog_json.h" // ParseError

namespace lectern::protocol {

struct HealthStatus {
    std::string status; // "ok"
    std::string version;
    std::int64_t time = 0; // Unix seconds
};

struct ServerInfo {
    std::string name;
    std::string version;
    std::int64_t apiVersion = 0;
    std::string entitlementPublicKey; // base64 of the 32-byte Ed25519 key
    std::int64_t offlineLeaseDays = 0;
    std::int64_t time = 0;
};

struct UserProfile {
    std::string id;
    std::string email;
    std::string displayName;
    std::vector<std::string> roles; // "learner", "instructor", "reviewer"; kept as text so new roles parse
    [[nodiscard]] bool hasRole(std::string_view role) const;
};

struct Session {
    UserProfile user;
    std::string accessToken;
    std::int64_t accessExpiresAt = 0;
    std::string refreshToken;
    std::int64_t refreshExpiresAt = 0;
};

struct RegisterRequest {
    std::string email;
    std::string password;
    std::string displayName;
};

struct SignInRequest {
    std::string email;
    std::string password;
    std::string deviceName; // optional; empty is left out
};

struct RefreshRequest {
    std::string refreshToken;
};

[[nodiscard]] nlohmann::json toJson(const RegisterRequest& request);
[[nodiscard]] nlohmann::json toJson(const SignInRequest& request);
[[nodiscard]] nlohmann::json toJson(const RefreshRequest& request);
[[nodiscard]] nlohmann::json toJson(const UserProfile& user);
[[nodiscard]] nlohmann::json toJson(const Session& session);

// Responses are read strictly — a missing or mistyped field is an error naming
// it — but unknown fields are ignored, so a newer server can add fields
// without breaking older clients.
[[nodiscard]] std::expected<HealthStatus, ParseError> parseHealthStatus(const nlohmann::json& value);
[[nodiscard]] std::expected<ServerInfo, ParseError> parseServerInfo(const nlohmann::json& value);
[[nodiscard]] std::expected<UserProfile, ParseError> parseUserProfile(const nlohmann::json& value,
                                                                      const std::string& path = "");
[[nodiscard]] std::expected<Session, ParseError> parseSession(const nlohmann::json& value);

} // namespace lectern::protocol
