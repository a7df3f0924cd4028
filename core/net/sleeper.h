// The time seam of the retry policy: backoff waits go through a Sleeper so
// unit tests record the delays instead of sleeping through them.
#pragma once

#include <chrono>

#include "net/cancel_token.h"

namespace lectern::net {

class Sleeper {
public:
    virtual ~Sleeper() = default;
    // Waits for `duration`; returns false at once when `cancel` fires.
    virtual bool sleepFor(std::chrono::milliseconds duration, const CancelToken* cancel) = 0;
};

class SystemSleeper final : public Sleeper {
public:
    bool sleepFor(std::chrono::milliseconds duration, const CancelToken* cancel) override;
};

} // namespace lectern::net
