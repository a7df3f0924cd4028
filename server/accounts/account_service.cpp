#include "accounts/account_service.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "accounts/secrets.h"
#include "accounts/account_store.h"
#include "util/time_format.h"

namespace lectern::server {

namespace {

std::string lowerAscii(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : static_cast<char>(c); });
    return text;
}

ApiResult<void> checkEmail(const std::string& email)
{
    const auto at = email.find('@');
    const bool shaped = email.size() >= 3 && email.size() <= 254 && at != std::string::npos && at > 0
        && at + 1 < email.size() && email.find('@', at + 1) == std::string::npos;
    const bool clean = std::none_of(email.begin(), email.end(),
                                    [](unsigned char c) { return c <= ' ' || c == 0x7F || c == '"' || c == '<' || c == '>'; });
    if (!shaped || !clean)
        return apiError(400, "invalid_field", "email: must be an email address such as ada@example.com", "email");
    return {};
}

ApiResult<void> checkPassword(const std::string& password)
{
    if (password.size() < 8 || password.size() > 256)
        return apiError(400, "invalid_field", "password: must be 8 to 256 characters", "password");
    return {};
}

} // namespace

nlohmann::json toJson(const UserProfile& user)
{
    nlohmann::json roles = nlohmann::json::array();
    for (Role role : user.roles)
        roles.push_back(roleName(role));
    return {{"id", user.id}, {"email", user.email}, {"display_name", user.displayName}, {"roles", roles}};
}

nlohmann::json toJson(const Session& session)
{
    return {{"user", toJson(session.user)},
            {"access_token", session.accessToken},
            {"access_expires_at", timefmt::formatRfc3339(session.accessExpiresAt)},
            {"refresh_token", session.refreshToken},
            {"refresh_expires_at", timefmt::formatRfc3339(session.refreshExpiresAt)}};
}

AccountService::AccountService(Storage& storage, const Clock& clock)
    : m_storage(storage)
    , m_clock(clock)
    , m_dummyHash(secrets::hashPassword("not a real password, only for timing"))
{
}

ApiResult<Session> AccountService::issueTokens(AccountStore& store, const UserProfile& user, const std::string& sessionId)
{
    const std::int64_t now = m_clock.now();
    Session session{user, sessionId, secrets::randomToken(), now + kAccessTokenSeconds, secrets::randomToken(),
                    now + kRefreshTokenSeconds};
    if (auto ok = store.insertAccessToken(secrets::tokenHash(session.accessToken), sessionId, session.accessExpiresAt);
        !ok)
        return std::unexpected(ok.error());
    if (auto ok = store.insertRefreshToken(secrets::tokenHash(session.refreshToken), sessionId, session.refreshExpiresAt);
        !ok)
        return std::unexpected(ok.error());
    return session;
}

ApiResult<Session> AccountService::startSession(AccountStore& store, const UserProfile& user, const std::string& deviceName)
{
    const std::string sessionId = secrets::newId(m_clock.now());
    if (auto ok = store.insertSession(sessionId, user.id, deviceName, m_clock.now()); !ok)
        return std::unexpected(ok.error());
    return issueTokens(store, user, sessionId);
}

ApiResult<Session> AccountService::registerUser(const std::string& emailIn, const std::string& password,
                                                const std::string& displayName, std::vector<Role> roles)
{
    const std::string email = lowerAscii(emailIn);
    if (auto ok = checkEmail(email); !ok)
        return std::unexpected(ok.error());
    if (auto ok = checkPassword(password); !ok)
        return std::unexpected(ok.error());
    const std::string hash = secrets::hashPassword(password); // slow: outside the transaction
    if (hash.empty())
        return internalError("password hashing failed (out of memory?)");
    return writeUnit<Session>(m_storage, [&](StoreTransaction& tx) -> ApiResult<Session> {
        AccountStore& store = tx.accounts();
        auto existing = store.findByEmail(email);
        if (!existing)
            return std::unexpected(existing.error());
        if (*existing)
            return apiError(409, "email_taken", "an account with this email already exists", "email");
        UserProfile user{secrets::newId(m_clock.now()), email, displayName, roles};
        if (auto ok = store.insertUser(user, hash, m_clock.now()); !ok)
            return std::unexpected(ok.error());
        return startSession(store, user, "");
    });
}

