#include "media/download_queue.h"

#include <algorithm>
#include <chrono>

#include "media/plain_file_sink.h"
#include "store/local_store.h"

namespace lectern::media {

namespace {

constexpr std::string_view kStorageLimitKey = "downloads.storage_limit";
constexpr std::string_view kOnlyWhenIdleKey = "downloads.only_when_idle";

std::int64_t unixNow()
{
    return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}

MediaError storageFailure(const Error& error)
{
    return MediaError{MediaErrorCode::Io, std::string("local database: ") + error.detail};
}

std::unexpected<MediaError> storageFail(const Error& error) { return std::unexpected(storageFailure(error)); }

std::optional<DownloadState> stateFromName(std::string_view name)
{
    for (auto state : {DownloadState::Queued, DownloadState::Active, DownloadState::Paused, DownloadState::Completed,
                       DownloadState::Failed})
        if (name == downloadStateName(state))
            return state;
    return std::nullopt;
}

MediaErrorCode errorCodeFromName(std::string_view name)
{
    for (auto code : {MediaErrorCode::Io, MediaErrorCode::DiskFull, MediaErrorCode::Corrupt, MediaErrorCode::WrongKey,
                      MediaErrorCode::NotFound, MediaErrorCode::NotEntitled, MediaErrorCode::Network,
                      MediaErrorCode::Cancelled, MediaErrorCode::Format})
        if (name == mediaErrorCodeName(code))
            return code;
    return MediaErrorCode::Io;
}

// Ids become folder and file names: only catalog-shaped ids are accepted.
bool safeId(std::string_view id)
{
    return !id.empty() && id.size() <= 64
        && std::all_of(id.begin(), id.end(), [](char c) {
               return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-' || c == '_';
           });
}

std::string megabytes(std::uint64_t bytes)
{
    const std::uint64_t tenths = (bytes * 10 + (std::uint64_t{1} << 19)) >> 20;
    return std::to_string(tenths / 10) + "." + std::to_string(tenths % 10) + " MB";
}

struct CatalogFacts {
    std::string courseId;
    LessonMedia media;
    bool freePreview = false;
};

Result<std::optional<CatalogFacts>> lessonFacts(store::Database& db, const std::string& lessonId)
{
    auto query = db.cached("SELECT c.id, l.media_size, l.media_sha256, l.free_preview FROM lessons l "
                           "JOIN sections s ON s.id = l.section_id JOIN courses c ON c.key = s.course_key "
                           "WHERE l.id = ?1");
    if (!query)
        return std::unexpected(query.error());
    (*query)->bindAll(lessonId);
    auto row = (*query)->step();
    if (!row)
        return std::unexpected(row.error());
    std::optional<CatalogFacts> facts;
    if (*row && !(*query)->isNull(1) && (*query)->int64(1) >= 0) {
        facts = CatalogFacts{(*query)->text(0),
                             LessonMedia{lessonId, static_cast<std::uint64_t>((*query)->int64(1)), (*query)->text(2)},
                             (*query)->int64(3) != 0};
    }
    (*query)->reset();
    if (facts && facts->media.sha256.empty())
        facts.reset();
    return facts;
}

Result<std::vector<std::string>> lessonIds(store::Database& db, std::string_view where, const std::string& id)
{
    auto query = db.prepare("SELECT l.id FROM lessons l JOIN sections s ON s.id = l.section_id "
                            "JOIN courses c ON c.key = s.course_key WHERE "
                            + std::string(where)
                            + " = ?1 AND l.media_sha256 <> '' AND l.media_size IS NOT NULL "
                              "ORDER BY s.position, l.position");
    if (!query)
        return std::unexpected(query.error());
    query->bindAll(id);
    std::vector<std::string> ids;
    while (true) {
        auto row = query->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        ids.push_back(query->text(0));
    }
    return ids;
}

} // namespace

const char* downloadStateName(DownloadState state)
{
    switch (state) {
    case DownloadState::Queued: return "queued";
    case DownloadState::Active: return "active";
    case DownloadState::Paused: return "paused";
    case DownloadState::Completed: return "completed";
    case DownloadState::Failed: return "failed";
    }
    return "queued";
}

SinkFactory plainSinkFactory()
{
    return [](const SinkSpec& spec) -> MediaResult<std::unique_ptr<MediaSink>> {
        return std::make_unique<PlainFileSink>(spec.path);
    };
}

struct DownloadQueue::Slot {
    DownloadEntry entry;
    std::int64_t seq = 0;
    std::int64_t createdAt = 0;
    bool running = false;
    Stop stop = Stop::None;
    net::CancelToken* cancel = nullptr; // while running; owned by the worker's stack
    std::chrono::steady_clock::time_point retryAt{};
    int corruptRetries = 0;
};

DownloadQueue::DownloadQueue(DownloadQueueOptions options, net::HttpClient& http, const net::ApiClient& api,
                             AccessTokenProvider tokens, SinkFactory sinks, DownloadObserver* observer)
    : m_options(std::move(options))
    , m_http(http)
    , m_api(api)
    , m_tokens(std::move(tokens))
    , m_sinks(std::move(sinks))
    , m_observer(observer)
    , m_concurrency(std::max(1, m_options.concurrency))
{
}

DownloadQueue::~DownloadQueue() { stop(); }

MediaResult<void> DownloadQueue::start()
{
    std::vector<DownloadEntry> changed;
    {
        std::lock_guard lock(m_mutex);
        if (m_db) { // started before: only the workers may need to come back after stop()
            if (m_workers.empty()) {
                m_stopping = false;
                for (int i = 0; i < m_concurrency; ++i)
                    m_workers.emplace_back([this] { work(); });
            }
            return {};
        }
        auto db = store::openLocalStore(m_options.databasePath);
        if (!db)
            return storageFail(db.error());
        m_db = std::move(*db);

        auto setting = m_db->prepare("SELECT value FROM app_state WHERE key = ?1");
        if (!setting)
            return storageFail(setting.error());
        setting->bindAll(kStorageLimitKey);
        if (auto row = setting->step(); row && *row)
            m_storageLimit = static_cast<std::uint64_t>(setting->int64(0));
        setting->reset();
        setting->bindAll(kOnlyWhenIdleKey);
        if (auto row = setting->step(); row && *row)
            m_onlyWhenIdle = setting->int64(0) != 0;

        // A download left active was interrupted (quit, crash, kill): it resumes.
        if (auto ok = m_db->exec("UPDATE downloads SET state = 'queued' WHERE state = 'active'"); !ok)
            return storageFail(ok.error());
        auto rows = m_db->prepare("SELECT lesson_id, course_id, state, priority, seq, plain, free_preview, path, "
                                  "media_size, bytes_done, attempts, error_code, error_detail, created_at "
                                  "FROM downloads ORDER BY seq");
        if (!rows)
            return storageFail(rows.error());
        while (true) {
            auto row = rows->step();
            if (!row)
                return storageFail(row.error());
            if (!*row)
                break;
            auto slot = std::make_unique<Slot>();
            DownloadEntry& e = slot->entry;
            e.lessonId = rows->text(0);
            e.courseId = rows->text(1);
            e.state = stateFromName(rows->textView(2)).value_or(DownloadState::Queued);
            e.priority = rows->int32(3);
            slot->seq = rows->int64(4);
            e.plain = rows->int64(5) != 0;
            e.freePreview = rows->int64(6) != 0;
            e.path = rows->text(7);
            e.bytesTotal = static_cast<std::uint64_t>(rows->int64(8));
            e.bytesDone = static_cast<std::uint64_t>(rows->int64(9));
            e.attempts = rows->int32(10);
            if (!rows->isNull(11))
                e.error = MediaError{errorCodeFromName(rows->textView(11)), rows->text(12)};
            slot->createdAt = rows->int64(13);
            m_nextSeq = std::max(m_nextSeq, slot->seq + 1);
            changed.push_back(e);
            m_slots.emplace(e.lessonId, std::move(slot));
        }
        m_stopping = false;
        for (int i = 0; i < m_concurrency; ++i)
            m_workers.emplace_back([this] { work(); });
    }
    notify(changed);
    return {};
}

void DownloadQueue::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
        for (auto& [id, slot] : m_slots) {
            if (slot->running && slot->cancel) {
                if (slot->stop == Stop::None)
                    slot->stop = Stop::Shutdown;
                slot->cancel->cancel();
            }
        }
    }
    m_wake.notify_all();
    for (auto& worker : m_workers)
        worker.join();
    m_workers.clear();
}

