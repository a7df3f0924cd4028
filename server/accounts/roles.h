// Role names as the API and the stores spell them.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "http/api_types.h"

namespace lectern::server {

[[nodiscard]] std::string roleName(Role role);
[[nodiscard]] std::optional<Role> roleFromName(std::string_view name);

} // namespace lectern::server
