// What the accounts area keeps: users, sessions and token hashes. Raw tokens
// and passwords never reach a store; the service hashes them first.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "http/api_types.h"

namespace lectern::server {

struct UserProfile {
    std::string id;
    std::string email;
    std::string displayName;
    std::vector<Role> roles;
};

struct StoredCredentials {
    UserProfile user;
    std::string passwordHash;
};

struct RefreshTokenState {
    std::string sessionId;
    std::int64_t expiresAt = 0;
    bool used = false;    // rotated already
    bool revoked = false; // its session ended
    UserProfile user;
};

struct AccessTokenState {
    AuthUser user;
    std::int64_t expiresAt = 0;
};

class AccountStore {
public:
    virtual ~AccountStore() = default;

    // Emails are compared case-insensitively (the service lower-cases them too).
    [[nodiscard]] virtual ApiResult<std::optional<StoredCredentials>> findByEmail(const std::string& email) = 0;
    [[nodiscard]] virtual ApiResult<std::optional<UserProfile>> findById(const std::string& userId) = 0;
    [[nodiscard]] virtual ApiResult<void> insertUser(const UserProfile& user, const std::string& passwordHash,
                                                     std::int64_t createdAt) = 0;

    [[nodiscard]] virtual ApiResult<void> insertSession(const std::string& sessionId, const std::string& userId,
                                                        const std::string& deviceName, std::int64_t createdAt) = 0;
    // Ends the session and forgets its access tokens (its refresh tokens stay, so reuse is still recognised).
    [[nodiscard]] virtual ApiResult<void> revokeSession(const std::string& sessionId, std::int64_t at) = 0;

    [[nodiscard]] virtual ApiResult<void> insertAccessToken(const std::string& tokenHash, const std::string& sessionId,
                                                            std::int64_t expiresAt) = 0;
    // Only tokens of sessions that were not revoked.
    [[nodiscard]] virtual ApiResult<std::optional<AccessTokenState>> findAccessToken(const std::string& tokenHash) = 0;

    [[nodiscard]] virtual ApiResult<void> insertRefreshToken(const std::string& tokenHash, const std::string& sessionId,
                                                             std::int64_t expiresAt) = 0;
    [[nodiscard]] virtual ApiResult<std::optional<RefreshTokenState>> findRefreshToken(const std::string& tokenHash) = 0;
    [[nodiscard]] virtual ApiResult<void> markRefreshTokenUsed(const std::string& tokenHash, std::int64_t at) = 0;
};

} // namespace lectern::server