void DownloadQueue::setConcurrency(int downloads)
{
    std::lock_guard lock(m_mutex);
    m_concurrency = std::max(1, downloads);
    while (m_db && !m_stopping && static_cast<int>(m_workers.size()) < m_concurrency)
        m_workers.emplace_back([this] { work(); });
    m_wake.notify_all();
}

int DownloadQueue::activeCount() const
{
    return static_cast<int>(std::count_if(m_slots.begin(), m_slots.end(), [](const auto& s) { return s.second->running; }));
}

bool DownloadQueue::idle() const
{
    return std::none_of(m_slots.begin(), m_slots.end(), [](const auto& s) {
        return s.second->running || s.second->entry.state == DownloadState::Queued
            || s.second->entry.state == DownloadState::Active;
    });
}

bool DownloadQueue::waitUntilIdle(std::chrono::milliseconds timeout)
{
    std::unique_lock lock(m_mutex);
    return m_wake.wait_for(lock, timeout, [this] { return idle(); });
}

DownloadQueue::Slot* DownloadQueue::nextRunnable(std::chrono::steady_clock::time_point now,
                                                 std::optional<std::chrono::steady_clock::time_point>& wakeAt)
{
    Slot* best = nullptr;
    for (auto& [id, slot] : m_slots) {
        if (slot->running || slot->entry.state != DownloadState::Queued)
            continue;
        if (m_held && !startsWhileHeld(slot->entry))
            continue; // setHeld(false) wakes the workers
        if (slot->retryAt > now) {
            if (!wakeAt || slot->retryAt < *wakeAt)
                wakeAt = slot->retryAt;
            continue;
        }
        if (!best || slot->entry.priority > best->entry.priority
            || (slot->entry.priority == best->entry.priority && slot->seq < best->seq))
            best = slot.get();
    }
    return best;
}

