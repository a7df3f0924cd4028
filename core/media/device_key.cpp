#include "media/device_key.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <random>
#include <string>
#include <string_view>

#include <sodium.h>

namespace lectern::media {

namespace {

constexpr std::string_view kKeyFileMagic = "LECTDK01";
constexpr std::size_t kKeyFileBytes = kKeyFileMagic.size() + kDeviceKeyBytes;

void ensureSodium()
{
    // sodium_init() is thread-safe; the static only saves the repeated call.
    static const bool ready = sodium_init() >= 0;
    if (!ready)
        std::abort(); // no CSPRNG: nothing here may go on
}

std::string errnoText(int error)
{
    return std::strerror(error);
}

MediaErrorCode writeErrorCode(int error)
{
    return error == ENOSPC || error == EDQUOT ? MediaErrorCode::DiskFull : MediaErrorCode::Io;
}

// After a link or rename, the folder entry must be durable too.
void syncDirectory(const std::filesystem::path& directory)
{
    const int fd = ::open(directory.empty() ? "." : directory.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

bool writeAll(int fd, const unsigned char* data, std::size_t size)
{
    std::size_t written = 0;
    while (written < size) {
        const ssize_t n = ::write(fd, data + written, size - written);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            if (n == 0)
                errno = EIO;
            return false;
        }
        written += static_cast<std::size_t>(n);
    }
    return true;
}

} // namespace

DeviceKey DeviceKey::generate()
{
    ensureSodium();
    DeviceKey key;
    randombytes_buf(key.m_bytes.data(), key.m_bytes.size());
    return key;
}

std::optional<DeviceKey> DeviceKey::fromBytes(std::span<const unsigned char> bytes)
{
    if (bytes.size() != kDeviceKeyBytes)
        return std::nullopt;
    DeviceKey key;
    std::copy(bytes.begin(), bytes.end(), key.m_bytes.begin());
    return key;
}

DeviceKey::DeviceKey(DeviceKey&& other) noexcept
    : m_bytes(other.m_bytes)
{
    other.wipe();
}

DeviceKey& DeviceKey::operator=(DeviceKey&& other) noexcept
{
    if (this != &other) {
        m_bytes = other.m_bytes;
        other.wipe();
    }
    return *this;
}

DeviceKey::~DeviceKey()
{
    wipe();
}

void DeviceKey::wipe()
{
    sodium_memzero(m_bytes.data(), m_bytes.size());
}

FileDeviceKeyStore::FileDeviceKeyStore(std::filesystem::path file)
    : m_file(std::move(file))
{
}

MediaResult<std::optional<DeviceKey>> FileDeviceKeyStore::load() const
{
    const int fd = ::open(m_file.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        if (errno == ENOENT)
            return std::optional<DeviceKey>{};
        return mediaFail(MediaErrorCode::Io, "cannot read " + m_file.string() + ": " + errnoText(errno));
    }
    // One byte more than a key file holds, so a longer file is noticed.
    std::array<unsigned char, kKeyFileBytes + 1> buffer{};
    std::size_t got = 0;
    while (got < buffer.size()) {
        const ssize_t n = ::read(fd, buffer.data() + got, buffer.size() - got);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            const int error = errno;
            ::close(fd);
            sodium_memzero(buffer.data(), buffer.size());
            return mediaFail(MediaErrorCode::Io, "cannot read " + m_file.string() + ": " + errnoText(error));
        }
        if (n == 0)
            break;
        got += static_cast<std::size_t>(n);
    }
    ::close(fd);
    std::optional<DeviceKey> key;
    if (got == kKeyFileBytes && std::equal(kKeyFileMagic.begin(), kKeyFileMagic.end(), buffer.begin()))
        key = DeviceKey::fromBytes(std::span(buffer).subspan(kKeyFileMagic.size(), kDeviceKeyBytes));
    sodium_memzero(buffer.data(), buffer.size());
    if (!key)
        return mediaFail(MediaErrorCode::Corrupt, m_file.string() + " is not a Lectern device key file");
    return key;
}

MediaResult<DeviceKey> FileDeviceKeyStore::saveIfAbsent(const DeviceKey& key)
{
    const std::filesystem::path directory = m_file.parent_path();
    std::error_code ec;
    if (!directory.empty())
        std::filesystem::create_directories(directory, ec);
    if (ec)
        return mediaFail(MediaErrorCode::Io, "cannot create " + directory.string() + ": " + ec.message());

    // A name of our own, so two processes never write the same temporary file.
    std::random_device random;
    const std::filesystem::path temporary =
        m_file.string() + ".tmp-" + std::to_string(::getpid()) + "-" + std::to_string(random());
    // Created 0600 from the first byte: never readable by others, not even briefly.
    const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return mediaFail(writeErrorCode(errno), "cannot write " + temporary.string() + ": " + errnoText(errno));
    std::array<unsigned char, kKeyFileBytes> record{};
    std::copy(kKeyFileMagic.begin(), kKeyFileMagic.end(), record.begin());
    std::copy(key.bytes().begin(), key.bytes().end(), record.begin() + kKeyFileMagic.size());
    const bool written = writeAll(fd, record.data(), record.size());
    const int writeError = errno;
    sodium_memzero(record.data(), record.size());
    if (!written || ::fsync(fd) != 0) {
        const int error = written ? errno : writeError;
        ::close(fd);
        ::unlink(temporary.c_str());
        return mediaFail(writeErrorCode(error), "cannot write " + temporary.string() + ": " + errnoText(error));
    }
    ::close(fd);

    // link() refuses to replace an existing file: whoever links first wins and
    // everyone else reads the winner's key.
    if (::link(temporary.c_str(), m_file.c_str()) == 0) {
        ::unlink(temporary.c_str());
        syncDirectory(directory);
        return key;
    }
    const int linkError = errno;
    if (linkError != EEXIST) {
        ::unlink(temporary.c_str());
        return mediaFail(MediaErrorCode::Io, "cannot create " + m_file.string() + ": " + errnoText(linkError));
    }
    auto existing = load();
    if (existing && *existing) {
        ::unlink(temporary.c_str());
        return std::move(**existing);
    }
    if (!existing && existing.error().code != MediaErrorCode::Corrupt) {
        ::unlink(temporary.c_str());
        return std::unexpected(existing.error());
    }
    // Damaged (or removed meanwhile): ours replaces it.
    if (::rename(temporary.c_str(), m_file.c_str()) != 0) {
        const int error = errno;
        ::unlink(temporary.c_str());
        return mediaFail(MediaErrorCode::Io, "cannot replace " + m_file.string() + ": " + errnoText(error));
    }
    syncDirectory(directory);
    return key;
}

MediaResult<DeviceKey> FileDeviceKeyStore::loadOrCreate()
{
    auto loaded = load();
    if (loaded && *loaded)
        return std::move(**loaded);
    if (!loaded && loaded.error().code != MediaErrorCode::Corrupt)
        return std::unexpected(loaded.error());
    return saveIfAbsent(DeviceKey::generate());
}

} // namespace lectern::media
