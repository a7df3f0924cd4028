// The learner's downloads: a persistent queue (table `downloads`, migration 6)
// worked by its own threads. Lessons, sections or whole courses are queued
// from the local catalog; a "play now" lesson jumps the queue; at most
// `concurrency` files download at once; pause, resume, cancel, retry and
// delete; a storage limit; and after a restart (or a crash) queued and active
// downloads continue from their partial files. The queue can be held ("download
// only when idle"): then only play-now lessons start.
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "media/lesson_downloader.h"
#include "media/media_error.h"
#include "media/media_sink.h"
#include "net/api_client.h"
#include "net/cancel_token.h"
#include "net/http_client.h"
#include "store/database.h"

namespace lectern::media {

enum class DownloadState {
    Queued,    // waiting for a free slot (or for its retry time after a network failure)
    Active,    // bytes are moving
    Paused,    // by the learner; the partial file is kept
    Completed, // verified and committed at `path`
    Failed,    // `error` says why; retry() queues it again
};
[[nodiscard]] const char* downloadStateName(DownloadState state);

// Priorities: higher runs first, then first come first served.
inline constexpr int kNormalPriority = 0;
inline constexpr int kPlayNowPriority = 100;

struct DownloadEntry {
    std::string lessonId;
    std::string courseId;
    DownloadState state = DownloadState::Queued;
    int priority = kNormalPriority;
    bool plain = false;       // asked for plain storage (free previews, tests)
    bool freePreview = false; // from the catalog
    std::filesystem::path path; // the final file
    std::uint64_t bytesDone = 0;   // received (or stored, when not active)
    std::uint64_t bytesStored = 0; // fsynced at the last checkpoint: survives a crash
    std::uint64_t bytesTotal = 0;
    int attempts = 0;
    std::optional<MediaError> error; // why it failed, or the last transient failure while queued
};

// A held queue (DownloadQueue::setHeld) still starts this entry: the player asked for it.
[[nodiscard]] inline bool startsWhileHeld(const DownloadEntry& entry) { return entry.priority >= kPlayNowPriority; }

// State changes and progress, from the queue's worker threads (or the caller's
// thread for pause/cancel…). A GUI marshals to its own thread (a queued
// invokeMethod); calls never come with the queue's lock held, so an observer
// may call back into the queue.
class DownloadObserver {
public:
    virtual ~DownloadObserver() = default;
    // Any change of state, priority or error, and progress at most every `progressInterval`.
    virtual void downloadChanged(const DownloadEntry& entry) = 0;
    // Cancelled or deleted: the row and its files are gone.
    virtual void downloadRemoved(const std::string& lessonId) = 0;
};

// What a sink is for; the factory decides how the bytes are kept.
struct SinkSpec {
    std::string lessonId;
    std::string courseId;
    std::filesystem::path path; // the final file
    bool plain = false;         // plain storage was asked for
    bool freePreview = false;
};
using SinkFactory = std::function<MediaResult<std::unique_ptr<MediaSink>>(const SinkSpec& spec)>;

// PlainFileSink for every lesson (tests, benchmarks).
[[nodiscard]] SinkFactory plainSinkFactory();

struct DownloadQueueOptions {
    std::filesystem::path databasePath; // the profile's lectern.db; the queue opens its own connection
    std::filesystem::path mediaDir;     // files go to <mediaDir>/<course id>/<lesson id>.media
    int concurrency = 2;
    int maxNetworkAttempts = 5; // network failures retried (from the partial) before the entry fails
    std::chrono::milliseconds retryDelay{2000}; // doubled per attempt
    std::chrono::milliseconds progressInterval{250};
    LessonDownloaderOptions downloader;
};

class DownloadQueue final {
public:
    // `http`, `api` and `tokens` must outlive the queue; `observer` may be null.
    DownloadQueue(DownloadQueueOptions options, net::HttpClient& http, const net::ApiClient& api,
                  AccessTokenProvider tokens, SinkFactory sinks, DownloadObserver* observer = nullptr);
    ~DownloadQueue(); // stop()
    DownloadQueue(const DownloadQueue&) = delete;
    DownloadQueue& operator=(const DownloadQueue&) = delete;

    // Opens the database, turns downloads left active by a previous run back
    // into queued ones, and starts the workers. After stop(), starts them again.
    [[nodiscard]] MediaResult<void> start();
    // Stops the workers; active downloads are interrupted and stay queued
    // (their partial files kept) for the next start().
    void stop();

    // Queue from the local catalog. A lesson already completed (file present)
    // or active is left alone; a paused or failed one is queued again.
    // Lessons without media are skipped (enqueueLesson: NotFound).
    [[nodiscard]] MediaResult<void> enqueueLesson(const std::string& lessonId, int priority = kNormalPriority,
                                                  bool plain = false);
    [[nodiscard]] MediaResult<int> enqueueSection(const std::string& sectionId, bool plain = false);
    [[nodiscard]] MediaResult<int> enqueueCourse(const std::string& courseId, bool plain = false);
    // The player wants this lesson: it goes before everything queued.
    [[nodiscard]] MediaResult<void> playNow(const std::string& lessonId) { return enqueueLesson(lessonId, kPlayNowPriority); }

