#include "store/local_store.h"

namespace lectern::store {

// Placeholder until the user-data tables land (same session): an empty step.
const std::string_view kUserDataV4 = R"sql(
SELECT 1;
)sql";

} // namespace lectern::store
