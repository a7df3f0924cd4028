#include "media/xchacha_chunks.h"

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

XChaChaChunks::XChaChaChunks(const unsigned char* key, const unsigned char* noncePrefix)
    : m_encrypt(EVP_CIPHER_CTX_new())
    , m_decrypt(EVP_CIPHER_CTX_new())
{
    if (!m_encrypt || !m_decrypt)
        std::abort();
    crypto_core_hchacha20(m_subkey.data(), noncePrefix, key, nullptr);
    require(EVP_EncryptInit_ex(context(m_encrypt), EVP_chacha20_poly1305(), nullptr, m_subkey.data(), nullptr));
    require(EVP_DecryptInit_ex(context(m_decrypt), EVP_chacha20_poly1305(), nullptr, m_subkey.data(), nullptr));
}

XChaChaChunks::~XChaChaChunks()
{
    sodium_memzero(m_subkey.data(), m_subkey.size());
    EVP_CIPHER_CTX_free(context(m_encrypt)); // also clears the key schedule
    EVP_CIPHER_CTX_free(context(m_decrypt));
}

std::array<unsigned char, 12> XChaChaChunks::ietfNonce(const unsigned char* nonceTail) const
{
    std::array<unsigned char, 12> nonce{};
    for (std::size_t i = 0; i < 8; ++i)
        nonce[4 + i] = nonceTail[i];
    return nonce;
}

void XChaChaChunks::seal(const unsigned char* nonceTail, const unsigned char* ad, std::size_t adSize,
                         const unsigned char* plaintext, std::size_t size, unsigned char* sealed)
{
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
