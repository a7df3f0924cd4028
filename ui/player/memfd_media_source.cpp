#include "player/memfd_media_source.h"

#include <cerrno>
#include <cstring>
#include <vector>

#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>

namespace lectern::ui {

namespace {

constexpr std::size_t kCopyChunk = 1024 * 1024;

media::MediaResult<void> writeAll(int fd, const std::byte* data, std::size_t size)
{
    while (size > 0) {
        const ssize_t n = ::write(fd, data, size);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            const int error = errno;
            return media::mediaFail(error == ENOSPC || error == ENOMEM ? media::MediaErrorCode::DiskFull
                                                                       : media::MediaErrorCode::Io,
                                    std::string("memfd write: ") + std::strerror(error));
        }
        data += n;
        size -= static_cast<std::size_t>(n);
    }
    return {};
}

} // namespace

MemfdMediaSource::MemfdMediaSource(int fd, std::uint64_t size)
    : m_fd(fd)
    , m_size(size)
{
}

MemfdMediaSource::~MemfdMediaSource()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

media::MediaResult<std::unique_ptr<MemfdMediaSource>> MemfdMediaSource::create(const PlaintextSource& source,
                                                                               const std::atomic<bool>* cancel)
{
    if (!source.readAt)
        return media::mediaFail(media::MediaErrorCode::Io, "no plaintext reader");
    const int fd = ::memfd_create("lectern-lesson", MFD_CLOEXEC | MFD_ALLOW_SEALING);
    if (fd < 0)
        return media::mediaFail(media::MediaErrorCode::Io, std::string("memfd_create: ") + std::strerror(errno));
    std::unique_ptr<MemfdMediaSource> memory(new MemfdMediaSource(fd, source.size));

    std::vector<std::byte> buffer(kCopyChunk);
    std::uint64_t offset = 0;
    media::MediaResult<void> copied;
    while (offset < source.size) {
        if (cancel && cancel->load(std::memory_order_relaxed)) {
            copied = media::mediaFail(media::MediaErrorCode::Cancelled);
            break;
        }
        const std::size_t want = static_cast<std::size_t>(std::min<std::uint64_t>(kCopyChunk, source.size - offset));
        auto got = source.readAt(offset, std::span(buffer.data(), want));
        if (!got) {
            copied = std::unexpected(got.error());
            break;
        }
        if (*got == 0) {
            copied = media::mediaFail(media::MediaErrorCode::Corrupt, "the media ended before its stated size");
            break;
        }
        if (copied = writeAll(fd, buffer.data(), *got); !copied)
            break;
        offset += *got;
    }
    // The staging buffer held plaintext too.
    std::memset(buffer.data(), 0, buffer.size());
    if (!copied)
        return std::unexpected(copied.error());

    // Nobody (not even a bug of ours) can change what the player reads any more.
    if (::fcntl(fd, F_ADD_SEALS, F_SEAL_SHRINK | F_SEAL_GROW | F_SEAL_WRITE | F_SEAL_SEAL) != 0)
        return media::mediaFail(media::MediaErrorCode::Io, std::string("memfd seal: ") + std::strerror(errno));
    return memory;
}

QUrl MemfdMediaSource::url() const
{
    return QUrl::fromLocalFile(QStringLiteral("/proc/self/fd/") + QString::number(m_fd));
}

} // namespace lectern::ui
