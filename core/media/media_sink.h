// The seam between the downloader (which fetches plaintext bytes over HTTP
// with Range resume and checks SHA-256) and how the bytes are kept on disk:
// encrypted for paid lessons (EncryptedFileSink), plain for free previews
// and tests (PlainFileSink). A sink writes to a partial file next to the final
// path and makes the final file appear atomically on commit(), so a half file
// is never playable.
#pragma once

#include <cstdint>
#include <functional>
#include <string_view>

#include "media/media_error.h"

namespace lectern::media {

class MediaSink {
public:
    virtual ~MediaSink() = default;

    // Plaintext bytes already durably stored by an earlier attempt (0 for a
    // fresh download). The downloader asks the server for the rest with
    // Range: bytes=<resumableBytes()>-. A partial file the sink cannot trust
    // (bad header, torn tail) is trimmed to its last verified boundary here.
    [[nodiscard]] virtual MediaResult<std::uint64_t> resumableBytes() = 0;

    // Feeds the durable prefix (exactly resumableBytes() bytes of plaintext)
    // back in order, so the downloader can rebuild its running SHA-256.
    [[nodiscard]] virtual MediaResult<void> readPrefix(const std::function<void(std::string_view)>& consume) = 0;

    // Appends plaintext after what is stored. May buffer; DiskFull on ENOSPC.
    [[nodiscard]] virtual MediaResult<void> append(std::string_view plaintext) = 0;

    // Makes everything appended so far durable (fsync), so a later
    // resumableBytes() counts it. Called periodically and before pausing.
    [[nodiscard]] virtual MediaResult<void> checkpoint() = 0;

    // Flushes, fsyncs and renames the partial file to the final path.
    [[nodiscard]] virtual MediaResult<void> commit() = 0;

    // Removes the partial file (cancel, or corrupt data that must be fetched anew).
    virtual void discard() = 0;
};

} // namespace lectern::media
