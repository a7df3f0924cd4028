#include "media/lesson_downloader.h"

#include <sys/statvfs.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <optional>
#include <thread>

#include <openssl/evp.h>

#include "media/threaded_sink.h"

namespace lectern::media {

namespace {

constexpr int kMaxRestarts = 2; // from byte 0 within one download() call, before giving up as Corrupt

// The running SHA-256 of the plaintext. OpenSSL's rather than libsodium's:
// libsodium's portable SHA-256 ran at ~85 MB/s on the benchmark machine and
// capped downloads there, while OpenSSL uses the CPU's SHA extensions
// (~2 GB/s); see docs/benchmarks.md, "Offline media: downloads".
class Sha256 final {
public:
    Sha256()
        : m_context(EVP_MD_CTX_new())
    {
        if (m_context)
            EVP_DigestInit_ex(m_context, EVP_sha256(), nullptr);
    }
    ~Sha256() { EVP_MD_CTX_free(m_context); }
    Sha256(const Sha256&) = delete;
    Sha256& operator=(const Sha256&) = delete;

    void update(std::string_view bytes)
    {
        if (m_context)
            EVP_DigestUpdate(m_context, bytes.data(), bytes.size());
    }
    // "" when OpenSSL failed (out of memory), which no catalog hash matches.
    [[nodiscard]] std::string hex()
    {
        unsigned char digest[EVP_MAX_MD_SIZE];
        unsigned int length = 0;
        if (!m_context || EVP_DigestFinal_ex(m_context, digest, &length) != 1)
            return {};
        static constexpr char kDigits[] = "0123456789abcdef";
        std::string text;
        text.reserve(length * 2);
        for (unsigned int i = 0; i < length; ++i) {
            text += kDigits[digest[i] >> 4];
            text += kDigits[digest[i] & 0x0F];
        }
        return text;
    }

private:
    EVP_MD_CTX* m_context;
};

std::string megabytes(std::uint64_t bytes)
{
    const std::uint64_t tenths = (bytes * 10 + (std::uint64_t{1} << 19)) >> 20;
    return std::to_string(tenths / 10) + "." + std::to_string(tenths % 10) + " MB";
}

// "bytes A-B/SIZE" → A, or nullopt when the header does not have that shape.
std::optional<std::uint64_t> contentRangeStart(std::string_view value)
{
    if (!value.starts_with("bytes "))
        return std::nullopt;
    value.remove_prefix(6);
    std::uint64_t start = 0;
    std::size_t i = 0;
    for (; i < value.size() && value[i] >= '0' && value[i] <= '9'; ++i)
        start = start * 10 + static_cast<std::uint64_t>(value[i] - '0');
    if (i == 0 || i >= value.size() || value[i] != '-')
        return std::nullopt;
    return start;
}

MediaError networkFailure(const net::ApiError& error)
{
    return MediaError{MediaErrorCode::Network, error.describe()};
}

} // namespace

MediaResult<std::uint64_t> freeSpaceOf(const std::filesystem::path& directory)
{
    std::filesystem::path probe = directory.empty() ? std::filesystem::path(".") : directory;
    std::error_code ec;
    while (!std::filesystem::exists(probe, ec) && probe.has_parent_path() && probe != probe.parent_path())
        probe = probe.parent_path();
    struct statvfs info {};
    if (::statvfs(probe.c_str(), &info) != 0)
        return mediaFail(MediaErrorCode::Io, "cannot read free space of " + probe.string() + ": " + std::strerror(errno));
    return static_cast<std::uint64_t>(info.f_bavail) * static_cast<std::uint64_t>(info.f_frsize);
}

DownloadSource lessonMediaSource(const net::ApiClient& api, const LessonMedia& media)
{
    return DownloadSource{api.baseUrl() + "/v1/media/lessons/" + media.lessonId, true, "\"" + media.sha256 + "\""};
}

LessonDownloader::LessonDownloader(net::HttpClient& http, AccessTokenProvider tokens, LessonDownloaderOptions options)
    : m_http(http)
    , m_tokens(std::move(tokens))
    , m_options(std::move(options))
{
    if (m_options.checkpointEvery == 0)
        m_options.checkpointEvery = std::uint64_t{4} << 20;
}

net::HttpResult LessonDownloader::send(net::HttpRequest& request, bool bearer, const net::CancelToken* cancel)
{
    if (!bearer)
        return m_http.send(request, cancel);
    if (!m_tokens)
        return net::apiFail(net::ApiErrorCode::Unauthorized, "no account to download with");
    // The sync pattern: the current token, and after a 401 one forced refresh.
    // A 401 carries no body to the sink, so sending again is harmless.
    for (bool forceRefresh : {false, true}) {
        auto token = m_tokens(forceRefresh);
        if (!token)
            return std::unexpected(std::move(token.error()));
        request.headers.set("Authorization", "Bearer " + *token);
        auto response = m_http.send(request, cancel);
        if (!response || response->status != 401 || forceRefresh)
            return response;
    }
    return net::apiFail(net::ApiErrorCode::Unauthorized); // not reached
}

MediaResult<void> LessonDownloader::download(const DownloadJob& job, MediaSink& sink, const net::CancelToken* cancel,
                                             const DownloadProgressCallback& progress)
{
    if (job.media.sha256.size() != 64)
        return mediaFail(MediaErrorCode::NotFound, "lesson " + job.media.lessonId + " has no media in the catalog");
    for (int restart = 0; restart <= kMaxRestarts; ++restart) {
        auto step = attempt(job, sink, cancel, progress);
        if (!step)
            return std::unexpected(step.error());
        if (*step == Step::Done)
            return {};
    }
    sink.discard();
    return mediaFail(MediaErrorCode::Corrupt, "the server's file for lesson " + job.media.lessonId
                                                  + " does not match the catalog (it changed, or the catalog is out of date)");
}

MediaResult<LessonDownloader::Step> LessonDownloader::attempt(const DownloadJob& job, MediaSink& sink,
                                                              const net::CancelToken* cancel,
                                                              const DownloadProgressCallback& progress)
{
    const std::uint64_t total = job.media.size;
    auto stored = sink.resumableBytes();
    if (!stored)
        return std::unexpected(stored.error());
    std::uint64_t resumeFrom = *stored;
    if (resumeFrom > total) {
        sink.discard();
        resumeFrom = 0;
    }

    Sha256 hash;
    if (resumeFrom > 0) {
        std::uint64_t replayed = 0;
        auto read = sink.readPrefix([&](std::string_view bytes) {
            hash.update(bytes);
            replayed += bytes.size();
        });
        if (!read)
            return std::unexpected(read.error());
        if (replayed != resumeFrom) {
            sink.discard();
            return Step::Restart;
        }
    }
    auto finish = [&]() -> MediaResult<Step> {
        if (hash.hex() != job.media.sha256) {
            sink.discard();
            return mediaFail(MediaErrorCode::Corrupt, "SHA-256 of lesson " + job.media.lessonId
                                                          + " does not match the catalog; the download was discarded");
        }
        if (auto ok = sink.commit(); !ok)
            return std::unexpected(ok.error());
        if (progress)
            progress(DownloadProgress{total, total, total});
        return Step::Done;
    };
    if (resumeFrom == total) // everything arrived before; only the commit was missing
        return finish();

    if (!job.directory.empty() && m_options.freeSpace) {
        auto free = m_options.freeSpace(job.directory);
        if (!free)
            return std::unexpected(free.error());
        const std::uint64_t needed = total - resumeFrom + m_options.spaceMargin;
        if (*free < needed)
            return mediaFail(MediaErrorCode::DiskFull,
                             "not enough free space in " + job.directory.string() + ": the download needs "
                                 + megabytes(total - resumeFrom) + " plus " + megabytes(m_options.spaceMargin)
                                 + " to spare, " + megabytes(*free) + " is free");
    }
    if (progress)
        progress(DownloadProgress{resumeFrom, resumeFrom, total});

    // State of the body as it streams in.
    std::uint64_t received = 0;
    std::uint64_t durable = resumeFrom;
    std::uint64_t sinceCheckpoint = 0;
    bool overflow = false;
    std::optional<MediaError> sinkError;
    const auto started = std::chrono::steady_clock::now();
    auto lastCheckpoint = started;

    // Sealing and writing run beside the network thread, which receives and
    // hashes; `piped` is drained before `sink` is used directly again.
    ThreadedSink piped(sink);

    net::HttpRequest request;
    request.method = net::HttpMethod::Get;
    request.url = job.source.url;
    request.resumeFrom = resumeFrom;
    if (resumeFrom > 0 && !job.source.ifRange.empty())
        request.headers.add("If-Range", job.source.ifRange);
    request.sink = [&](std::string_view chunk) -> bool {
        if (resumeFrom + received + chunk.size() > total) {
            overflow = true; // more than the file has: not the body we asked for
            return false;
        }
        hash.update(chunk);
        if (auto ok = piped.append(chunk); !ok) {
            sinkError = ok.error();
            return false;
        }
        received += chunk.size();
        sinceCheckpoint += chunk.size();
        if (sinceCheckpoint >= m_options.checkpointEvery
            && std::chrono::steady_clock::now() - lastCheckpoint >= m_options.checkpointInterval) {
            if (auto ok = piped.checkpoint(); !ok) {
                sinkError = ok.error();
                return false;
            }
            sinceCheckpoint = 0;
            durable = resumeFrom + received;
            lastCheckpoint = std::chrono::steady_clock::now();
        }
        if (progress)
            progress(DownloadProgress{resumeFrom + received, durable, total});
        if (m_options.maxBytesPerSecond > 0) {
            const auto due = started
                + std::chrono::microseconds(received * 1'000'000 / m_options.maxBytesPerSecond);
            const auto now = std::chrono::steady_clock::now();
            if (due > now) {
                const auto wait = std::chrono::duration_cast<std::chrono::milliseconds>(due - now);
                if (cancel)
                    (void)cancel->waitFor(wait);
                else
                    std::this_thread::sleep_for(wait);
            }
        }
        return true;
    };

    auto keepPartial = [&](MediaError error) -> MediaResult<Step> {
        (void)sink.checkpoint(); // best effort: the next resume starts after what is stored
        return std::unexpected(std::move(error));
    };

    auto response = send(request, job.source.bearer, cancel);
    if (auto drained = piped.drain(); !drained && !sinkError)
        sinkError = drained.error();
    if (sinkError)
        return keepPartial(*sinkError);
    if (overflow) {
        sink.discard();
        return Step::Restart;
    }
    if (!response) {
        const net::ApiError& error = response.error();
        if (cancel && cancel->isCancelled())
            return keepPartial(MediaError{MediaErrorCode::Cancelled, "cancelled"});
        // libcurl refuses a 200 to a Range request before any byte reaches the
        // sink: the server ignored the range or If-Range saw another file.
        if (error.httpStatus == 200 && resumeFrom > 0 && received == 0) {
            sink.discard();
            return Step::Restart;
        }
        if (error.code == net::ApiErrorCode::Unauthorized)
            return mediaFail(MediaErrorCode::NotEntitled, "sign in to download: " + error.describe());
        return keepPartial(networkFailure(error));
    }

    switch (response->status) {
    case 206: {
        const auto range = response->headers.get("Content-Range");
        const auto start = range ? contentRangeStart(*range) : std::nullopt;
        if (!start || *start != resumeFrom) {
            sink.discard();
            return Step::Restart;
        }
        break;
    }
    case 200:
        if (resumeFrom > 0) { // the whole file landed after our prefix
            sink.discard();
            return Step::Restart;
        }
        break;
    case 416: // our prefix is not shorter than the server's file: it is not this file
        sink.discard();
        return Step::Restart;
    case 401:
        return mediaFail(MediaErrorCode::NotEntitled, "sign in to download: " + net::errorFromResponse(*response).describe());
    case 403:
        sink.discard();
        return mediaFail(MediaErrorCode::NotEntitled, net::errorFromResponse(*response).describe());
    case 404:
        sink.discard();
        return mediaFail(MediaErrorCode::NotFound, net::errorFromResponse(*response).describe());
    default:
        return keepPartial(networkFailure(net::errorFromResponse(*response)));
    }

    if (resumeFrom + received != total) {
        // The transfer ended cleanly (libcurl checks Content-Length), so the
        // server's file has another size than the catalog says.
        sink.discard();
        return mediaFail(MediaErrorCode::Corrupt, "the server's file for lesson " + job.media.lessonId + " has "
                                                      + std::to_string(resumeFrom + received) + " bytes, the catalog says "
                                                      + std::to_string(total) + "; the download was discarded");
    }
    return finish();
}

} // namespace lectern::media
