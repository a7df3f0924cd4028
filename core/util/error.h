// One error type for the whole core: a stable code the UI can translate, plus
// detail (an SQLite message, a file path, a JSON field) for logs and tooltips.
#pragma once

#include <expected>
#include <string>

namespace lectern {

enum class ErrorCode {
    Io,              // file could not be read or written
    Database,        // SQLite failed; detail holds its message
    DatabaseBusy,    // another writer held the lock past the busy timeout
    SchemaTooNew,    // database written by a newer Lectern; left untouched
    NotFound,
    InvalidArgument, // caller passed something meaningless
    InvalidData,     // a file or message did not match its format; detail names the field
};

struct Error {
    ErrorCode code;
    std::string detail;
};

template <typename T>
using Result = std::expected<T, Error>;

[[nodiscard]] inline std::unexpected<Error> fail(ErrorCode code, std::string detail = {})
{
    return std::unexpected(Error{code, std::move(detail)});
}

// Stable machine name of a code, for logs and the CLI.
[[nodiscard]] const char* errorCodeName(ErrorCode code);

} // namespace lectern
