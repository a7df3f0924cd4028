// Accounts and sessions: registration, sign-in with rate limits, rotating
// refresh tokens, and bearer-token authentication for every other route.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "accounts/account_store.h"
#include "accounts/rate_limiter.h"
#include "accounts/roles.h"
#include "http/api_types.h"
#include "storage/storage.h"
#include "util/clock.h"

namespace lectern::server {

struct Session {
    UserProfile user;
    std::string sessionId;
    std::string accessToken;
    std::int64_t accessExpiresAt = 0;
    std::string refreshToken;
    std::int64_t refreshExpiresAt = 0;
};

class AccountService final {
public:
    static constexpr std::int64_t kAccessTokenSeconds = 15 * 60;
    static constexpr std::int64_t kRefreshTokenSeconds = 30 * 86400;
    static constexpr int kAccountFailureLimit = 5;           // failed sign-ins per account…
    static constexpr std::int64_t kAccountWindowSeconds = 15 * 60; // …per 15 minutes
    static constexpr int kAddressAttemptLimit = 20;          // attempts per client address…
    static constexpr std::int64_t kAddressWindowSeconds = 60; // …per minute

    AccountService(Storage& storage, const Clock& clock);

    [[nodiscard]] ApiResult<Session> registerUser(const std::string& email, const std::string& password,
                                                  const std::string& displayName,
                                                  std::vector<Role> roles = {Role::Learner});
    [[nodiscard]] ApiResult<Session> signIn(const std::string& email, const std::string& password,
                                            const std::string& deviceName, const std::string& clientAddress);
    [[nodiscard]] ApiResult<Session> refresh(const std::string& refreshToken);
    [[nodiscard]] ApiResult<void> signOut(const std::string& sessionId);
    [[nodiscard]] ApiResult<AuthUser> authenticate(const std::string& accessToken);
    [[nodiscard]] ApiResult<UserProfile> profile(const std::string& userId);

    // Creates the account unless one with this email exists; returns its id.
    // For demo seeding and tests.
    [[nodiscard]] ApiResult<std::string> ensureUser(const std::string& email, const std::string& password,
                                                    const std::string& displayName, std::vector<Role> roles);

private:
    [[nodiscard]] ApiResult<Session> startSession(AccountStore& store, const UserProfile& user,
                                                  const std::string& deviceName);
    [[nodiscard]] ApiResult<Session> issueTokens(AccountStore& store, const UserProfile& user,
                                                 const std::string& sessionId);

    Storage& m_storage;
    const Clock& m_clock;
    RateLimiter m_limiter;
    std::string m_dummyHash; // verified against for unknown emails, so timing reveals nothing
};

[[nodiscard]] nlohmann::json toJson(const UserProfile& user);
[[nodiscard]] nlohmann::json toJson(const Session& session);

} // namespace lectern::server