void DownloadQueue::work()
{
    std::unique_lock lock(m_mutex);
    while (!m_stopping) {
        std::optional<std::chrono::steady_clock::time_point> wakeAt;
        Slot* next = activeCount() < m_concurrency ? nextRunnable(std::chrono::steady_clock::now(), wakeAt) : nullptr;
        if (next) {
            runOne(next->entry.lessonId, lock);
            continue;
        }
        if (wakeAt)
            m_wake.wait_until(lock, *wakeAt);
        else
            m_wake.wait(lock);
    }
}

SinkSpec DownloadQueue::specOf(const DownloadEntry& entry) const
{
    return SinkSpec{entry.lessonId, entry.courseId, entry.path, entry.plain, entry.freePreview};
}

std::uint64_t DownloadQueue::usageOf(const std::filesystem::path& folder) const
{
    std::uint64_t bytes = 0;
    std::error_code ec;
    for (std::filesystem::recursive_directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
        std::error_code sizeError;
        if (it->is_regular_file(sizeError)) {
            const auto size = it->file_size(sizeError);
            if (!sizeError)
                bytes += size;
        }
    }
    return bytes;
}

std::uint64_t DownloadQueue::courseUsage(const std::string& courseId) const
{
    return safeId(courseId) ? usageOf(m_options.mediaDir / courseId) : 0;
}

std::uint64_t DownloadQueue::totalUsage() const { return usageOf(m_options.mediaDir); }

