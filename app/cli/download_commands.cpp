// lectern-cli download: the app's download queue without a GUI. One line per
// progress step and state change on stdout, so tests and benchmarks can follow
// (and kill) it:
//   progress LESSON DONE STORED TOTAL     STORED: bytes fsynced, kept by a kill
//   state LESSON STATE [CODE: DETAIL]
#include <chrono>
#include <cstdarg>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <mutex>
#include <optional>
#include <string>

#include "account/account_session.h"
#include "account/session_store.h"
#include "cli_commands.h"
#include "media/device_key.h"
#include "media/download_queue.h"
#include "media/encrypted_file.h"
#include "media/lesson_downloader.h"
#include "media/plain_file_sink.h"
#include "net/api_client.h"
#include "net/curl_http_client.h"

namespace lectern::cli {

namespace {

constexpr const char* kUsage =
    "usage: download COURSE_ID [--lesson ID] [--plain | --encrypted] [--max-rate BYTES_PER_S]\n"
    "                [--checkpoint-bytes N] [--concurrency N]\n"
    "       download --url URL --size N --sha256 HEX --output FILE [--max-rate …] [--checkpoint-bytes N]\n"
    "Lessons come from the local catalog (run sync first); paid lessons need a signed-in\n"
    "account that owns them. Paid lessons are stored encrypted with this device's key\n"
    "(<data>/device.key); free previews, and everything with --plain, are stored as they are.\n"
    "--encrypted encrypts free previews too (benchmarks).\n"
    "The --url form fetches any HTTP URL without signing in and checks size and SHA-256.\n";

std::int64_t unixNow()
{
    return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}

struct DownloadArgs {
    std::string courseId;
    std::string lessonId;
    bool plain = false;
    bool encrypted = false;
    bool help = false;
    std::string url;
    std::string output;
    std::string sha256;
    std::uint64_t size = 0;
    bool haveSize = false;
    int concurrency = 2;
    media::LessonDownloaderOptions downloader;
};

bool parse(const Args& args, DownloadArgs& out)
{
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        const bool hasValue = i + 1 < args.size();
        if (arg == "--lesson" && hasValue)
            out.lessonId = args[++i];
        else if (arg == "--plain")
            out.plain = true;
        else if (arg == "--encrypted")
            out.encrypted = true;
        else if (arg == "--help" || arg == "-h")
            out.help = true;
        else if (arg == "--url" && hasValue)
            out.url = args[++i];
        else if (arg == "--output" && hasValue)
            out.output = args[++i];
        else if (arg == "--sha256" && hasValue)
            out.sha256 = args[++i];
        else if (arg == "--size" && hasValue) {
            out.size = std::strtoull(args[++i].c_str(), nullptr, 10);
            out.haveSize = true;
        } else if (arg == "--max-rate" && hasValue)
            out.downloader.maxBytesPerSecond = std::strtoull(args[++i].c_str(), nullptr, 10);
        else if (arg == "--checkpoint-bytes" && hasValue)
            out.downloader.checkpointEvery = std::strtoull(args[++i].c_str(), nullptr, 10);
        else if (arg == "--concurrency" && hasValue)
            out.concurrency = std::max(1, std::atoi(args[++i].c_str()));
        else if (out.courseId.empty() && !arg.empty() && arg[0] != '-')
            out.courseId = arg;
        else
            return false;
    }
    if (out.help || (out.plain && out.encrypted))
        return false;
    if (!out.url.empty())
        return out.courseId.empty() && !out.output.empty() && out.haveSize && !out.sha256.empty();
    return !out.courseId.empty();
}

[[gnu::format(printf, 1, 2)]] void line(const char* format, ...)
{
    static std::mutex mutex; // workers print from their own threads
    std::lock_guard lock(mutex);
    std::va_list values;
    va_start(values, format);
    std::vprintf(format, values);
    va_end(values);
    std::fflush(stdout);
}

class PrintingObserver final : public media::DownloadObserver {
public:
    void downloadChanged(const media::DownloadEntry& entry) override
    {
        if (entry.state == media::DownloadState::Active)
            line("progress %s %llu %llu %llu\n", entry.lessonId.c_str(), static_cast<unsigned long long>(entry.bytesDone),
                 static_cast<unsigned long long>(entry.bytesStored), static_cast<unsigned long long>(entry.bytesTotal));
        std::lock_guard lock(m_mutex);
        auto& last = m_lastState[entry.lessonId];
        if (last == entry.state && entry.state == media::DownloadState::Active)
            return;
        last = entry.state;
        if (entry.error && entry.state != media::DownloadState::Completed)
            line("state %s %s %s: %s\n", entry.lessonId.c_str(), media::downloadStateName(entry.state),
                 media::mediaErrorCodeName(entry.error->code), entry.error->detail.c_str());
        else
            line("state %s %s\n", entry.lessonId.c_str(), media::downloadStateName(entry.state));
    }
    void downloadRemoved(const std::string& lessonId) override { line("state %s removed\n", lessonId.c_str()); }

private:
    std::mutex m_mutex;
    std::map<std::string, media::DownloadState> m_lastState;
};

int failure(const media::MediaError& error)
{
    std::fprintf(stderr, "lectern-cli: %s: %s\n", media::mediaErrorCodeName(error.code), error.detail.c_str());
    return 1;
}

double secondsSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

int downloadUrl(const DownloadArgs& args)
{
    net::CurlHttpClient curl;
    media::LessonDownloader downloader(curl, {}, args.downloader);
    media::PlainFileSink sink(args.output);
    const media::DownloadJob job{media::DownloadSource{args.url, false, {}},
                                 media::LessonMedia{"url", args.size, args.sha256},
                                 std::filesystem::absolute(args.output).parent_path()};
    auto last = std::chrono::steady_clock::now() - std::chrono::seconds(1);
    std::uint64_t lastStored = 0;
    const auto started = std::chrono::steady_clock::now();
    auto done = downloader.download(job, sink, nullptr, [&](const media::DownloadProgress& p) {
        const auto now = std::chrono::steady_clock::now();
        if (p.durable == lastStored && now - last < std::chrono::milliseconds(250) && p.done != p.total)
            return;
        last = now;
        lastStored = p.durable;
        line("progress url %llu %llu %llu\n", static_cast<unsigned long long>(p.done),
             static_cast<unsigned long long>(p.durable), static_cast<unsigned long long>(p.total));
    });
    if (!done)
        return failure(done.error());
    const double seconds = secondsSince(started);
    line("downloaded %s: %llu bytes in %.2f s\n", args.output.c_str(), static_cast<unsigned long long>(args.size),
         seconds);
    return 0;
}

} // namespace

