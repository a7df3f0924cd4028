#include "accounts/secrets.h"

#include <sodium.h>

#include <cstdint>

#include "util/uuid.h"

namespace lectern::server::secrets {

bool initialize() { return sodium_init() >= 0; }

std::string toHex(std::string_view bytes)
{
    std::string out(bytes.size() * 2 + 1, '\0');
    sodium_bin2hex(out.data(), out.size(), reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
    out.pop_back();
    return out;
}

std::string toBase64(std::string_view bytes)
{
    std::string out(sodium_base64_encoded_len(bytes.size(), sodium_base64_VARIANT_ORIGINAL), '\0');
    sodium_bin2base64(out.data(), out.size(), reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size(),
                      sodium_base64_VARIANT_ORIGINAL);
    out.resize(std::char_traits<char>::length(out.c_str()));
    return out;
}

std::string randomToken()
{
    unsigned char bytes[32];
    randombytes_buf(bytes, sizeof bytes);
    std::string out(sodium_base64_encoded_len(sizeof bytes, sodium_base64_VARIANT_URLSAFE_NO_PADDING), '\0');
    sodium_bin2base64(out.data(), out.size(), bytes, sizeof bytes, sodium_base64_VARIANT_URLSAFE_NO_PADDING);
    out.resize(std::char_traits<char>::length(out.c_str()));
    return out;
}

std::string newId(std::int64_t unixSeconds)
{
    std::uint64_t random[2];
    randombytes_buf(random, sizeof random);
    return uuid::makeV7(unixSeconds * 1000 + static_cast<std::int64_t>(random[0] % 1000), random[0] >> 16, random[1]);
}

std::string sha256Hex(std::string_view bytes)
{
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
    return toHex(std::string_view(reinterpret_cast<const char*>(digest), sizeof digest));
}

std::string tokenHash(std::string_view token) { return sha256Hex(token); }

std::string hashPassword(std::string_view password)
{
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, password.data(), password.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE)
        != 0)
        return {};
    return out;
}

bool verifyPassword(const std::string& hash, std::string_view password)
{
    return crypto_pwhash_str_verify(hash.c_str(), password.data(), password.size()) == 0;
}

} // namespace lectern::server::secrets
