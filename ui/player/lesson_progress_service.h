// The player's link to the learner's records: resume positions, completion and
// learning events, written through ProgressRepository and EventLog (each with its
// sync outbox entry) on a worker thread with its own SQLite connection.
#pragma once

#include <memory>

#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QThread>

namespace lectern::ui {

struct LessonProgressView {
    qint64 positionMs = 0;
    bool completed = false;
};
using CourseProgress = QHash<QString, LessonProgressView>; // by lesson id

class LessonProgressService final : public QObject {
    Q_OBJECT

public:
    // Opens `databasePath` (the profile's lectern.db) on the worker thread.
    explicit LessonProgressService(const QString& databasePath, QObject* parent = nullptr);
    // Writes everything already asked for, then closes the connection.
    ~LessonProgressService() override;

    LessonProgressService(const LessonProgressService&) = delete;
    LessonProgressService& operator=(const LessonProgressService&) = delete;

    // Answers with progressLoaded(courseId, …) for those lessons.
    void load(const QString& courseId, const QStringList& lessonIds);
    // Position is replaced, completion is sticky.
    void record(const QString& courseId, const QString& lessonId, qint64 positionMs, bool completed);
    // kind: lesson_started, lesson_completed, watch_time (value: seconds)…
    void logEvent(const QString& kind, const QString& courseId, const QString& lessonId, qint64 value = -1);
    // Blocks until the work asked for so far is written (tests, shutdown).
    void flush();

Q_SIGNALS:
    void progressLoaded(const QString& courseId, const lectern::ui::CourseProgress& progress);
    void failed(const QString& detail);

private:
    struct State;
    template <typename Work>
    void onWorker(Work work);

    QThread m_thread;
    std::unique_ptr<QObject> m_context;
    std::shared_ptr<State> m_state;
};

} // namespace lectern::ui
