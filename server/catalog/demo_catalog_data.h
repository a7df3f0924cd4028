// resources/catalog/demo_catalog.json, built into the server binary so
// `--demo` needs neither the source tree nor an installed share folder.
#pragma once

#include <string_view>

namespace lectern::server {

[[nodiscard]] std::string_view embeddedDemoCatalog();

} // namespace lectern::server
