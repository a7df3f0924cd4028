// XChaCha20-Poly1305 (IETF) for the chunks of one encrypted media file: many
// messages under one key, whose 24-byte nonces share their first 16 bytes
// (docs/media-format.md). The output is byte for byte libsodium's
// crypto_aead_xchacha20poly1305_ietf_* — XChaCha20 is ChaCha20 under the
// subkey HChaCha20(key, nonce[0..16)) with the nonce 0⁴ ‖ nonce[16..24) — but
// the subkey is derived once per file and the ChaCha20-Poly1305 is OpenSSL's,
// which uses AVX2/AVX-512: 3.8 GB/s here against libsodium's 1.4 GB/s
// (docs/benchmarks.md). The format does not change.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>

namespace lectern::media {

class XChaChaChunks {
public:
    static constexpr std::size_t kTagBytes = 16;

    // OpenSsl falls back to Libsodium by itself when OpenSSL refuses the
    // cipher; Libsodium is there to test that path.
    enum class Engine { OpenSsl, Libsodium };

    // `key`: 32 bytes; `noncePrefix`: the first 16 bytes every nonce shares.
    XChaChaChunks(const unsigned char* key, const unsigned char* noncePrefix, Engine engine = Engine::OpenSsl);
    ~XChaChaChunks(); // wipes the keys
    XChaChaChunks(const XChaChaChunks&) = delete;
    XChaChaChunks& operator=(const XChaChaChunks&) = delete;

    // What it runs on: Libsodium when asked to, or when OpenSSL refused.
    [[nodiscard]] Engine engine() const { return m_fallback ? Engine::Libsodium : Engine::OpenSsl; }

    // `sealed` receives size + kTagBytes bytes. `nonceTail`: nonce bytes 16..24.
    void seal(const unsigned char* nonceTail, const unsigned char* ad, std::size_t adSize,
              const unsigned char* plaintext, std::size_t size, unsigned char* sealed);

    // `plaintext` receives sealedSize - kTagBytes bytes, or is zeroed when the
    // chunk does not authenticate (false): no unverified byte is left behind.
    [[nodiscard]] bool open(const unsigned char* nonceTail, const unsigned char* ad, std::size_t adSize,
                            const unsigned char* sealed, std::size_t sealedSize, unsigned char* plaintext);

private:
    [[nodiscard]] std::array<unsigned char, 12> ietfNonce(const unsigned char* nonceTail) const;
    [[nodiscard]] std::array<unsigned char, 24> fullNonce(const unsigned char* nonceTail) const;

    void* m_encrypt = nullptr; // EVP_CIPHER_CTX (holding the subkey), kept out of this header
    void* m_decrypt = nullptr;
    // When this OpenSSL refuses ChaCha20-Poly1305 (a FIPS-only provider, say):
    // libsodium's XChaCha20-Poly1305 with the key and nonce prefix kept here.
    bool m_fallback = false;
    std::array<unsigned char, 32> m_key{};
    std::array<unsigned char, 16> m_noncePrefix{};
};

} // namespace lectern::media
