#include "media/media_error.h"

namespace lectern::media {

const char* mediaErrorCodeName(MediaErrorCode code)
{
    switch (code) {
    case MediaErrorCode::Io: return "io";
    case MediaErrorCode::DiskFull: return "disk_full";
    case MediaErrorCode::Corrupt: return "corrupt";
    case MediaErrorCode::WrongKey: return "wrong_key";
    case MediaErrorCode::NotFound: return "not_found";
    case MediaErrorCode::NotEntitled: return "not_entitled";
    case MediaErrorCode::Network: return "network";
    case MediaErrorCode::Cancelled: return "cancelled";
    case MediaErrorCode::Format: return "format";
    }
    return "unknown";
}

} // namespace lectern::media
