#include "util/error.h"

namespace lectern {

const char* errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Io: return "io";
    case ErrorCode::Database: return "database";
    case ErrorCode::DatabaseBusy: return "database_busy";
    case ErrorCode::SchemaTooNew: return "schema_too_new";
    case ErrorCode::NotFound: return "not_found";
    case ErrorCode::InvalidArgument: return "invalid_argument";
    case ErrorCode::InvalidData: return "invalid_data";
    }
    return "unknown";
}

} // namespace lectern
