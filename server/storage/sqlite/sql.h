// The few statement shapes every SQLite store uses, with storage failures
// mapped to API errors once instead of in every method.
#pragma once

#include <optional>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "http/api_error.h"
#include "store/database.h"

namespace lectern::server::sqlite {

// Cached statements outlive one use; a statement left mid-result would keep
// its read snapshot open on the pooled connection, so every query resets.
class ResetOnExit final {
public:
    explicit ResetOnExit(store::Statement& statement)
        : m_statement(statement)
    {
    }
    ResetOnExit(const ResetOnExit&) = delete;
    ResetOnExit& operator=(const ResetOnExit&) = delete;
    ~ResetOnExit() { m_statement.reset(); }

private:
    store::Statement& m_statement;
};

namespace detail {

template <typename T>
struct Unwrap {
    using type = T;
};
template <typename T>
struct Unwrap<ApiResult<T>> {
    using type = T;
};

// A row mapper returns the value, or ApiResult<value> when a row can be damaged.
template <typename Read>
using RowOf = typename Unwrap<std::invoke_result_t<Read&, const store::Statement&>>::type;

template <typename... Args>
[[nodiscard]] ApiResult<store::Statement*> bound(store::Database& db, std::string_view sql, const Args&... args)
{
    auto stmt = db.cached(sql);
    if (!stmt)
        return storeError(stmt.error());
    if constexpr (sizeof...(Args) > 0)
        (*stmt)->bindAll(args...);
    return *stmt;
}

// The current row through read, as ApiResult<Row> whichever form read returns.
template <typename Read>
[[nodiscard]] ApiResult<RowOf<Read>> mapRow(Read& read, const store::Statement& row)
{
    return read(row);
}

} // namespace detail

// A statement that returns no rows.
template <typename... Args>
[[nodiscard]] ApiResult<void> execute(store::Database& db, std::string_view sql, const Args&... args)
{
    auto stmt = detail::bound(db, sql, args...);
    if (!stmt)
        return std::unexpected(stmt.error());
    if (auto ok = (*stmt)->run(); !ok)
        return storeError(ok.error());
    return {};
}

// The first row, mapped by read(statement); nullopt when there is none.
template <typename Read, typename... Args>
[[nodiscard]] ApiResult<std::optional<detail::RowOf<Read>>> queryOne(store::Database& db, std::string_view sql, Read&& read,
                                                                     const Args&... args)
{
    using Row = detail::RowOf<Read>;
    auto stmt = detail::bound(db, sql, args...);
    if (!stmt)
        return std::unexpected(stmt.error());
    ResetOnExit reset(**stmt);
    auto row = (*stmt)->step();
    if (!row)
        return storeError(row.error());
    if (!*row)
        return std::optional<Row>();
    auto value = detail::mapRow(read, **stmt);
    if (!value)
        return std::unexpected(value.error());
    return std::optional<Row>(std::move(*value));
}

// Every row, in the statement's order.
template <typename Read, typename... Args>
[[nodiscard]] ApiResult<std::vector<detail::RowOf<Read>>> queryAll(store::Database& db, std::string_view sql, Read&& read,
                                                                   const Args&... args)
{
    using Row = detail::RowOf<Read>;
    auto stmt = detail::bound(db, sql, args...);
    if (!stmt)
        return std::unexpected(stmt.error());
    ResetOnExit reset(**stmt);
    std::vector<Row> rows;
    for (;;) {
        auto row = (*stmt)->step();
        if (!row)
            return storeError(row.error());
        if (!*row)
            return rows;
        auto value = detail::mapRow(read, **stmt);
        if (!value)
            return std::unexpected(value.error());
        rows.push_back(std::move(*value));
    }
}

// Hands every row to visit(statement) -> ApiResult<void> while it is the
// current row, without copying it (views into it end at the next step). An
// error from visit stops the walk and is returned.
template <typename Visit, typename... Args>
[[nodiscard]] ApiResult<void> forEachRow(store::Database& db, std::string_view sql, Visit&& visit, const Args&... args)
{
    auto stmt = detail::bound(db, sql, args...);
    if (!stmt)
        return std::unexpected(stmt.error());
    ResetOnExit reset(**stmt);
    for (;;) {
        auto row = (*stmt)->step();
        if (!row)
            return storeError(row.error());
        if (!*row)
            return {};
        if (auto ok = visit(std::as_const(**stmt)); !ok)
            return ok;
    }
}

// Whether the query returns any row.
template <typename... Args>
[[nodiscard]] ApiResult<bool> exists(store::Database& db, std::string_view sql, const Args&... args)
{
    auto found = queryOne(db, sql, [](const store::Statement&) { return true; }, args...);
    if (!found)
        return std::unexpected(found.error());
    return found->has_value();
}

} // namespace lectern::server::sqlite
