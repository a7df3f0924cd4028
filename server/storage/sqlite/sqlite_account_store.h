#pragma once

#include "accounts/account_store.h"
#include "store/database.h"

namespace lectern::server::sqlite {

class SqliteAccountStore final : public AccountStore {
public:
    explicit SqliteAccountStore(store::Database& db)
        : m_db(db)
    {
    }

    [[nodiscard]] ApiResult<std::optional<StoredCredentials>> findByEmail(const std::string& email) override;
    [[nodiscard]] ApiResult<std::optional<UserProfile>> findById(const std::string& userId) override;
    [[nodiscard]] ApiResult<void> insertUser(const UserProfile& user, const std::string& passwordHash,
                                             std::int64_t createdAt) override;
    [[nodiscard]] ApiResult<void> insertSession(const std::string& sessionId, const std::string& userId,
                                                const std::string& deviceName, std::int64_t createdAt) override;
    [[nodiscard]] ApiResult<void> revokeSession(const std::string& sessionId, std::int64_t at) override;
    [[nodiscard]] ApiResult<void> insertAccessToken(const std::string& tokenHash, const std::string& sessionId,
                                                    std::int64_t expiresAt) override;
    [[nodiscard]] ApiResult<std::optional<AccessTokenState>> findAccessToken(const std::string& tokenHash) override;
    [[nodiscard]] ApiResult<void> insertRefreshToken(const std::string& tokenHash, const std::string& sessionId,
                                                     std::int64_t expiresAt) override;
    [[nodiscard]] ApiResult<std::optional<RefreshTokenState>> findRefreshToken(const std::string& tokenHash) override;
    [[nodiscard]] ApiResult<void> markRefreshTokenUsed(const std::string& tokenHash, std::int64_t at) override;

private:
    store::Database& m_db;
};

} // namespace lectern::server::sqlite
