// Fetches one lesson's media into a MediaSink: resumes a partial file with
// Range/If-Range, rebuilds the running SHA-256 from the stored prefix, checks
// size and SHA-256 against the catalog before the sink commits, and maps every
// failure to a MediaError the Downloads page can act on.
#pragma once

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>

#include "media/media_error.h"
#include "media/media_sink.h"
#include "net/api_client.h"
#include "net/cancel_token.h"
#include "net/http_client.h"
#include "sync/user_data_sync.h" // AccessTokenProvider: the same token source sync uses

namespace lectern::media {

using sync::AccessTokenProvider;

// What the catalog says about a lesson's media (course feed: media_size, media_sha256).
struct LessonMedia {
    std::string lessonId;
    std::uint64_t size = 0;
    std::string sha256; // lower-case hex; empty when the lesson has no media
};

// Where the bytes come from.
struct DownloadSource {
    std::string url;
    bool bearer = true;  // send the signed-in account's access token
    std::string ifRange; // entity tag for If-Range ("" sends none: the SHA-256 check still catches a changed file)
};

// GET /v1/media/lessons/{id} on the API's server, If-Range "<media_sha256>" (docs/api.md, Media).
[[nodiscard]] DownloadSource lessonMediaSource(const net::ApiClient& api, const LessonMedia& media);

struct DownloadProgress {
    std::uint64_t done = 0;    // bytes received or stored so far
    std::uint64_t durable = 0; // of those, fsynced at the last checkpoint (survive a kill)
    std::uint64_t total = 0;
};
using DownloadProgressCallback = std::function<void(const DownloadProgress&)>;

// Free bytes for an unprivileged user on the file system holding `directory`
// (or its nearest existing parent).
[[nodiscard]] MediaResult<std::uint64_t> freeSpaceOf(const std::filesystem::path& directory);
using FreeSpaceProbe = std::function<MediaResult<std::uint64_t>(const std::filesystem::path& directory)>;

struct LessonDownloaderOptions {
    // fsync the partial after this many bytes, but not more often than every
    // checkpointInterval: on a fast link an fsync every 4 MB stalls the
    // transfer (the disk, not the network, sets the pace), and a crash then
    // costs at most about a second of downloading.
    std::uint64_t checkpointEvery = std::uint64_t{4} << 20;
    std::chrono::milliseconds checkpointInterval{1000};
    std::uint64_t spaceMargin = std::uint64_t{32} << 20;    // kept free beyond the bytes still to come
    std::uint64_t maxBytesPerSecond = 0;                     // 0: as fast as the link goes
    FreeSpaceProbe freeSpace = &freeSpaceOf;                 // a seam for tests
};

struct DownloadJob {
    DownloadSource source;
    LessonMedia media;
    std::filesystem::path directory; // where the sink writes (free-space check); empty: not checked
};

class LessonDownloader final {
public:
    // `http` may be shared between threads (HttpClient is thread-safe); so may
    // `tokens` (AccountSession::accessToken serialises refreshes).
    LessonDownloader(net::HttpClient& http, AccessTokenProvider tokens, LessonDownloaderOptions options = {});

    // Downloads (or finishes) one file. On success the sink has committed.
    // Network, Cancelled, DiskFull and Io keep the partial for a later resume;
    // NotEntitled, NotFound and Corrupt discard it.
    [[nodiscard]] MediaResult<void> download(const DownloadJob& job, MediaSink& sink,
                                             const net::CancelToken* cancel = nullptr,
                                             const DownloadProgressCallback& progress = {});

private:
    enum class Step { Done, Restart };
    [[nodiscard]] MediaResult<Step> attempt(const DownloadJob& job, MediaSink& sink, const net::CancelToken* cancel,
                                            const DownloadProgressCallback& progress);
    [[nodiscard]] net::HttpResult send(net::HttpRequest& request, bool bearer, const net::CancelToken* cancel);

    net::HttpClient& m_http;
    AccessTokenProvider m_tokens;
    LessonDownloaderOptions m_options;
};

} // namespace lectern::media
