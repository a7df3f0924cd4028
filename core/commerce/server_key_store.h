// The server's entitlement public key, pinned at first sign-in and kept beside
// the session — never in the SQLite file, so editing the database cannot swap
// the key that every entitlement read is checked against.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

#include "util/error.h"

namespace lectern::commerce {

struct PinnedServerKey {
    std::string serverUrl;
    std::string publicKeyBase64;     // as /v1/server-info sends it
    std::int64_t offlineLeaseDays = 30;
    std::int64_t pinnedAt = 0;
};

class ServerKeyStore {
public:
    virtual ~ServerKeyStore() = default;
    [[nodiscard]] virtual Result<std::optional<PinnedServerKey>> load(const std::string& serverUrl) = 0;
    [[nodiscard]] virtual Result<void> save(const PinnedServerKey& key) = 0;
};

// JSON in a mode-0600 file (one key per server URL), replaced atomically by
// write–fsync–rename like FileSessionStore. A desktop keychain variant can follow.
class FileServerKeyStore final : public ServerKeyStore {
public:
    explicit FileServerKeyStore(std::filesystem::path file);
    [[nodiscard]] Result<std::optional<PinnedServerKey>> load(const std::string& serverUrl) override;
    [[nodiscard]] Result<void> save(const PinnedServerKey& key) override;

private:
    std::filesystem::path m_file;
};

// "<data dir>/server_keys.json": where lectern-cli and the app keep it.
[[nodiscard]] std::filesystem::path defaultServerKeyFile(const std::filesystem::path& dataDir);

} // namespace lectern::commerce
