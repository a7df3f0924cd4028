#include "sync/sync_failure.h"

namespace lectern::sync {

std::string SyncFailure::describe() const
{
    if (const auto* error = network())
        return error->describe();
    const Error& error = *local();
    return std::string("local store: ") + errorCodeName(error.code) + ": " + error.detail;
}

} // namespace lectern::sync
