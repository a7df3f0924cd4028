// Random tokens, their stored hashes, and password hashing (libsodium).
#pragma once

#include <string>
#include <string_view>

namespace lectern::server::secrets {

// Call once before any other function here (sodium_init).
[[nodiscard]] bool initialize();

// 256 random bits, base64url without padding.
[[nodiscard]] std::string randomToken();
// A fresh random UUIDv7 (time-ordered) for server-made records.
[[nodiscard]] std::string newId(std::int64_t unixSeconds);
// What the database keeps of a token: hex SHA-256.
[[nodiscard]] std::string tokenHash(std::string_view token);

// Argon2id (crypto_pwhash_str, interactive limits).
[[nodiscard]] std::string hashPassword(std::string_view password);
[[nodiscard]] bool verifyPassword(const std::string& hash, std::string_view password);

[[nodiscard]] std::string toHex(std::string_view bytes);
[[nodiscard]] std::string toBase64(std::string_view bytes);
[[nodiscard]] std::string sha256Hex(std::string_view bytes);

} // namespace lectern::server::secrets
