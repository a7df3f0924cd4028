#include "services/download_service.h"

#include <mutex>
#include <set>

#include <QDir>
#include <QMetaObject>

#include "catalog/catalog_repository.h"
#include "media/encrypted_file.h"
#include "net/api_client.h"
#include "net/curl_http_client.h"
#include "services/idle_monitor.h"
#include "services/keychain_device_key_store.h"
#include "services/keychain_session_store.h"
#include "store/local_store.h"

namespace lectern::ui {

// Reports the queue's changes (from its worker threads) to the service on the
// UI thread. Disabled before the service goes, under the same mutex.
class DownloadService::Observer final : public media::DownloadObserver {
public:
    explicit Observer(DownloadService* service)
        : m_service(service)
    {
    }

    void disable()
    {
        const std::lock_guard lock(m_mutex);
        m_service = nullptr;
    }

    void downloadChanged(const media::DownloadEntry& entry) override
    {
        const std::lock_guard lock(m_mutex);
        if (m_service)
            QMetaObject::invokeMethod(m_service, [service = m_service, entry] { service->applyChange(entry); },
                                      Qt::QueuedConnection);
    }

    void downloadRemoved(const std::string& lessonId) override
    {
        const std::lock_guard lock(m_mutex);
        if (!m_service)
            return;
        QMetaObject::invokeMethod(
            m_service,
            [service = m_service, id = QString::fromStdString(lessonId)] {
                if (service->m_entries.remove(id) > 0)
                    Q_EMIT service->entryRemoved(id);
            },
            Qt::QueuedConnection);
    }

private:
    std::mutex m_mutex;
    DownloadService* m_service;
};

// Made and used on the service thread, except the sink factory (queue
// threads), which guards the device key with its own mutex.
struct DownloadService::Worker {
    std::unique_ptr<net::HttpClient> http;
    std::unique_ptr<net::ApiClient> api;
    std::unique_ptr<Observer> observer;
    std::unique_ptr<media::DownloadQueue> queue;
    std::optional<store::Database> db; // titles of downloaded courses

    std::mutex keyMutex;
    std::unique_ptr<media::DeviceKeyStore> keyStore;
    std::optional<media::DeviceKey> key;

    media::MediaResult<media::DeviceKey> deviceKey()
    {
        const std::lock_guard lock(keyMutex);
        if (!keyStore)
            return media::mediaFail(media::MediaErrorCode::NotFound, "downloads have not started yet");
        if (!key) {
            auto loaded = keyStore->loadOrCreate();
            if (!loaded)
                return std::unexpected(loaded.error());
            key.emplace(std::move(*loaded));
        }
        return *key;
    }

