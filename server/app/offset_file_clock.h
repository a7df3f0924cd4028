// TEST ONLY (lectern-server --clock-offset-file FILE): the system clock plus a
// number of seconds read from FILE on every call, so end-to-end tests can move
// the real server's time (subscription expiry, leases, refund windows) while
// it runs. A missing or unreadable file means an offset of 0. Never use it in
// production: whoever can write the file controls expiry.
#pragma once

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>

#include "util/clock.h"

namespace lectern::server {

class OffsetFileClock final : public Clock {
public:
    explicit OffsetFileClock(std::filesystem::path file)
        : m_file(std::move(file))
    {
    }

    [[nodiscard]] std::int64_t now() const override { return m_system.now() + offset(); }

private:
    [[nodiscard]] std::int64_t offset() const
    {
        std::ifstream in(m_file);
        std::int64_t seconds = 0;
        if (!(in >> seconds))
            return 0;
        return seconds;
    }

    SystemClock m_system;
    std::filesystem::path m_file;
};

} // namespace lectern::server