void DownloadQueue::runOne(const std::string& lessonId, std::unique_lock<std::mutex>& lock)
{
    Slot* slot = m_slots.at(lessonId).get();
    DownloadEntry& e = slot->entry;
    std::vector<DownloadEntry> changed;

    // The catalog may have moved on since the lesson was queued.
    LessonMedia media{e.lessonId, e.bytesTotal, {}};
    if (auto facts = lessonFacts(*m_db, e.lessonId); facts && *facts) {
        media = (*facts)->media;
        e.bytesTotal = media.size;
        e.freePreview = (*facts)->freePreview;
    }
    if (media.sha256.empty()) {
        e.state = DownloadState::Failed;
        e.error = MediaError{MediaErrorCode::NotFound, "lesson " + e.lessonId + " has no media in the local catalog"};
        (void)save(e);
        changed.push_back(e);
        lock.unlock();
        notify(changed);
        lock.lock();
        m_wake.notify_all();
        return;
    }
    if (m_storageLimit) {
        std::uint64_t reserved = 0; // what running downloads will still add
        for (const auto& [id, other] : m_slots)
            if (other->running && other->entry.bytesTotal > other->entry.bytesDone)
                reserved += other->entry.bytesTotal - other->entry.bytesDone;
        const std::uint64_t used = totalUsage();
        const std::uint64_t needed = media.size > e.bytesDone ? media.size - e.bytesDone : 0;
        if (used + reserved + needed > *m_storageLimit) {
            e.state = DownloadState::Failed;
            e.error = MediaError{MediaErrorCode::DiskFull,
                                 "the download limit of " + megabytes(*m_storageLimit) + " would be exceeded: "
                                     + megabytes(used + reserved) + " used or reserved, this lesson needs "
                                     + megabytes(needed) + " more. Delete downloads or raise the limit."};
            (void)save(e);
            changed.push_back(e);
            lock.unlock();
            notify(changed);
            lock.lock();
            m_wake.notify_all();
            return;
        }
    }

    net::CancelToken cancel;
    e.bytesStored = e.bytesDone;
    slot->running = true;
    slot->cancel = &cancel;
    slot->stop = Stop::None;
    e.state = DownloadState::Active;
    ++e.attempts;
    (void)save(e);
    changed.push_back(e);
    const SinkSpec spec = specOf(e);
    const DownloadJob job{lessonMediaSource(m_api, media), media, e.path.parent_path()};
    lock.unlock();
    notify(changed);
    changed.clear();

    // Progress: observers at most every progressInterval, the row at each checkpoint.
    auto lastNotified = std::chrono::steady_clock::now();
    std::uint64_t savedDurable = 0;
    auto onProgress = [&](const DownloadProgress& p) {
        const auto now = std::chrono::steady_clock::now();
        const bool checkpointed = p.durable != savedDurable;
        if (!checkpointed && now - lastNotified < m_options.progressInterval)
            return;
        DownloadEntry snapshot;
        {
            std::lock_guard progressLock(m_mutex);
            e.bytesDone = p.done;
            e.bytesStored = p.durable;
            e.bytesTotal = p.total;
            if (checkpointed) {
                savedDurable = p.durable;
                (void)save(e);
            }
            snapshot = e;
        }
        lastNotified = now;
        notify({snapshot});
    };

    MediaResult<void> result;
    {
        auto sink = m_sinks(spec);
        if (!sink) {
            result = std::unexpected(sink.error());
        } else {
            LessonDownloader downloader(m_http, m_tokens, m_options.downloader);
            result = downloader.download(job, **sink, &cancel, onProgress);
            std::lock_guard stopLock(m_mutex);
            if (!result && (slot->stop == Stop::Cancel || slot->stop == Stop::Delete))
                (*sink)->discard(); // nothing left behind
        }
    }

    lock.lock();
    slot->running = false;
    slot->cancel = nullptr;
    std::vector<std::string> removed;
    const Stop stop = slot->stop;
    slot->stop = Stop::None;
    if (result) {
        e.state = DownloadState::Completed;
        e.bytesDone = e.bytesTotal;
        e.error.reset();
    } else if (stop == Stop::Cancel || stop == Stop::Delete) {
        removeFiles(e);
        (void)forget(e.lessonId);
        removed.push_back(e.lessonId);
        m_slots.erase(lessonId);
        slot = nullptr;
    } else if (stop == Stop::Pause) {
        e.state = DownloadState::Paused;
    } else if (stop == Stop::Shutdown || stop == Stop::Hold || stop == Stop::Requeue) {
        e.state = DownloadState::Queued; // from the partial, at the next start or once the hold is released
        --e.attempts; // not the download's fault
    } else {
        const MediaError& error = result.error();
        e.error = error;
        if (error.code == MediaErrorCode::Network && e.attempts < m_options.maxNetworkAttempts) {
            e.state = DownloadState::Queued; // from the partial, after a pause that grows per attempt
            slot->retryAt = std::chrono::steady_clock::now() + m_options.retryDelay * (1 << std::min(e.attempts - 1, 6));
        } else if (error.code == MediaErrorCode::Corrupt && slot->corruptRetries == 0) {
            ++slot->corruptRetries; // once more from scratch: the downloader already dropped the partial
            e.state = DownloadState::Queued;
            e.bytesDone = 0;
        } else {
            e.state = DownloadState::Failed;
        }
    }
    if (slot) {
        if (e.state == DownloadState::Failed || e.state == DownloadState::Paused || e.state == DownloadState::Queued) {
            // bytesDone shows what is kept on disk, not what was in flight.
            if (auto kept = m_sinks(spec); kept && e.state != DownloadState::Failed) {
                if (auto stored = (*kept)->resumableBytes(); stored)
                    e.bytesDone = *stored;
            }
        }
        (void)save(e);
        changed.push_back(e);
    }
    lock.unlock();
    notify(changed, removed);
    lock.lock();
    m_wake.notify_all();
}