int runDownload(const GlobalOptions& global, const Args& rawArgs)
{
    DownloadArgs args;
    if (!parse(rawArgs, args)) {
        std::fputs(kUsage, args.help ? stdout : stderr);
        return args.help ? 0 : 2;
    }
    if (!args.url.empty())
        return downloadUrl(args);

    {
        int exitCode = 0;
        if (!openStore(global, exitCode)) // creates and migrates the profile before the queue opens it
            return exitCode;
    }
    net::CurlHttpClient curl; // streaming requests are never retried by RetryingHttpClient: the queue retries
    net::ApiClient api(curl, resolvedServerUrl(global));
    account::FileSessionStore sessions(global.dataDir / "session.json");
    account::AccountSession session(sessions, api, unixNow);

    media::DownloadQueueOptions options;
    options.databasePath = global.dataDir / "lectern.db";
    options.mediaDir = global.dataDir / "media";
    options.concurrency = args.concurrency;
    options.downloader = args.downloader;
    // Paid lessons are encrypted with this device's key (made on first use);
    // free previews and --plain downloads are kept as they are.
    std::optional<media::DeviceKey> deviceKey;
    const bool forceEncrypted = args.encrypted;
    media::SinkFactory sinks = [&deviceKey, forceEncrypted, keyFile = global.dataDir / "device.key"](
                                   const media::SinkSpec& spec) -> media::MediaResult<std::unique_ptr<media::MediaSink>> {
        if (!forceEncrypted && (spec.plain || spec.freePreview))
            return std::make_unique<media::PlainFileSink>(spec.path);
        static std::mutex keyMutex; // workers ask at once
        std::lock_guard lock(keyMutex);
        if (!deviceKey) {
            auto key = media::FileDeviceKeyStore(keyFile).loadOrCreate();
            if (!key)
                return std::unexpected(key.error());
            deviceKey = std::move(*key);
        }
        return std::make_unique<media::EncryptedFileSink>(spec.path, *deviceKey);
    };
    PrintingObserver observer;
    media::DownloadQueue queue(options, curl, api,
                               [&session](bool forceRefresh) { return session.accessToken(forceRefresh); },
                               std::move(sinks), &observer);
    if (auto ok = queue.start(); !ok)
        return failure(ok.error());

    std::vector<std::string> wanted;
    if (!args.lessonId.empty()) {
        if (auto ok = queue.enqueueLesson(args.lessonId, media::kNormalPriority, args.plain); !ok)
            return failure(ok.error());
        wanted.push_back(args.lessonId);
    } else {
        auto queued = queue.enqueueCourse(args.courseId, args.plain);
        if (!queued)
            return failure(queued.error());
        for (const auto& entry : queue.entries())
            if (entry.courseId == args.courseId)
                wanted.push_back(entry.lessonId);
    }
    const auto started = std::chrono::steady_clock::now();
    while (!queue.waitUntilIdle(std::chrono::hours(1))) {
    }
    queue.stop();

    int completed = 0;
    std::uint64_t bytes = 0;
    for (const auto& id : wanted) {
        const auto entry = queue.entry(id);
        if (entry && entry->state == media::DownloadState::Completed) {
            ++completed;
            bytes += entry->bytesTotal;
        }
    }
    const double seconds = secondsSince(started);
    line("downloaded %d of %zu lessons (%llu bytes in %.2f s)\n", completed, wanted.size(),
         static_cast<unsigned long long>(bytes), seconds);
    return completed == static_cast<int>(wanted.size()) ? 0 : 1;
}

} // namespace lectern::cli
