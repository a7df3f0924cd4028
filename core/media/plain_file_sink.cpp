#include "media/plain_file_sink.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <system_error>
#include <vector>

namespace lectern::media {

namespace {

MediaError ioFailure(int errorNumber, const std::string& what, const std::filesystem::path& path)
{
    const bool full = errorNumber == ENOSPC || errorNumber == EDQUOT;
    return MediaError{full ? MediaErrorCode::DiskFull : MediaErrorCode::Io,
                      what + " " + path.string() + ": " + std::strerror(errorNumber)};
}

MediaResult<void> syncDirectory(const std::filesystem::path& directory)
{
    const int fd = ::open(directory.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return std::unexpected(ioFailure(errno, "cannot open folder", directory));
    const int rc = ::fsync(fd);
    const int saved = errno;
    ::close(fd);
    if (rc != 0)
        return std::unexpected(ioFailure(saved, "cannot sync folder", directory));
    return {};
}

std::filesystem::path folderOf(const std::filesystem::path& file)
{
    return file.has_parent_path() ? file.parent_path() : std::filesystem::path(".");
}

} // namespace

PlainFileSink::PlainFileSink(std::filesystem::path finalPath, std::size_t bufferBytes)
    : m_final(std::move(finalPath))
    , m_partial(m_final.string() + ".part")
    , m_bufferBytes(bufferBytes == 0 ? 1 : bufferBytes)
{
}

PlainFileSink::~PlainFileSink()
{
    // Paused or failed mid-way: keep what arrived for the next resume. No
    // fsync: a power cut may lose this tail, which the SHA-256 check catches.
    (void)flush();
    close();
}

MediaResult<void> PlainFileSink::open()
{
    if (m_fd >= 0)
        return {};
    std::error_code ec;
    std::filesystem::create_directories(folderOf(m_final), ec);
    if (ec)
        return mediaFail(ec == std::errc::no_space_on_device ? MediaErrorCode::DiskFull : MediaErrorCode::Io,
                         "cannot create " + folderOf(m_final).string() + ": " + ec.message());
    m_fd = ::open(m_partial.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
    if (m_fd < 0)
        return std::unexpected(ioFailure(errno, "cannot open", m_partial));
    return {};
}

void PlainFileSink::close()
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
}

MediaResult<std::uint64_t> PlainFileSink::resumableBytes()
{
    if (auto ok = flush(); !ok)
        return std::unexpected(ok.error());
    struct stat info {};
    if (::stat(m_partial.c_str(), &info) != 0) {
        if (errno == ENOENT)
            return std::uint64_t{0};
        return std::unexpected(ioFailure(errno, "cannot stat", m_partial));
    }
    return static_cast<std::uint64_t>(info.st_size);
}

MediaResult<void> PlainFileSink::readPrefix(const std::function<void(std::string_view)>& consume)
{
    auto length = resumableBytes();
    if (!length)
        return std::unexpected(length.error());
    if (*length == 0)
        return {};
    const int fd = ::open(m_partial.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return std::unexpected(ioFailure(errno, "cannot open", m_partial));
    std::vector<char> chunk(std::size_t{1} << 20);
    std::uint64_t left = *length;
    while (left > 0) {
        const auto want = static_cast<std::size_t>(std::min<std::uint64_t>(left, chunk.size()));
        const ssize_t got = ::read(fd, chunk.data(), want);
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0) {
            const int saved = got < 0 ? errno : EIO;
            ::close(fd);
            return std::unexpected(ioFailure(saved, "cannot read", m_partial));
        }
        consume(std::string_view(chunk.data(), static_cast<std::size_t>(got)));
        left -= static_cast<std::uint64_t>(got);
    }
    ::close(fd);
    return {};
}

MediaResult<void> PlainFileSink::append(std::string_view plaintext)
{
    m_buffer.append(plaintext);
    if (m_buffer.size() < m_bufferBytes)
        return {};
    return flush();
}

MediaResult<void> PlainFileSink::flush()
{
    if (m_buffer.empty())
        return {};
    if (auto ok = open(); !ok)
        return ok;
    std::size_t written = 0;
    while (written < m_buffer.size()) {
        const ssize_t n = ::write(m_fd, m_buffer.data() + written, m_buffer.size() - written);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            const int saved = n < 0 ? errno : EIO;
            // What did reach the file is a valid prefix; keep the rest for a retry.
            m_buffer.erase(0, written);
            return std::unexpected(ioFailure(saved, "cannot write", m_partial));
        }
        written += static_cast<std::size_t>(n);
    }
    m_writeback.wrote(m_fd, m_buffer.size());
    m_buffer.clear();
    return {};
}

MediaResult<void> PlainFileSink::checkpoint()
{
    if (auto ok = flush(); !ok)
        return ok;
    if (m_fd >= 0 && ::fdatasync(m_fd) != 0)
        return std::unexpected(ioFailure(errno, "cannot sync", m_partial));
    return {};
}

MediaResult<void> PlainFileSink::commit()
{
    if (auto ok = open(); !ok) // an empty file still gets a partial to rename
        return ok;
    if (auto ok = flush(); !ok)
        return ok;
    if (::fsync(m_fd) != 0)
        return std::unexpected(ioFailure(errno, "cannot sync", m_partial));
    close();
    if (::rename(m_partial.c_str(), m_final.c_str()) != 0)
        return std::unexpected(ioFailure(errno, "cannot rename to", m_final));
    return syncDirectory(folderOf(m_final));
}

void PlainFileSink::discard()
{
    m_buffer.clear();
    close();
    if (::unlink(m_partial.c_str()) == 0)
        (void)syncDirectory(folderOf(m_final));
}

} // namespace lectern::media