    void stop()
    {
        if (observer)
            observer->disable();
        queue.reset(); // joins its threads; active downloads stay queued for next time
        db.reset();
    }
};

DownloadService::DownloadService(Options options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_workerContext(std::make_unique<QObject>())
    , m_worker(std::make_shared<Worker>())
    , m_idle(new IdleMonitor(m_options.idleAfter, this))
{
    m_thread.setObjectName(QStringLiteral("lectern-downloads"));
    m_workerContext->moveToThread(&m_thread);
    m_thread.start();
    connect(m_idle, &IdleMonitor::idleChanged, this, &DownloadService::applyHold);
}

DownloadService::~DownloadService()
{
    QMetaObject::invokeMethod(m_workerContext.get(), [worker = m_worker] { worker->stop(); },
                              Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

QString DownloadService::mediaDir() const
{
    return QDir(m_options.dataDir).filePath(QStringLiteral("media"));
}

media::MediaResult<media::DeviceKey> DownloadService::deviceKey()
{
    return m_worker->deviceKey();
}

template <typename Work>
void DownloadService::onWorker(Work work)
{
    QMetaObject::invokeMethod(m_workerContext.get(), std::move(work), Qt::QueuedConnection);
}

template <typename Answer>
void DownloadService::onUiThread(Answer answer)
{
    QMetaObject::invokeMethod(this, std::move(answer), Qt::QueuedConnection);
}

void DownloadService::start()
{
    if (m_started)
        return;
    m_started = true;
    onWorker([this, worker = m_worker, options = m_options, media = mediaDir()] {
        worker->http = options.makeHttpClient ? options.makeHttpClient() : std::make_unique<net::CurlHttpClient>();
        worker->api = std::make_unique<net::ApiClient>(*worker->http, options.serverUrl.toStdString());
        const std::filesystem::path dataDir = options.dataDir.toStdString();
        {
            auto keyStore = options.makeKeyStore
                                ? options.makeKeyStore()
                                : std::make_unique<FallbackDeviceKeyStore>(
                                      keychainContext(), QStringLiteral("device-key:") + options.dataDir,
                                      dataDir / "device.key");
            const std::lock_guard lock(worker->keyMutex); // deviceKey() may be asked from the UI thread
            worker->keyStore = std::move(keyStore);
        }
        worker->observer = std::make_unique<Observer>(this);
        media::DownloadQueueOptions queueOptions;
        queueOptions.databasePath = dataDir / "lectern.db";
        queueOptions.mediaDir = media.toStdString();
        queueOptions.concurrency = options.concurrency;
        media::SinkFactory sinks = [raw = worker.get()](const media::SinkSpec& spec)
            -> media::MediaResult<std::unique_ptr<media::MediaSink>> {
            auto key = raw->deviceKey();
            if (!key)
                return std::unexpected(key.error());
            return std::make_unique<media::EncryptedFileSink>(spec.path, *key);
        };
        auto tokens = options.tokens ? options.tokens : [](bool) -> net::ApiResult<std::string> {
            return net::apiFail(net::ApiErrorCode::Unauthorized, "not signed in");
        };
        worker->queue = std::make_unique<media::DownloadQueue>(std::move(queueOptions), *worker->http, *worker->api,
                                                               std::move(tokens), std::move(sinks),
                                                               worker->observer.get());
        // Held until the UI thread, which knows the setting (stored in the queue's
        // database) and whether the learner is here, says otherwise (applyHold).
        worker->queue->setHeld(true);
        auto opened = worker->queue->start();
        auto entries = worker->queue->entries();
        const auto limit = worker->queue->storageLimit();
        const bool onlyWhenIdle = worker->queue->onlyWhenIdle();
        onUiThread([this, opened, entries = std::move(entries), limit, onlyWhenIdle] {
            if (!opened) {
                Q_EMIT failed(opened.error());
                return;
            }
            m_storageLimit = limit;
            if (!m_onlyWhenIdleChosen)
                m_onlyWhenIdle = onlyWhenIdle;
            else if (m_onlyWhenIdle != onlyWhenIdle) // chosen before the queue was there to keep it
                act([on = m_onlyWhenIdle](media::DownloadQueue& queue) { return queue.setOnlyWhenIdle(on); });
            applyHold();
            for (const media::DownloadEntry& entry : entries)
                applyChange(entry);
            Q_EMIT started();
            Q_EMIT storageLimitChanged();
            Q_EMIT downloadOnlyWhenIdleChanged(m_onlyWhenIdle);
        });
    });
}

void DownloadService::applyChange(const media::DownloadEntry& entry)
{
    const QString lessonId = QString::fromStdString(entry.lessonId);
    const QString courseId = QString::fromStdString(entry.courseId);
    const auto previous = m_entries.constFind(lessonId);
    const bool settled = previous == m_entries.cend() || previous->state != entry.state;
    m_entries.insert(lessonId, entry);
    Q_EMIT entryChanged(lessonId);
    const bool newCourse = !m_courses.contains(courseId);
    if (newCourse)
        m_courses.insert(courseId, DownloadedCourse{}); // placeholder until the titles arrive
    if (!newCourse && !settled)
        return; // progress only: titles and usage are unchanged
    const std::string databasePath = QDir(m_options.dataDir).filePath(QStringLiteral("lectern.db")).toStdString();
    onWorker([this, worker = m_worker, courseId, newCourse, databasePath] {
        if (!worker->queue)
            return;
        std::optional<DownloadedCourse> titles;
        if (newCourse) {
            if (!worker->db) {
                auto opened = store::openLocalStore(databasePath);
                if (opened)
                    worker->db.emplace(std::move(*opened));
            }
            DownloadedCourse course;
            if (worker->db) {
                auto detail = catalog::CatalogRepository(*worker->db).courseDetail(courseId.toStdString());
                if (detail && *detail) {
                    course.title = QString::fromStdString((*detail)->course.title);
                    for (const auto& section : (*detail)->course.sections)
                        for (const auto& lesson : section.lessons) {
                            const QString id = QString::fromStdString(lesson.id);
                            course.lessonOrder << id;
                            course.lessonTitles.insert(id, QString::fromStdString(lesson.title));
                        }
                }
            }
            titles = std::move(course);
        }
        const quint64 used = worker->queue->courseUsage(courseId.toStdString());
        const quint64 total = worker->queue->totalUsage();
        onUiThread([this, courseId, titles = std::move(titles), used, total] {
            if (titles)
                m_courses.insert(courseId, *titles);
            m_courseUsage.insert(courseId, used);
            m_totalUsage = total;
            Q_EMIT coursesChanged();
        });
    });
}

void DownloadService::act(std::function<media::MediaResult<void>(media::DownloadQueue&)> action)
{
    onWorker([this, worker = m_worker, action = std::move(action)] {
        if (!worker->queue)
            return;
        auto done = action(*worker->queue);
        const quint64 total = worker->queue->totalUsage();
        onUiThread([this, done, total] {
            m_totalUsage = total;
            if (!done)
                Q_EMIT failed(done.error());
            Q_EMIT coursesChanged();
        });
    });
}

namespace {

template <typename T>
media::MediaResult<void> asVoid(media::MediaResult<T> result)
{
    if (!result)
        return std::unexpected(result.error());
    return {};
}

} // namespace

void DownloadService::downloadCourse(const QString& courseId)
{
    act([id = courseId.toStdString()](media::DownloadQueue& queue) { return asVoid(queue.enqueueCourse(id)); });
}

void DownloadService::downloadLesson(const QString& lessonId, bool playNow)
{
    act([id = lessonId.toStdString(), playNow](media::DownloadQueue& queue) {
        return playNow ? queue.playNow(id) : queue.enqueueLesson(id);
    });
}

void DownloadService::pause(const QString& lessonId)
{
    act([id = lessonId.toStdString()](media::DownloadQueue& queue) { return queue.pause(id); });
}

void DownloadService::resume(const QString& lessonId)
{
    act([id = lessonId.toStdString()](media::DownloadQueue& queue) { return queue.resume(id); });
}

void DownloadService::cancel(const QString& lessonId)
{
    act([id = lessonId.toStdString()](media::DownloadQueue& queue) { return queue.cancel(id); });
}

void DownloadService::retry(const QString& lessonId)
{
    act([id = lessonId.toStdString()](media::DownloadQueue& queue) { return queue.retry(id); });
}

void DownloadService::deleteLesson(const QString& lessonId)
{
    act([id = lessonId.toStdString()](media::DownloadQueue& queue) { return queue.deleteLesson(id); });
}

void DownloadService::deleteCourse(const QString& courseId)
{
    act([id = courseId.toStdString()](media::DownloadQueue& queue) { return queue.deleteCourse(id); });
}

void DownloadService::setStorageLimit(std::optional<quint64> bytes)
{
    m_storageLimit = bytes;
    Q_EMIT storageLimitChanged();
    act([bytes](media::DownloadQueue& queue) {
        return queue.setStorageLimit(bytes ? std::optional<std::uint64_t>(*bytes) : std::nullopt);
    });
}

void DownloadService::setDownloadOnlyWhenIdle(bool on)
{
    m_onlyWhenIdleChosen = true;
    if (on != m_onlyWhenIdle) {
        m_onlyWhenIdle = on;
        Q_EMIT downloadOnlyWhenIdleChanged(on);
    }
    act([on](media::DownloadQueue& queue) { return queue.setOnlyWhenIdle(on); });
    applyHold();
}

// Tells the queue whether to hold, after the setting or the learner's presence changed.
void DownloadService::applyHold()
{
    const bool waiting = m_onlyWhenIdle && !m_idle->isIdle();
    if (waiting != m_waitingForIdle) {
        m_waitingForIdle = waiting;
        Q_EMIT waitingForIdleChanged(waiting);
    }
    onWorker([worker = m_worker, waiting] {
        if (worker->queue)
            worker->queue->setHeld(waiting);
    });
}

} // namespace lectern::ui
