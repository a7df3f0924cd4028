#include "net/sleeper.h"

#include <thread>

namespace lectern::net {

bool SystemSleeper::sleepFor(std::chrono::milliseconds duration, const CancelToken* cancel)
{
    if (!cancel) {
        std::this_thread::sleep_for(duration);
        return true;
    }
    return !cancel->waitFor(duration);
}

} // namespace lectern::net
