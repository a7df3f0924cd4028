#include "storage/sqlite/sqlite_account_store.h"

#include "accounts/roles.h"
#include "storage/sqlite/sql.h"

namespace lectern::server::sqlite {

namespace {

// users.roles is a comma-separated list; unknown names are skipped.
std::vector<Role> parseRoles(std::string_view text)
{
    std::vector<Role> roles;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find(',', start);
        if (end == std::string_view::npos)
            end = text.size();
        if (auto role = roleFromName(text.substr(start, end - start)))
            roles.push_back(*role);
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

// Columns first..first+3: id, email, display_name, roles.
UserProfile readUser(const store::Statement& row, int first)
{
    return UserProfile{row.text(first), row.text(first + 1), row.text(first + 2), parseRoles(row.textView(first + 3))};
}

} // namespace

ApiResult<std::optional<StoredCredentials>> SqliteAccountStore::findByEmail(const std::string& email)
{
    return queryOne(
        m_db, "SELECT id, email, display_name, roles, password_hash FROM users WHERE email = ?1",
        [](const store::Statement& row) { return StoredCredentials{readUser(row, 0), row.text(4)}; }, email);
}

ApiResult<std::optional<UserProfile>> SqliteAccountStore::findById(const std::string& userId)
{
    return queryOne(
        m_db, "SELECT id, email, display_name, roles FROM users WHERE id = ?1",
        [](const store::Statement& row) { return readUser(row, 0); }, userId);
}

ApiResult<void> SqliteAccountStore::insertUser(const UserProfile& user, const std::string& passwordHash,
                                               std::int64_t createdAt)
{
    return execute(m_db,
                   "INSERT INTO users (id, email, display_name, password_hash, roles, created_at) "
                   "VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                   user.id, user.email, user.displayName, passwordHash, joinRoles(user.roles), createdAt);
}

ApiResult<void> SqliteAccountStore::insertSession(const std::string& sessionId, const std::string& userId,
                                                  const std::string& deviceName, std::int64_t createdAt)
{
    return execute(m_db, "INSERT INTO sessions (id, user_id, device_name, created_at) VALUES (?1, ?2, ?3, ?4)",
                   sessionId, userId, deviceName, createdAt);
}

ApiResult<void> SqliteAccountStore::revokeSession(const std::string& sessionId, std::int64_t at)
{
    if (auto ok = execute(m_db, "UPDATE sessions SET revoked_at = ?2 WHERE id = ?1 AND revoked_at IS NULL", sessionId,
                          at);
        !ok)
        return ok;
    return execute(m_db, "DELETE FROM access_tokens WHERE session_id = ?1", sessionId);
}

ApiResult<void> SqliteAccountStore::insertAccessToken(const std::string& tokenHash, const std::string& sessionId,
                                                      std::int64_t expiresAt)
{
    return execute(m_db, "INSERT INTO access_tokens (token_hash, session_id, expires_at) VALUES (?1, ?2, ?3)", tokenHash,
                   sessionId, expiresAt);
}

ApiResult<std::optional<AccessTokenState>> SqliteAccountStore::findAccessToken(const std::string& tokenHash)
{
    return queryOne(
        m_db,
        "SELECT s.id, u.id, u.roles, a.expires_at FROM access_tokens a "
        "JOIN sessions s ON s.id = a.session_id JOIN users u ON u.id = s.user_id "
        "WHERE a.token_hash = ?1 AND s.revoked_at IS NULL",
        [](const store::Statement& row) {
            return AccessTokenState{AuthUser{row.text(1), row.text(0), parseRoles(row.textView(2))}, row.int64(3)};
        },
        tokenHash);
}

ApiResult<void> SqliteAccountStore::insertRefreshToken(const std::string& tokenHash, const std::string& sessionId,
                                                       std::int64_t expiresAt)
{
    return execute(m_db, "INSERT INTO refresh_tokens (token_hash, session_id, expires_at) VALUES (?1, ?2, ?3)",
                   tokenHash, sessionId, expiresAt);
}

ApiResult<std::optional<RefreshTokenState>> SqliteAccountStore::findRefreshToken(const std::string& tokenHash)
{
    return queryOne(
        m_db,
        "SELECT r.session_id, r.expires_at, r.used_at, s.revoked_at, u.id, u.email, u.display_name, u.roles "
        "FROM refresh_tokens r JOIN sessions s ON s.id = r.session_id JOIN users u ON u.id = s.user_id "
        "WHERE r.token_hash = ?1",
        [](const store::Statement& row) {
            return RefreshTokenState{row.text(0), row.int64(1), !row.isNull(2), !row.isNull(3), readUser(row, 4)};
        },
        tokenHash);
}

ApiResult<void> SqliteAccountStore::markRefreshTokenUsed(const std::string& tokenHash, std::int64_t at)
{
    return execute(m_db, "UPDATE refresh_tokens SET used_at = ?2 WHERE token_hash = ?1", tokenHash, at);
}

} // namespace lectern::server::sqlite