ApiResult<Session> AccountService::signIn(const std::string& emailIn, const std::string& password,
                                          const std::string& deviceName, const std::string& clientAddress)
{
    const std::string email = lowerAscii(emailIn);
    const std::int64_t now = m_clock.now();
    const std::string accountKey = "account:" + email;
    const std::string addressKey = "address:" + clientAddress;
    const std::int64_t waitAddress = m_limiter.retryAfter(addressKey, kAddressAttemptLimit, kAddressWindowSeconds, now);
    const std::int64_t waitAccount = m_limiter.retryAfter(accountKey, kAccountFailureLimit, kAccountWindowSeconds, now);
    if (waitAddress > 0 || waitAccount > 0) {
        ApiError error{429, "rate_limited", "too many sign-in attempts; try again later", {},
                       std::max(waitAddress, waitAccount)};
        return std::unexpected(std::move(error));
    }
    m_limiter.record(addressKey, now);

    // Read outside any write transaction: verifying the password is slow.
    auto found = readUnit<std::optional<StoredCredentials>>(
        m_storage, [&](StoreTransaction& tx) { return tx.accounts().findByEmail(email); });
    if (!found)
        return std::unexpected(found.error());
    const std::string hash = *found ? (*found)->passwordHash : std::string();
    const bool verified = secrets::verifyPassword(hash.empty() ? m_dummyHash : hash, password) && !hash.empty();
    if (!verified) {
        m_limiter.record(accountKey, now);
        return apiError(401, "invalid_credentials", "the email or password is not right");
    }
    m_limiter.clear(accountKey);
    const UserProfile user = (*found)->user;
    return writeUnit<Session>(m_storage,
                              [&](StoreTransaction& tx) { return startSession(tx.accounts(), user, deviceName); });
}

ApiResult<Session> AccountService::refresh(const std::string& refreshToken)
{
    const std::int64_t now = m_clock.now();
    const std::string tokenHash = secrets::tokenHash(refreshToken);
    // Reuse detection must survive the rollback of the failed refresh, so it is
    // decided first and the revocation committed on its own.
    std::string reusedSession;
    auto result = writeUnit<Session>(m_storage, [&](StoreTransaction& tx) -> ApiResult<Session> {
        AccountStore& store = tx.accounts();
        auto found = store.findRefreshToken(tokenHash);
        if (!found)
            return std::unexpected(found.error());
        if (!*found)
            return apiError(401, "invalid_refresh_token", "sign in again");
        const RefreshTokenState& token = **found;
        const bool expired = token.expiresAt <= now;
        if (token.used && !token.revoked) {
            reusedSession = token.sessionId;
            return apiError(401, "refresh_token_reused", "this sign-in was ended for safety; sign in again");
        }
        if (expired || token.revoked || token.used)
            return apiError(401, "invalid_refresh_token", "sign in again");
        if (auto ok = store.markRefreshTokenUsed(tokenHash, now); !ok)
            return std::unexpected(ok.error());
        return issueTokens(store, token.user, token.sessionId);
    });
    if (!reusedSession.empty())
        (void)signOut(reusedSession);
    return result;
}

ApiResult<void> AccountService::signOut(const std::string& sessionId)
{
    return m_storage.write([&](StoreTransaction& tx) { return tx.accounts().revokeSession(sessionId, m_clock.now()); });
}

ApiResult<AuthUser> AccountService::authenticate(const std::string& accessToken)
{
    auto found = readUnit<std::optional<AccessTokenState>>(
        m_storage, [&](StoreTransaction& tx) { return tx.accounts().findAccessToken(secrets::tokenHash(accessToken)); });
    if (!found)
        return std::unexpected(found.error());
    if (!*found)
        return apiError(401, "unauthorized", "sign in again (unknown or revoked token)");
    if ((*found)->expiresAt <= m_clock.now())
        return apiError(401, "unauthorized", "the access token expired; refresh it");
    return std::move((*found)->user);
}

ApiResult<UserProfile> AccountService::profile(const std::string& userId)
{
    auto found = readUnit<std::optional<UserProfile>>(
        m_storage, [&](StoreTransaction& tx) { return tx.accounts().findById(userId); });
    if (!found)
        return std::unexpected(found.error());
    if (!*found)
        return notFound();
    return std::move(**found);
}

ApiResult<std::string> AccountService::ensureUser(const std::string& email, const std::string& password,
                                                  const std::string& displayName, std::vector<Role> roles)
{
    auto created = registerUser(email, password, displayName, std::move(roles));
    if (created)
        return created->user.id;
    if (created.error().code != "email_taken")
        return std::unexpected(created.error());
    auto found = readUnit<std::optional<StoredCredentials>>(
        m_storage, [&](StoreTransaction& tx) { return tx.accounts().findByEmail(lowerAscii(email)); });
    if (!found || !*found)
        return internalError("user vanished during ensureUser");
    return (*found)->user.id;
}

} // namespace lectern::server
