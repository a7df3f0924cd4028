// Downloads for the desktop: owns core's DownloadQueue (its own worker
// threads and SQLite connection) and a service thread for everything else
// that touches the database (queueing, titles, usage), so the UI thread never
// waits on SQLite or the keychain. Changes arrive as signals on the UI thread.
// Paid lessons are stored encrypted with a per-file key wrapped by this
// device's key (keychain, else a 0600 file); free previews too — one format
// for everything keeps the player's path single.
//
// "Download only when idle": with the setting on, the queue is held while the
// learner is using Lectern (IdleMonitor) — queued lessons wait, a lesson the
// player asks for (playNow) still goes at once, and downloads running when the
// learner comes back are stopped and queued again with their partial files.
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>

#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QThread>

#include "media/device_key.h"
#include "media/download_queue.h"
#include "net/http_client.h"
#include "net/net_error.h"

namespace lectern::ui {

class IdleMonitor;

// What the Downloads page shows of a course it has downloads for.
struct DownloadedCourse {
    QString title;               // empty when the course left the local catalog
    QStringList lessonOrder;     // lesson ids in syllabus order
    QHash<QString, QString> lessonTitles;
};

class DownloadService final : public QObject {
    Q_OBJECT

public:
    struct Options {
        QString dataDir;   // lectern.db and media/ live here
        QString serverUrl;
        std::function<net::ApiResult<std::string>(bool forceRefresh)> tokens; // SyncService::tokenProvider()
        std::function<std::unique_ptr<net::HttpClient>()> makeHttpClient;   // default: CurlHttpClient
        std::function<std::unique_ptr<media::DeviceKeyStore>()> makeKeyStore; // default: keychain, else file
        int concurrency = 2;
        // "Download only when idle": no input in the app for this long is idle.
        std::chrono::milliseconds idleAfter = std::chrono::minutes(2);
    };

    explicit DownloadService(Options options, QObject* parent = nullptr);
    ~DownloadService() override;
    DownloadService(const DownloadService&) = delete;
    DownloadService& operator=(const DownloadService&) = delete;

    // Opens the queue (downloads left from the last run continue). Call once
    // the local store exists.
    void start();

    void downloadCourse(const QString& courseId);
    void downloadLesson(const QString& lessonId, bool playNow = false);
    void pause(const QString& lessonId);
    void resume(const QString& lessonId);
    void cancel(const QString& lessonId);
    void retry(const QString& lessonId);
    void deleteLesson(const QString& lessonId);
    void deleteCourse(const QString& courseId);
    // nullopt: no limit.
    void setStorageLimit(std::optional<quint64> bytes);
    // Persisted with the storage limit; read back when the service starts.
    void setDownloadOnlyWhenIdle(bool on);

    // Snapshots on the UI thread, kept current by the signals below.
    [[nodiscard]] bool isStarted() const { return m_started; }
    [[nodiscard]] const QHash<QString, media::DownloadEntry>& entries() const { return m_entries; }
    [[nodiscard]] const QHash<QString, DownloadedCourse>& courses() const { return m_courses; }
    [[nodiscard]] quint64 totalUsage() const { return m_totalUsage; }
    [[nodiscard]] quint64 courseUsage(const QString& courseId) const { return m_courseUsage.value(courseId); }
    [[nodiscard]] std::optional<quint64> storageLimit() const { return m_storageLimit; }
    [[nodiscard]] bool downloadOnlyWhenIdle() const { return m_onlyWhenIdle; }
    // The setting is on and the learner is here: queued downloads that are not
    // play-now wait (media::startsWhileHeld says which go anyway).
    [[nodiscard]] bool waitingForIdle() const { return m_waitingForIdle; }
    [[nodiscard]] const IdleMonitor& idleMonitor() const { return *m_idle; }
    [[nodiscard]] QString mediaDir() const;
    // This profile's device key, for reading downloads back (the player).
    // Thread-safe; the first call may wait for the keychain.
    [[nodiscard]] media::MediaResult<media::DeviceKey> deviceKey();

Q_SIGNALS:
    void started();
    void entryChanged(const QString& lessonId);
    void entryRemoved(const QString& lessonId);
    void coursesChanged();   // titles or usage
    void storageLimitChanged();
    void downloadOnlyWhenIdleChanged(bool on);
    void waitingForIdleChanged(bool waiting);
    // An action could not be done (e.g. not signed in, nothing to download).
    void failed(const lectern::media::MediaError& error);

private:
    struct Worker;
    class Observer;
    template <typename Work>
    void onWorker(Work work);
    template <typename Answer>
    void onUiThread(Answer answer);
    void act(std::function<media::MediaResult<void>(media::DownloadQueue&)> action);
    void applyChange(const media::DownloadEntry& entry);
    void applyHold();

    Options m_options;
    QThread m_thread;
    std::unique_ptr<QObject> m_workerContext;
    std::shared_ptr<Worker> m_worker; // touched only on m_thread (and by the queue's observer)
    bool m_started = false;
    QHash<QString, media::DownloadEntry> m_entries;
    QHash<QString, DownloadedCourse> m_courses;
    QHash<QString, quint64> m_courseUsage;
    quint64 m_totalUsage = 0;
    std::optional<quint64> m_storageLimit;
    IdleMonitor* m_idle; // a child
    bool m_onlyWhenIdle = false;
    bool m_onlyWhenIdleChosen = false; // set here before the stored value arrived
    bool m_waitingForIdle = false;
};

} // namespace lectern::ui
