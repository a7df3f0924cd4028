#include "protocol/account_types.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "protocol/json_reader.h"
#include "util/time_format.h"

namespace lectern::protocol {

namespace {

using nlohmann::json;

// Tokens are opaque to the client; the bound only stops absurd values.
constexpr std::size_t kMaxTokenLength = 1024;

UserProfile readUser(const json& value, const std::string& path)
{
    JsonObjectReader in(value, path);
    UserProfile user;
    user.id = in.id("id");
    user.email = in.string("email", 3, 254);
    user.displayName = in.string("display_name", 1, 100);
    const json& roles = in.array("roles", 0, 16);
    for (std::size_t i = 0; i < roles.size(); ++i) {
        const std::string rolePath = in.field("roles[" + std::to_string(i) + "]");
        checkText(roles[i], rolePath, 1, 32);
        user.roles.push_back(roles[i].get<std::string>());
    }
    return user;
}

template <typename T, typename Read>
std::expected<T, ParseError> guarded(Read read)
{
    try {
        return read();
    } catch (const JsonFieldError& failure) {
        return std::unexpected(ParseError{failure.path, failure.message});
    }
}

} // namespace

bool UserProfile::hasRole(std::string_view role) const
{
    return std::find(roles.begin(), roles.end(), role) != roles.end();
}

json toJson(const RegisterRequest& request)
{
    return {{"email", request.email}, {"password", request.password}, {"display_name", request.displayName}};
}

json toJson(const SignInRequest& request)
{
    json body = {{"email", request.email}, {"password", request.password}};
    if (!request.deviceName.empty())
        body["device_name"] = request.deviceName;
    return body;
}

json toJson(const RefreshRequest& request)
{
    return {{"refresh_token", request.refreshToken}};
}

json toJson(const UserProfile& user)
{
    return {{"id", user.id}, {"email", user.email}, {"display_name", user.displayName}, {"roles", user.roles}};
}

json toJson(const Session& session)
{
    return {{"user", toJson(session.user)},
            {"access_token", session.accessToken},
            {"access_expires_at", timefmt::formatRfc3339(session.accessExpiresAt)},
            {"refresh_token", session.refreshToken},
            {"refresh_expires_at", timefmt::formatRfc3339(session.refreshExpiresAt)}};
}

std::expected<HealthStatus, ParseError> parseHealthStatus(const json& value)
{
    return guarded<HealthStatus>([&] {
        JsonObjectReader in(value, "");
        HealthStatus health;
        health.status = in.string("status", 1, 32);
        health.version = in.string("version", 1, 64);
        health.time = in.timestamp("time");
        return health;
    });
}

std::expected<ServerInfo, ParseError> parseServerInfo(const json& value)
{
    return guarded<ServerInfo>([&] {
        JsonObjectReader in(value, "");
        ServerInfo info;
        info.name = in.string("name", 1, 100);
        info.version = in.string("version", 1, 64);
        info.apiVersion = in.integer("api_version", 1, 1'000'000);
        info.entitlementPublicKey = in.string("entitlement_public_key", 1, 256);
        info.offlineLeaseDays = in.integer("offline_lease_days", 0, 36'500);
        info.time = in.timestamp("time");
        return info;
    });
}

std::expected<UserProfile, ParseError> parseUserProfile(const json& value, const std::string& path)
{
    return guarded<UserProfile>([&] { return readUser(value, path); });
}

std::expected<Session, ParseError> parseSession(const json& value)
{
    return guarded<Session>([&] {
        JsonObjectReader in(value, "");
        Session session;
        session.user = readUser(in.object("user"), in.field("user"));
        session.accessToken = in.string("access_token", 1, kMaxTokenLength);
        session.accessExpiresAt = in.timestamp("access_expires_at");
        session.refreshToken = in.string("refresh_token", 1, kMaxTokenLength);
        session.refreshExpiresAt = in.timestamp("refresh_expires_at");
        return session;
    });
}

} // namespace lectern::protocol