MediaResult<void> DownloadQueue::save(const DownloadEntry& e)
{
    if (!m_db)
        return mediaFail(MediaErrorCode::Io, "the download queue is not started");
    const auto& slot = *m_slots.at(e.lessonId);
    auto upsert = m_db->cached(
        "INSERT INTO downloads (lesson_id, course_id, state, priority, seq, plain, free_preview, path, media_size, "
        "bytes_done, attempts, error_code, error_detail, created_at, updated_at) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15) "
        "ON CONFLICT (lesson_id) DO UPDATE SET course_id = excluded.course_id, state = excluded.state, "
        "priority = excluded.priority, seq = excluded.seq, plain = excluded.plain, "
        "free_preview = excluded.free_preview, path = excluded.path, media_size = excluded.media_size, "
        "bytes_done = excluded.bytes_done, attempts = excluded.attempts, error_code = excluded.error_code, "
        "error_detail = excluded.error_detail, updated_at = excluded.updated_at");
    if (!upsert)
        return storageFail(upsert.error());
    std::optional<std::string> code;
    std::optional<std::string> detail;
    if (e.error) {
        code = mediaErrorCodeName(e.error->code);
        detail = e.error->detail;
    }
    (*upsert)->bindAll(e.lessonId, e.courseId, std::string(downloadStateName(e.state)), e.priority, slot.seq, e.plain,
                       e.freePreview, e.path.string(), static_cast<std::int64_t>(e.bytesTotal),
                       static_cast<std::int64_t>(e.bytesDone), e.attempts, code, detail, slot.createdAt, unixNow());
    if (auto ok = (*upsert)->run(); !ok)
        return storageFail(ok.error());
    return {};
}

MediaResult<void> DownloadQueue::forget(const std::string& lessonId)
{
    auto remove = m_db->cached("DELETE FROM downloads WHERE lesson_id = ?1");
    if (!remove)
        return storageFail(remove.error());
    if (auto ok = (*remove)->bindAll(lessonId).run(); !ok)
        return storageFail(ok.error());
    return {};
}

void DownloadQueue::removeFiles(const DownloadEntry& entry)
{
    // The sink knows where its partial lives (and how it is named).
    if (auto sink = m_sinks(specOf(entry)); sink)
        (*sink)->discard();
    std::error_code ec;
    std::filesystem::remove(entry.path.string() + ".part", ec);
    std::filesystem::remove(entry.path, ec);
    std::filesystem::remove(entry.path.parent_path(), ec); // only when it is empty
}

void DownloadQueue::notify(const std::vector<DownloadEntry>& changed, const std::vector<std::string>& removed)
{
    if (!m_observer)
        return;
    for (const auto& entry : changed)
        m_observer->downloadChanged(entry);
    for (const auto& id : removed)
        m_observer->downloadRemoved(id);
}