    [[nodiscard]] MediaResult<void> pause(const std::string& lessonId);
    [[nodiscard]] MediaResult<void> resume(const std::string& lessonId);
    // Stops and forgets the download; its partial file is removed. A
    // completed download is left alone (see deleteLesson).
    [[nodiscard]] MediaResult<void> cancel(const std::string& lessonId);
    // A failed download, queued again with a fresh attempt count.
    [[nodiscard]] MediaResult<void> retry(const std::string& lessonId);

    // Removes the lesson's download whatever its state: file, partial and row.
    [[nodiscard]] MediaResult<void> deleteLesson(const std::string& lessonId);
    [[nodiscard]] MediaResult<void> deleteCourse(const std::string& courseId);

    [[nodiscard]] std::vector<DownloadEntry> entries() const;
    [[nodiscard]] std::optional<DownloadEntry> entry(const std::string& lessonId) const;

    // Bytes on disk (completed files and partials).
    [[nodiscard]] std::uint64_t courseUsage(const std::string& courseId) const;
    [[nodiscard]] std::uint64_t totalUsage() const;

    // nullopt: no limit. A download that would take the media folder past the
    // limit fails with DiskFull and says so. Persisted.
    [[nodiscard]] MediaResult<void> setStorageLimit(std::optional<std::uint64_t> bytes);
    [[nodiscard]] std::optional<std::uint64_t> storageLimit() const;

    void setConcurrency(int downloads);

    // The start gate behind "download only when idle". While held, queued
    // downloads do not start unless startsWhileHeld() (play now); a running one
    // that is not play-now is stopped and queued again with its partial file
    // kept, and continues from there once the hold is released (a hold is not
    // the download's fault: the attempt is not counted). May be called before
    // start(), so a queue can open held. Not persisted.
    void setHeld(bool held);
    [[nodiscard]] bool held() const;

    // The learner's "download only when idle" setting, persisted with the
    // storage limit. The queue only keeps it: whoever knows whether the learner
    // is idle (the desktop app) turns it into setHeld() calls.
    [[nodiscard]] MediaResult<void> setOnlyWhenIdle(bool on);
    [[nodiscard]] bool onlyWhenIdle() const;

    // Blocks until nothing is queued or active (or the timeout passes); true when idle.
    // Downloads waiting for a hold count as queued.
    bool waitUntilIdle(std::chrono::milliseconds timeout);

private:
    struct Slot; // an entry plus what only the running queue needs
    // Why a running transfer was cancelled, so the worker knows what state it
    // ends in. Requeue: paused, then resumed before the transfer had stopped.
    enum class Stop { None, Pause, Cancel, Delete, Shutdown, Hold, Requeue };

    void work();
    void runOne(const std::string& lessonId, std::unique_lock<std::mutex>& lock);
    [[nodiscard]] Slot* nextRunnable(std::chrono::steady_clock::time_point now,
                                     std::optional<std::chrono::steady_clock::time_point>& wakeAt);
    [[nodiscard]] int activeCount() const;
    [[nodiscard]] bool idle() const;

    [[nodiscard]] MediaResult<void> save(const DownloadEntry& entry);
    [[nodiscard]] MediaResult<void> forget(const std::string& lessonId);
    [[nodiscard]] MediaResult<int> enqueueAll(std::string_view column, const std::string& id, bool plain,
                                              const std::string& whenEmpty);
    [[nodiscard]] MediaResult<void> enqueueLocked(const std::string& lessonId, int priority, bool plain,
                                                  std::vector<DownloadEntry>& changed);
    [[nodiscard]] MediaResult<void> removeLocked(const std::string& lessonId, bool alsoCompleted,
                                                 std::unique_lock<std::mutex>& lock);
    [[nodiscard]] MediaResult<void> saveSetting(std::string_view key, const std::optional<std::string>& value);
    void removeFiles(const DownloadEntry& entry);
    [[nodiscard]] SinkSpec specOf(const DownloadEntry& entry) const;
    [[nodiscard]] std::uint64_t usageOf(const std::filesystem::path& folder) const;

    void notify(const std::vector<DownloadEntry>& changed, const std::vector<std::string>& removed = {});

    DownloadQueueOptions m_options;
    net::HttpClient& m_http;
    const net::ApiClient& m_api;
    AccessTokenProvider m_tokens;
    SinkFactory m_sinks;
    DownloadObserver* m_observer;

    mutable std::mutex m_mutex; // guards everything below, including the connection
    std::condition_variable m_wake;
    std::optional<store::Database> m_db; // used only under m_mutex
    std::map<std::string, std::unique_ptr<Slot>> m_slots;
    std::vector<std::thread> m_workers;
    std::int64_t m_nextSeq = 1;
    int m_concurrency;
    bool m_stopping = false;
    std::optional<std::uint64_t> m_storageLimit;
    bool m_onlyWhenIdle = false;
    bool m_held = false;
};

} // namespace lectern::media
