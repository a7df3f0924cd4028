// Time seam: handlers ask the clock, tests move it (token expiry, leases,
// refund windows, rate-limit windows).
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>

namespace lectern::server {

class Clock {
public:
    virtual ~Clock() = default;
    // Unix seconds, UTC.
    [[nodiscard]] virtual std::int64_t now() const = 0;
};

class SystemClock final : public Clock {
public:
    [[nodiscard]] std::int64_t now() const override
    {
        return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
            .count();
    }
};

class ManualClock final : public Clock {
public:
    explicit ManualClock(std::int64_t start = 1'790'000'000)
        : m_now(start)
    {
    }
    [[nodiscard]] std::int64_t now() const override { return m_now.load(); }
    void advance(std::int64_t seconds) { m_now += seconds; }
    void set(std::int64_t seconds) { m_now = seconds; }

private:
    std::atomic<std::int64_t> m_now;
};

} // namespace lectern::server
