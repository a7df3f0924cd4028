// The server's Ed25519 key for entitlements: made once, kept in
// <data>/entitlement_key (mode 0600), and the canonical text it signs.
#pragma once

#include <array>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

#include "util/error.h"

namespace lectern::server {

struct EntitlementRecord {
    std::string id;
    std::string userId;
    std::string kind;     // "course" | "subscription"
    std::string courseId; // "" when null
    std::string planId;   // "" when null
    std::int64_t grantedAt = 0;
    std::optional<std::int64_t> expiresAt;
    std::int64_t leaseExpiresAt = 0;
    bool revoked = false;
};

// The exact bytes signed (docs/api.md, "Entitlements").
[[nodiscard]] std::string canonicalEntitlementText(const EntitlementRecord& record);

class EntitlementSigner final {
public:
    // Loads the key, creating it on first start.
    [[nodiscard]] static Result<EntitlementSigner> loadOrCreate(const std::filesystem::path& keyFile);

    [[nodiscard]] std::string publicKeyBase64() const;
    [[nodiscard]] std::string publicKey() const; // 32 raw bytes
    // Detached Ed25519 signature of the canonical text, base64.
    [[nodiscard]] std::string sign(const EntitlementRecord& record) const;

private:
    EntitlementSigner() = default;
    std::array<unsigned char, 64> m_secretKey{}; // libsodium layout: seed then public key
    std::array<unsigned char, 32> m_publicKey{};
};

} // namespace lectern::server