MediaResult<void> DownloadQueue::enqueueLocked(const std::string& lessonId, int priority, bool plain,
                                               std::vector<DownloadEntry>& changed)
{
    if (!m_db)
        return mediaFail(MediaErrorCode::Io, "the download queue is not started");
    auto facts = lessonFacts(*m_db, lessonId);
    if (!facts)
        return storageFail(facts.error());
    if (!*facts)
        return mediaFail(MediaErrorCode::NotFound, "lesson " + lessonId + " has no media in the local catalog");
    if (!safeId(lessonId) || !safeId((*facts)->courseId))
        return mediaFail(MediaErrorCode::NotFound, "lesson " + lessonId + " has an id that cannot name a file");

    auto& owned = m_slots[lessonId];
    if (!owned) {
        owned = std::make_unique<Slot>();
        owned->seq = m_nextSeq++;
        owned->createdAt = unixNow();
        owned->entry.lessonId = lessonId;
        owned->entry.state = DownloadState::Queued;
        owned->entry.priority = priority;
    }
    Slot& slot = *owned;
    DownloadEntry& e = slot.entry;
    e.courseId = (*facts)->courseId;
    e.freePreview = (*facts)->freePreview;
    e.bytesTotal = (*facts)->media.size;
    e.path = m_options.mediaDir / e.courseId / (lessonId + ".media");
    e.priority = std::max(e.priority, priority);
    if (!slot.running) {
        std::error_code ec;
        const bool present = e.state == DownloadState::Completed && std::filesystem::exists(e.path, ec);
        if (!present) {
            e.plain = plain;
            e.state = DownloadState::Queued;
            e.attempts = 0;
            e.error.reset();
            slot.retryAt = {};
            slot.corruptRetries = 0;
        }
    }
    if (auto ok = save(e); !ok)
        return ok;
    changed.push_back(e);
    return {};
}

MediaResult<void> DownloadQueue::enqueueLesson(const std::string& lessonId, int priority, bool plain)
{
    std::vector<DownloadEntry> changed;
    MediaResult<void> result;
    {
        std::lock_guard lock(m_mutex);
        result = enqueueLocked(lessonId, priority, plain, changed);
    }
    m_wake.notify_all();
    notify(changed);
    return result;
}

MediaResult<int> DownloadQueue::enqueueSection(const std::string& sectionId, bool plain)
{
    return enqueueAll("s.id", sectionId, plain, {});
}

MediaResult<int> DownloadQueue::enqueueCourse(const std::string& courseId, bool plain)
{
    return enqueueAll("c.id", courseId, plain, "course " + courseId + " has no lessons with media in the local catalog");
}

// Every lesson with media of a section or course, in one transaction.
// `whenEmpty`, when set, is the NotFound error for nothing to download.
MediaResult<int> DownloadQueue::enqueueAll(std::string_view column, const std::string& id, bool plain,
                                           const std::string& whenEmpty)
{
    std::vector<DownloadEntry> changed;
    MediaResult<int> result = 0;
    {
        std::lock_guard lock(m_mutex);
        if (!m_db)
            return mediaFail(MediaErrorCode::Io, "the download queue is not started");
        auto ids = lessonIds(*m_db, column, id);
        if (!ids)
            return storageFail(ids.error());
        if (ids->empty() && !whenEmpty.empty())
            return mediaFail(MediaErrorCode::NotFound, whenEmpty);
        auto done = m_db->transaction([&]() -> Result<void> {
            for (const auto& lesson : *ids) {
                if (auto ok = enqueueLocked(lesson, kNormalPriority, plain, changed); !ok)
                    return fail(ErrorCode::Io, ok.error().detail);
            }
            return {};
        });
        if (!done)
            result = mediaFail(MediaErrorCode::Io, done.error().detail);
        else
            result = static_cast<int>(ids->size());
    }
    m_wake.notify_all();
    notify(changed);
    return result;
}

MediaResult<void> DownloadQueue::pause(const std::string& lessonId)
{
    std::vector<DownloadEntry> changed;
    {
        std::lock_guard lock(m_mutex);
        auto it = m_slots.find(lessonId);
        if (it == m_slots.end())
            return mediaFail(MediaErrorCode::NotFound, "no download for lesson " + lessonId);
        Slot& slot = *it->second;
        if (slot.running) {
            slot.stop = Stop::Pause; // the worker stores the state when the transfer has stopped
            slot.cancel->cancel();
            return {};
        }
        if (slot.entry.state != DownloadState::Queued)
            return {};
        slot.entry.state = DownloadState::Paused;
        if (auto ok = save(slot.entry); !ok)
            return ok;
        changed.push_back(slot.entry);
    }
    notify(changed);
    return {};
}

