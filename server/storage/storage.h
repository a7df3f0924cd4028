// The persistence seam of lectern-server. Services run units of work through
// `Storage` and reach each area's store through the `StoreTransaction` they are
// handed; they never see SQL or a connection. storage/sqlite/ implements it for
// SQLite; a PostgreSQL backend implements the same two interfaces.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <utility>

#include "http/api_error.h"

namespace lectern::server {

class AccountStore;
class CatalogStore;
class CommerceStore;
class EntitlementStore;
class MediaStore;
namespace sync {
class SyncStore;
}

// Every area's store inside one unit of work. The references live as long as
// the callback that received this object; so does any sync store it made.
class StoreTransaction {
public:
    virtual ~StoreTransaction() = default;

    [[nodiscard]] virtual AccountStore& accounts() = 0;
    [[nodiscard]] virtual CatalogStore& catalog() = 0;
    [[nodiscard]] virtual CommerceStore& commerce() = 0;
    [[nodiscard]] virtual EntitlementStore& entitlements() = 0;
    [[nodiscard]] virtual MediaStore& media() = 0;
    // Sync data is only reachable scoped to one user: no id can name another user's records.
    [[nodiscard]] virtual std::unique_ptr<sync::SyncStore> sync(const std::string& userId) = 0;
};

using UnitOfWork = std::function<ApiResult<void>(StoreTransaction&)>;

class Storage {
public:
    virtual ~Storage() = default;

    // Runs work atomically: everything it wrote is committed when it succeeds
    // and nothing when it returns an error (which is passed back unchanged).
    // Write units are serialised against each other — no two ever interleave —
    // which is what makes "look up the idempotency key, charge, record" charge
    // once. Never retried after work ran (work may have called a payment provider).
    [[nodiscard]] virtual ApiResult<void> write(const UnitOfWork& work) = 0;

    // Runs work that only reads, on one consistent snapshot: every read inside
    // sees the same committed state. Writing inside is a programming error.
    [[nodiscard]] virtual ApiResult<void> read(const UnitOfWork& work) = 0;
};

namespace detail {

// Carries body's typed result out of the type-erased unit of work.
template <typename T, typename Run, typename Body>
[[nodiscard]] ApiResult<T> typedUnit(Run&& run, Body&& body)
{
    std::optional<ApiResult<T>> outcome;
    auto done = run([&](StoreTransaction& tx) -> ApiResult<void> {
        outcome.emplace(body(tx));
        if (!*outcome)
            return std::unexpected(outcome->error());
        return {};
    });
    if (!done)
        return std::unexpected(std::move(done.error()));
    return std::move(*outcome);
}

} // namespace detail

// Typed forms of Storage::write/read: body(StoreTransaction&) -> ApiResult<T>.
template <typename T, typename Body>
[[nodiscard]] ApiResult<T> writeUnit(Storage& storage, Body&& body)
{
    return detail::typedUnit<T>([&](const UnitOfWork& work) { return storage.write(work); }, body);
}

template <typename T, typename Body>
[[nodiscard]] ApiResult<T> readUnit(Storage& storage, Body&& body)
{
    return detail::typedUnit<T>([&](const UnitOfWork& work) { return storage.read(work); }, body);
}

} // namespace lectern::server
