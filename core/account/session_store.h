// Where a signed-in session's tokens live between runs. Never the SQLite
// database and never a log: the app keeps them in the OS keychain (ui/), and
// falls back, like lectern-cli, to FileSessionStore — a file only the user can read.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

#include "util/error.h"

namespace lectern::account {

struct StoredSession {
    std::string serverUrl;
    std::string userId;
    std::string email;
    std::string displayName;
    std::string accessToken;
    std::int64_t accessExpiresAt = 0;
    std::string refreshToken;
    std::int64_t refreshExpiresAt = 0;
};

class SessionStore {
public:
    virtual ~SessionStore() = default;
    [[nodiscard]] virtual Result<std::optional<StoredSession>> load() = 0;
    [[nodiscard]] virtual Result<void> save(const StoredSession& session) = 0;
    [[nodiscard]] virtual Result<void> clear() = 0;
};

// JSON in a mode-0600 file, replaced atomically (write a temporary file, fsync,
// rename), so a crash leaves the old session or the new one, never half of one.
class FileSessionStore final : public SessionStore {
public:
    explicit FileSessionStore(std::filesystem::path file);

    [[nodiscard]] Result<std::optional<StoredSession>> load() override;
    [[nodiscard]] Result<void> save(const StoredSession& session) override;
    [[nodiscard]] Result<void> clear() override;

private:
    std::filesystem::path m_file;
};

} // namespace lectern::account