MediaResult<void> DownloadQueue::resume(const std::string& lessonId)
{
    std::vector<DownloadEntry> changed;
    {
        std::lock_guard lock(m_mutex);
        auto it = m_slots.find(lessonId);
        if (it == m_slots.end())
            return mediaFail(MediaErrorCode::NotFound, "no download for lesson " + lessonId);
        Slot& slot = *it->second;
        if (slot.running && slot.stop == Stop::Pause) {
            // Too late to un-cancel the transfer: it ends queued and goes on from its partial.
            slot.stop = Stop::Requeue;
            return {};
        }
        if (slot.entry.state != DownloadState::Paused)
            return {};
        slot.entry.state = DownloadState::Queued;
        slot.retryAt = {};
        if (auto ok = save(slot.entry); !ok)
            return ok;
        changed.push_back(slot.entry);
    }
    m_wake.notify_all();
    notify(changed);
    return {};
}

MediaResult<void> DownloadQueue::retry(const std::string& lessonId)
{
    std::vector<DownloadEntry> changed;
    {
        std::lock_guard lock(m_mutex);
        auto it = m_slots.find(lessonId);
        if (it == m_slots.end())
            return mediaFail(MediaErrorCode::NotFound, "no download for lesson " + lessonId);
        Slot& slot = *it->second;
        if (slot.running || slot.entry.state != DownloadState::Failed)
            return {};
        slot.entry.state = DownloadState::Queued;
        slot.entry.attempts = 0;
        slot.entry.error.reset();
        slot.retryAt = {};
        slot.corruptRetries = 0;
        if (auto ok = save(slot.entry); !ok)
            return ok;
        changed.push_back(slot.entry);
    }
    m_wake.notify_all();
    notify(changed);
    return {};
}

MediaResult<void> DownloadQueue::removeLocked(const std::string& lessonId, bool alsoCompleted,
                                              std::unique_lock<std::mutex>& lock)
{
    auto it = m_slots.find(lessonId);
    if (it == m_slots.end())
        return mediaFail(MediaErrorCode::NotFound, "no download for lesson " + lessonId);
    Slot& slot = *it->second;
    if (slot.running) {
        // The worker removes the files and the row once the transfer has
        // stopped; wait for that, so "cancelled" means "nothing on disk".
        slot.stop = alsoCompleted ? Stop::Delete : Stop::Cancel;
        slot.cancel->cancel();
        m_wake.wait(lock, [&] { return m_slots.find(lessonId) == m_slots.end(); });
        return {};
    }
    if (!alsoCompleted && slot.entry.state == DownloadState::Completed)
        return {};
    const DownloadEntry entry = slot.entry;
    removeFiles(entry);
    if (auto ok = forget(lessonId); !ok)
        return ok;
    m_slots.erase(it);
    return {};
}

MediaResult<void> DownloadQueue::cancel(const std::string& lessonId)
{
    MediaResult<void> result;
    bool removed = false;
    {
        std::unique_lock lock(m_mutex);
        const bool known = m_slots.contains(lessonId);
        const bool wasRunning = known && m_slots.at(lessonId)->running;
        result = removeLocked(lessonId, false, lock);
        removed = result && known && !wasRunning && !m_slots.contains(lessonId);
    }
    m_wake.notify_all();
    if (removed)
        notify({}, {lessonId});
    return result;
}

MediaResult<void> DownloadQueue::deleteLesson(const std::string& lessonId)
{
    MediaResult<void> result;
    bool removed = false;
    {
        std::unique_lock lock(m_mutex);
        const bool wasRunning = m_slots.contains(lessonId) && m_slots.at(lessonId)->running;
        result = removeLocked(lessonId, true, lock);
        removed = result && !wasRunning;
    }
    m_wake.notify_all();
    if (removed)
        notify({}, {lessonId});
    return result;
}

