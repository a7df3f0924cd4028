// Cooperative cancellation shared between the thread that asks for it (the UI,
// a shutdown) and the thread doing the transfer or the backoff wait.
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>

namespace lectern::net {

class CancelToken final {
public:
    CancelToken() = default;
    CancelToken(const CancelToken&) = delete;
    CancelToken& operator=(const CancelToken&) = delete;

    void cancel()
    {
        {
            // Taking the lock orders the store before a waiter's predicate check,
            // so a waiter never misses the wake-up.
            std::lock_guard lock(m_mutex);
            m_cancelled.store(true);
        }
        m_wake.notify_all();
    }

    // Cheap: libcurl's progress callback asks this many times a second.
    [[nodiscard]] bool isCancelled() const { return m_cancelled.load(std::memory_order_relaxed); }

    // Waits up to `duration`; returns true as soon as the token is cancelled.
    bool waitFor(std::chrono::milliseconds duration) const
    {
        std::unique_lock lock(m_mutex);
        return m_wake.wait_for(lock, duration, [this] { return m_cancelled.load(); });
    }

private:
    std::atomic<bool> m_cancelled{false};
    mutable std::mutex m_mutex;
    mutable std::condition_variable m_wake;
};

} // namespace lectern::net
