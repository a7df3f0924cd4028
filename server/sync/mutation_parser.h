// Strict validation of one pushed mutation. A bad mutation is rejected on its
// own (its result names the field) so the rest of the batch still applies.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include <nlohmann/json_fwd.hpp>

#include "http/api_error.h"
#include "sync/sync_types.h"

namespace lectern::server::sync {

// value: one element of "mutations"; path: "mutations[3]", the prefix of every
// field named in an error; nowSeconds bounds client_time and event times.
[[nodiscard]] ApiResult<Mutation> parseMutation(const nlohmann::json& value, const std::string& path,
                                                std::int64_t nowSeconds);

// RFC 3339 with its fraction kept to the millisecond (last-writer-wins needs
// better than one-second resolution); std::nullopt when it is not RFC 3339.
[[nodiscard]] std::optional<std::int64_t> parseTimeMillis(const std::string& text);

} // namespace lectern::server::sync