MediaResult<void> DownloadQueue::deleteCourse(const std::string& courseId)
{
    if (!safeId(courseId))
        return mediaFail(MediaErrorCode::NotFound, "no course " + courseId);
    std::vector<std::string> ids;
    {
        std::lock_guard lock(m_mutex);
        for (const auto& [id, slot] : m_slots)
            if (slot->entry.courseId == courseId)
                ids.push_back(id);
    }
    for (const auto& id : ids) {
        if (auto ok = deleteLesson(id); !ok && ok.error().code != MediaErrorCode::NotFound)
            return ok;
    }
    std::error_code ec;
    std::filesystem::remove_all(m_options.mediaDir / courseId, ec); // strays from older runs too
    if (ec)
        return mediaFail(MediaErrorCode::Io, "cannot remove " + (m_options.mediaDir / courseId).string() + ": " + ec.message());
    return {};
}

std::vector<DownloadEntry> DownloadQueue::entries() const
{
    std::lock_guard lock(m_mutex);
    std::vector<const Slot*> slots;
    for (const auto& [id, slot] : m_slots)
        slots.push_back(slot.get());
    std::sort(slots.begin(), slots.end(), [](const Slot* a, const Slot* b) {
        return a->entry.priority != b->entry.priority ? a->entry.priority > b->entry.priority : a->seq < b->seq;
    });
    std::vector<DownloadEntry> out;
    out.reserve(slots.size());
    for (const Slot* slot : slots)
        out.push_back(slot->entry);
    return out;
}

std::optional<DownloadEntry> DownloadQueue::entry(const std::string& lessonId) const
{
    std::lock_guard lock(m_mutex);
    auto it = m_slots.find(lessonId);
    if (it == m_slots.end())
        return std::nullopt;
    return it->second->entry;
}

// A setting in app_state; nullopt removes it. Called under m_mutex.
MediaResult<void> DownloadQueue::saveSetting(std::string_view key, const std::optional<std::string>& value)
{
    if (!m_db)
        return mediaFail(MediaErrorCode::Io, "the download queue is not started");
    Result<void> ok;
    if (value) {
        auto upsert = m_db->cached("INSERT INTO app_state (key, value) VALUES (?1, ?2) "
                                   "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
        if (!upsert)
            return storageFail(upsert.error());
        ok = (*upsert)->bindAll(key, *value).run();
    } else {
        auto remove = m_db->cached("DELETE FROM app_state WHERE key = ?1");
        if (!remove)
            return storageFail(remove.error());
        ok = (*remove)->bindAll(key).run();
    }
    if (!ok)
        return storageFail(ok.error());
    return {};
}

MediaResult<void> DownloadQueue::setStorageLimit(std::optional<std::uint64_t> bytes)
{
    std::lock_guard lock(m_mutex);
    if (auto ok = saveSetting(kStorageLimitKey, bytes ? std::optional(std::to_string(*bytes)) : std::nullopt); !ok)
        return ok;
    m_storageLimit = bytes;
    return {};
}

std::optional<std::uint64_t> DownloadQueue::storageLimit() const
{
    std::lock_guard lock(m_mutex);
    return m_storageLimit;
}

MediaResult<void> DownloadQueue::setOnlyWhenIdle(bool on)
{
    std::lock_guard lock(m_mutex);
    if (auto ok = saveSetting(kOnlyWhenIdleKey, on ? std::optional<std::string>("1") : std::nullopt); !ok)
        return ok;
    m_onlyWhenIdle = on;
    return {};
}

bool DownloadQueue::onlyWhenIdle() const
{
    std::lock_guard lock(m_mutex);
    return m_onlyWhenIdle;
}

void DownloadQueue::setHeld(bool held)
{
    {
        std::lock_guard lock(m_mutex);
        if (m_held == held)
            return;
        m_held = held;
        // Running downloads the learner did not ask to play give way; the
        // worker queues them again once the transfer has stopped.
        for (auto& [id, slot] : m_slots) {
            if (held && slot->running && slot->cancel && slot->stop == Stop::None && !startsWhileHeld(slot->entry)) {
                slot->stop = Stop::Hold;
                slot->cancel->cancel();
            }
        }
    }
    m_wake.notify_all();
}

bool DownloadQueue::held() const
{
    std::lock_guard lock(m_mutex);
    return m_held;
}

} // namespace lectern::media
