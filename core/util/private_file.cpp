#include "util/private_file.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <string>
#include <sys/stat.h>
#include <unistd.h>

namespace lectern {

Result<void> writePrivateFileAtomically(const std::filesystem::path& file, std::string_view bytes)
{
    const std::filesystem::path temporary = file.string() + ".tmp";
    const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0)
        return fail(ErrorCode::Io, "cannot write " + temporary.string() + ": " + std::strerror(errno));
    ::fchmod(fd, 0600); // an old temporary file may have had other bits
    std::size_t written = 0;
    while (written < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + written, bytes.size() - written);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            const int error = errno;
            ::close(fd);
            ::unlink(temporary.c_str());
            return fail(ErrorCode::Io, "cannot write " + temporary.string() + ": " + std::strerror(error));
        }
        written += static_cast<std::size_t>(n);
    }
    if (::fsync(fd) != 0 || ::close(fd) != 0) {
        ::unlink(temporary.c_str());
        return fail(ErrorCode::Io, "cannot save " + temporary.string());
    }
    if (::rename(temporary.c_str(), file.c_str()) != 0) {
        const int error = errno;
        ::unlink(temporary.c_str());
        return fail(ErrorCode::Io, "cannot replace " + file.string() + ": " + std::strerror(error));
    }
    return {};
}

} // namespace lectern
