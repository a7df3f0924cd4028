#include "media/xchacha_chunks.h"

#include <algorithm>
#include <cstdlib>
#include <limits>

#include <openssl/evp.h>
#include <sodium.h>

namespace lectern::media {
namespace {

EVP_CIPHER_CTX* context(void* handle) { return static_cast<EVP_CIPHER_CTX*>(handle); }

// A failure of these calls on valid lengths means libcrypto itself is broken:
// sealing must not go on and write something the reader cannot open.
void require(int ok)
{
    if (ok != 1)
        std::abort();
}

int length(std::size_t size)
{
    if (size > static_cast<std::size_t>(std::numeric_limits<int>::max()))
        std::abort(); // chunks are at most 16 MiB
    return static_cast<int>(size);
}

} // namespace

XChaChaChunks::XChaChaChunks(const unsigned char* key, const unsigned char* noncePrefix, Engine engine)
    : m_encrypt(engine == Engine::OpenSsl ? EVP_CIPHER_CTX_new() : nullptr)
    , m_decrypt(engine == Engine::OpenSsl ? EVP_CIPHER_CTX_new() : nullptr)
{
    std::array<unsigned char, 32> subkey{};
    crypto_core_hchacha20(subkey.data(), noncePrefix, key, nullptr);
    const bool ready = m_encrypt && m_decrypt
        && EVP_EncryptInit_ex(context(m_encrypt), EVP_chacha20_poly1305(), nullptr, subkey.data(), nullptr) == 1
        && EVP_DecryptInit_ex(context(m_decrypt), EVP_chacha20_poly1305(), nullptr, subkey.data(), nullptr) == 1;
    sodium_memzero(subkey.data(), subkey.size()); // the contexts hold their own schedule
    if (!ready) {
        m_fallback = true;
        std::copy_n(key, m_key.size(), m_key.begin());
        std::copy_n(noncePrefix, m_noncePrefix.size(), m_noncePrefix.begin());
    }
}

XChaChaChunks::~XChaChaChunks()
{
    sodium_memzero(m_key.data(), m_key.size());
    EVP_CIPHER_CTX_free(context(m_encrypt)); // also clears the key schedule (null is fine)
    EVP_CIPHER_CTX_free(context(m_decrypt));
}

std::array<unsigned char, 12> XChaChaChunks::ietfNonce(const unsigned char* nonceTail) const
{
    std::array<unsigned char, 12> nonce{};
    for (std::size_t i = 0; i < 8; ++i)
        nonce[4 + i] = nonceTail[i];
    return nonce;
}

std::array<unsigned char, 24> XChaChaChunks::fullNonce(const unsigned char* nonceTail) const
{
    std::array<unsigned char, 24> nonce{};
    std::copy(m_noncePrefix.begin(), m_noncePrefix.end(), nonce.begin());
    std::copy_n(nonceTail, 8, nonce.begin() + 16);
    return nonce;
}

void XChaChaChunks::seal(const unsigned char* nonceTail, const unsigned char* ad, std::size_t adSize,
                         const unsigned char* plaintext, std::size_t size, unsigned char* sealed)
{
    if (m_fallback) {
        const auto nonce = fullNonce(nonceTail);
        crypto_aead_xchacha20poly1305_ietf_encrypt(sealed, nullptr, plaintext, size, ad, adSize, nullptr,
                                                   nonce.data(), m_key.data());
        return;
    }
    EVP_CIPHER_CTX* ctx = context(m_encrypt);
    const auto nonce = ietfNonce(nonceTail);
    int out = 0;
    require(EVP_EncryptInit_ex(ctx, nullptr, nullptr, nullptr, nonce.data()));
    require(EVP_EncryptUpdate(ctx, nullptr, &out, ad, length(adSize)));
    int written = 0;
    if (size > 0) {
        require(EVP_EncryptUpdate(ctx, sealed, &out, plaintext, length(size)));
        written = out;
    }
    require(EVP_EncryptFinal_ex(ctx, sealed + written, &out));
    require(EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_AEAD_GET_TAG, static_cast<int>(kTagBytes), sealed + size));
}

bool XChaChaChunks::open(const unsigned char* nonceTail, const unsigned char* ad, std::size_t adSize,
                         const unsigned char* sealed, std::size_t sealedSize, unsigned char* plaintext)
{
    if (sealedSize < kTagBytes)
        return false;
    const std::size_t size = sealedSize - kTagBytes;
    if (m_fallback) { // libsodium checks the tag before it writes a byte
        const auto nonce = fullNonce(nonceTail);
        return crypto_aead_xchacha20poly1305_ietf_decrypt(plaintext, nullptr, nullptr, sealed, sealedSize, ad, adSize,
                                                          nonce.data(), m_key.data())
               == 0;
    }
    EVP_CIPHER_CTX* ctx = context(m_decrypt);
    const auto nonce = ietfNonce(nonceTail);
    // The tag is only read, but this OpenSSL call takes a non-const pointer.
    std::array<unsigned char, kTagBytes> tag{};
    for (std::size_t i = 0; i < kTagBytes; ++i)
        tag[i] = sealed[size + i];
    int out = 0;
    int written = 0;
    bool ok = EVP_DecryptInit_ex(ctx, nullptr, nullptr, nullptr, nonce.data()) == 1
              && EVP_DecryptUpdate(ctx, nullptr, &out, ad, length(adSize)) == 1;
    if (ok && size > 0) {
        ok = EVP_DecryptUpdate(ctx, plaintext, &out, sealed, length(size)) == 1;
        written = out;
    }
    ok = ok && EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_AEAD_SET_TAG, static_cast<int>(kTagBytes), tag.data()) == 1
         && EVP_DecryptFinal_ex(ctx, plaintext + written, &out) == 1;
    if (!ok && size > 0)
        sodium_memzero(plaintext, size); // decrypted before the tag was checked: not to be seen
    return ok;
}

} // namespace lectern::media
