#include "commerce/entitlement_signer.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <sodium.h>

#include "accounts/secrets.h"
#include "util/time_format.h"

namespace lectern::server {

std::string canonicalEntitlementText(const EntitlementRecord& r)
{
    return "lectern-entitlement-v1\n" + r.id + "\n" + r.userId + "\n" + r.kind + "\n" + r.courseId + "\n" + r.planId
        + "\n" + timefmt::formatRfc3339(r.grantedAt) + "\n"
        + (r.expiresAt ? timefmt::formatRfc3339(*r.expiresAt) : std::string()) + "\n"
        + timefmt::formatRfc3339(r.leaseExpiresAt) + "\n" + (r.revoked ? "1" : "0");
}

Result<EntitlementSigner> EntitlementSigner::loadOrCreate(const std::filesystem::path& keyFile)
{
    static_assert(crypto_sign_SECRETKEYBYTES == 64 && crypto_sign_PUBLICKEYBYTES == 32);
    EntitlementSigner signer;
    const int existing = ::open(keyFile.c_str(), O_RDONLY | O_CLOEXEC);
    if (existing >= 0) {
        const ssize_t got = ::read(existing, signer.m_secretKey.data(), signer.m_secretKey.size());
        char extra = 0;
        const ssize_t more = ::read(existing, &extra, 1);
        ::close(existing);
        if (got != static_cast<ssize_t>(signer.m_secretKey.size()) || more != 0)
            return fail(ErrorCode::InvalidData, keyFile.string() + " is not a 64-byte Ed25519 key");
        ::chmod(keyFile.c_str(), 0600);
        crypto_sign_ed25519_sk_to_pk(signer.m_publicKey.data(), signer.m_secretKey.data());
        return signer;
    }
    if (errno != ENOENT)
        return fail(ErrorCode::Io, "cannot read " + keyFile.string());
    crypto_sign_keypair(signer.m_publicKey.data(), signer.m_secretKey.data());
    // O_EXCL: two servers starting on one data folder must not each make a key.
    const int fd = ::open(keyFile.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return fail(ErrorCode::Io, "cannot create " + keyFile.string());
    const ssize_t written = ::write(fd, signer.m_secretKey.data(), signer.m_secretKey.size());
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    if (written != static_cast<ssize_t>(signer.m_secretKey.size()) || !synced) {
        ::unlink(keyFile.c_str());
        return fail(ErrorCode::Io, "cannot write " + keyFile.string());
    }
    return signer;
}

std::string EntitlementSigner::publicKey() const
{
    return std::string(reinterpret_cast<const char*>(m_publicKey.data()), m_publicKey.size());
}

std::string EntitlementSigner::publicKeyBase64() const { return secrets::toBase64(publicKey()); }

std::string EntitlementSigner::sign(const EntitlementRecord& record) const
{
    const std::string text = canonicalEntitlementText(record);
    unsigned char signature[crypto_sign_BYTES];
    crypto_sign_detached(signature, nullptr, reinterpret_cast<const unsigned char*>(text.data()), text.size(),
                         m_secretKey.data());
    return secrets::toBase64(std::string_view(reinterpret_cast<const char*>(signature), sizeof signature));
}

} // namespace lectern::server
