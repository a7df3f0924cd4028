// Starts the kernel writing a growing download to the disk while it is still
// arriving, so the fsync that makes it durable at the end waits for the last
// few megabytes instead of the whole file (docs/benchmarks.md, downloads).
#pragma once

#include <cstddef>
#include <cstdint>

#include <fcntl.h>

namespace lectern::media {

class EarlyWriteback {
public:
    static constexpr std::uint64_t kEvery = std::uint64_t{8} << 20;

    // `bytes` more reached the page cache of `fd`.
    void wrote(int fd, std::size_t bytes)
    {
        m_unsent += bytes;
        if (m_unsent < kEvery)
            return;
        m_unsent = 0;
        // Asynchronous: queues the dirty pages of the whole file (0, 0 = to its
        // end) that are not already being written, and returns. Only advice:
        // a failure here shows up at the fsync that counts.
        (void)::sync_file_range(fd, 0, 0, SYNC_FILE_RANGE_WRITE);
    }

private:
    std::uint64_t m_unsent = 0;
};

} // namespace lectern::media
