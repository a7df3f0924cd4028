// What can go wrong with offline media, in terms a learner can act on: the
// player and the Downloads page turn each code into a message and an action
// (re-download, free disk space, renew, sign in).
#pragma once

#include <expected>
#include <string>

namespace lectern::media {

enum class MediaErrorCode {
    Io,          // a file could not be read or written (detail: path and errno text)
    DiskFull,    // ENOSPC / EDQUOT, or not enough free space to start
    Corrupt,     // SHA-256 mismatch, truncated or tampered ciphertext: re-download
    WrongKey,    // the file's key cannot be unwrapped with this device's key
    NotFound,    // no downloaded file for that lesson
    NotEntitled, // server said 403 / the signed entitlement does not cover it
    Network,     // transport or server failure (detail from net::ApiError)
    Cancelled,
    Format,      // not a Lectern media file, or an unsupported version
};

struct MediaError {
    MediaErrorCode code;
    std::string detail;
};

template <typename T>
using MediaResult = std::expected<T, MediaError>;

[[nodiscard]] inline std::unexpected<MediaError> mediaFail(MediaErrorCode code, std::string detail = {})
{
    return std::unexpected(MediaError{code, std::move(detail)});
}

[[nodiscard]] const char* mediaErrorCodeName(MediaErrorCode code);

} // namespace lectern::media
