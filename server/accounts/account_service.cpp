#include "accounts/account_service.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "accounts/secrets.h"
#include "storage/transaction.h"
#include "util/time_format.h"

namespace lectern::server {

namespace {

std::vector<Role> parseRoles(std::string_view text)
{
    std::vector<Role> roles;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find(',', start);
        if (end == std::string_view::npos)
            end = text.size();
        const auto name = text.substr(start, end - start);
        if (name == "learner")
            roles.push_back(Role::Learner);
        else if (name == "instructor")
            roles.push_back(Role::Instructor);
        else if (name == "reviewer")
            roles.push_back(Role::Reviewer);
        start = end + 1;
    }
    return roles;
}

std::string joinRoles(const std::vector<Role>& roles)
{
    std::string out;
    for (Role role : roles) {
        if (!out.empty())
            out += ',';
        out += roleName(role);
    }
    return out;
}

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

std::string roleName(Role role)
{
    switch (role) {
    case Role::Learner: return "learner";
    case Role::Instructor: return "instructor";
    case Role::Reviewer: return "reviewer";
    }
    return "learner";
}

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

AccountService::AccountService(ConnectionPool& pool, const Clock& clock)
    : m_pool(pool)
    , m_clock(clock)
    , m_dummyHash(secrets::hashPassword("not a real password, only for timing"))
{
}

ApiResult<Session> AccountService::issueTokens(store::Database& db, const UserProfile& user, const std::string& sessionId)
{
    const std::int64_t now = m_clock.now();
    Session session{user, sessionId, secrets::randomToken(), now + kAccessTokenSeconds, secrets::randomToken(),
                    now + kRefreshTokenSeconds};
    auto access = db.cached("INSERT INTO access_tokens (token_hash, session_id, expires_at) VALUES (?1, ?2, ?3)");
    auto refresh = db.cached("INSERT INTO refresh_tokens (token_hash, session_id, expires_at) VALUES (?1, ?2, ?3)");
    if (!access || !refresh)
        return storeError(access ? refresh.error() : access.error());
    if (auto ok = (*access)->bindAll(secrets::tokenHash(session.accessToken), sessionId, session.accessExpiresAt).run(); !ok)
        return storeError(ok.error());
    if (auto ok = (*refresh)->bindAll(secrets::tokenHash(session.refreshToken), sessionId, session.refreshExpiresAt).run();
        !ok)
        return storeError(ok.error());
    return session;
}

ApiResult<Session> AccountService::startSession(store::Database& db, const UserProfile& user, const std::string& deviceName)
{
    const std::string sessionId = secrets::newId(m_clock.now());
    auto insert = db.cached("INSERT INTO sessions (id, user_id, device_name, created_at) VALUES (?1, ?2, ?3, ?4)");
    if (!insert)
        return storeError(insert.error());
    if (auto ok = (*insert)->bindAll(sessionId, user.id, deviceName, m_clock.now()).run(); !ok)
        return storeError(ok.error());
    return issueTokens(db, user, sessionId);
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
    return inTransaction<Session>(m_pool, [&](store::Database& db) -> ApiResult<Session> {
        auto exists = db.cached("SELECT 1 FROM users WHERE email = ?1");
        if (!exists)
            return storeError(exists.error());
        auto row = (*exists)->bind(1, email).step();
        if (!row)
            return storeError(row.error());
        if (*row)
            return apiError(409, "email_taken", "an account with this email already exists", "email");
        UserProfile user{secrets::newId(m_clock.now()), email, displayName, roles};
        auto insert = db.cached("INSERT INTO users (id, email, display_name, password_hash, roles, created_at) "
                                "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
        if (!insert)
            return storeError(insert.error());
        if (auto ok = (*insert)->bindAll(user.id, email, displayName, hash, joinRoles(roles), m_clock.now()).run(); !ok)
            return storeError(ok.error());
        return startSession(db, user, "");
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

    UserProfile user;
    std::string hash;
    {
        auto lease = m_pool.acquire();
        if (!lease)
            return storeError(lease.error());
        auto find = lease->db().cached("SELECT id, email, display_name, password_hash, roles FROM users WHERE email = ?1");
        if (!find)
            return storeError(find.error());
        auto row = (*find)->bind(1, email).step();
        if (!row)
            return storeError(row.error());
        if (*row) {
            user = UserProfile{(*find)->text(0), (*find)->text(1), (*find)->text(2), parseRoles((*find)->textView(4))};
            hash = (*find)->text(3);
        }
        (*find)->reset();
    }
    const bool verified = secrets::verifyPassword(hash.empty() ? m_dummyHash : hash, password) && !hash.empty();
    if (!verified) {
        m_limiter.record(accountKey, now);
        return apiError(401, "invalid_credentials", "the email or password is not right");
    }
    m_limiter.clear(accountKey);
    return inTransaction<Session>(m_pool, [&](store::Database& db) { return startSession(db, user, deviceName); });
}

ApiResult<Session> AccountService::refresh(const std::string& refreshToken)
{
    const std::int64_t now = m_clock.now();
    // Reuse detection must survive the rollback of the failed refresh, so it is
    // decided first and the revocation committed on its own.
    std::string reusedSession;
    auto result = inTransaction<Session>(m_pool, [&](store::Database& db) -> ApiResult<Session> {
        auto find = db.cached(
            "SELECT r.session_id, r.expires_at, r.used_at, s.revoked_at, u.id, u.email, u.display_name, u.roles "
            "FROM refresh_tokens r JOIN sessions s ON s.id = r.session_id JOIN users u ON u.id = s.user_id "
            "WHERE r.token_hash = ?1");
        if (!find)
            return storeError(find.error());
        auto row = (*find)->bind(1, secrets::tokenHash(refreshToken)).step();
        if (!row)
            return storeError(row.error());
        if (!*row)
            return apiError(401, "invalid_refresh_token", "sign in again");
        const std::string sessionId = (*find)->text(0);
        const bool expired = (*find)->int64(1) <= now;
        const bool used = !(*find)->isNull(2);
        const bool revoked = !(*find)->isNull(3);
        UserProfile user{(*find)->text(4), (*find)->text(5), (*find)->text(6), parseRoles((*find)->textView(7))};
        (*find)->reset();
        if (used && !revoked) {
            reusedSession = sessionId;
            return apiError(401, "refresh_token_reused", "this sign-in was ended for safety; sign in again");
        }
        if (expired || revoked || used)
            return apiError(401, "invalid_refresh_token", "sign in again");
        auto mark = db.cached("UPDATE refresh_tokens SET used_at = ?2 WHERE token_hash = ?1");
        if (!mark)
            return storeError(mark.error());
        if (auto ok = (*mark)->bindAll(secrets::tokenHash(refreshToken), now).run(); !ok)
            return storeError(ok.error());
        return issueTokens(db, user, sessionId);
    });
    if (!reusedSession.empty())
        (void)signOut(reusedSession);
    return result;
}

ApiResult<void> AccountService::signOut(const std::string& sessionId)
{
    return inTransaction<void>(m_pool, [&](store::Database& db) -> ApiResult<void> {
        auto revoke = db.cached("UPDATE sessions SET revoked_at = ?2 WHERE id = ?1 AND revoked_at IS NULL");
        auto drop = db.cached("DELETE FROM access_tokens WHERE session_id = ?1");
        if (!revoke || !drop)
            return storeError(revoke ? drop.error() : revoke.error());
        if (auto ok = (*revoke)->bindAll(sessionId, m_clock.now()).run(); !ok)
            return storeError(ok.error());
        if (auto ok = (*drop)->bind(1, sessionId).run(); !ok)
            return storeError(ok.error());
        return {};
    });
}

ApiResult<AuthUser> AccountService::authenticate(const std::string& accessToken)
{
    auto lease = m_pool.acquire();
    if (!lease)
        return storeError(lease.error());
    auto find = lease->db().cached("SELECT s.id, u.id, u.roles, a.expires_at FROM access_tokens a "
                                   "JOIN sessions s ON s.id = a.session_id JOIN users u ON u.id = s.user_id "
                                   "WHERE a.token_hash = ?1 AND s.revoked_at IS NULL");
    if (!find)
        return storeError(find.error());
    auto row = (*find)->bind(1, secrets::tokenHash(accessToken)).step();
    if (!row)
        return storeError(row.error());
    if (!*row)
        return apiError(401, "unauthorized", "sign in again (unknown or revoked token)");
    AuthUser user{(*find)->text(1), (*find)->text(0), parseRoles((*find)->textView(2))};
    const bool expired = (*find)->int64(3) <= m_clock.now();
    (*find)->reset();
    if (expired)
        return apiError(401, "unauthorized", "the access token expired; refresh it");
    return user;
}

ApiResult<UserProfile> AccountService::profile(const std::string& userId)
{
    auto lease = m_pool.acquire();
    if (!lease)
        return storeError(lease.error());
    auto find = lease->db().cached("SELECT id, email, display_name, roles FROM users WHERE id = ?1");
    if (!find)
        return storeError(find.error());
    auto row = (*find)->bind(1, userId).step();
    if (!row)
        return storeError(row.error());
    if (!*row)
        return notFound();
    UserProfile user{(*find)->text(0), (*find)->text(1), (*find)->text(2), parseRoles((*find)->textView(3))};
    (*find)->reset();
    return user;
}

ApiResult<std::string> AccountService::ensureUser(const std::string& email, const std::string& password,
                                                  const std::string& displayName, std::vector<Role> roles)
{
    auto created = registerUser(email, password, displayName, std::move(roles));
    if (created)
        return created->user.id;
    if (created.error().code != "email_taken")
        return std::unexpected(created.error());
    auto lease = m_pool.acquire();
    if (!lease)
        return storeError(lease.error());
    auto find = lease->db().cached("SELECT id FROM users WHERE email = ?1");
    if (!find)
        return storeError(find.error());
    auto row = (*find)->bind(1, lowerAscii(email)).step();
    if (!row || !*row)
        return internalError("user vanished during ensureUser");
    std::string id = (*find)->text(0);
    (*find)->reset();
    return id;
}

} // namespace lectern::server
