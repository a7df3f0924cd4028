#include "player/lesson_progress_service.h"

#include <optional>

#include <QLoggingCategory>

#include "store/local_store.h"
#include "sync/event_log.h"
#include "sync/progress_repository.h"

Q_LOGGING_CATEGORY(lcPlayerProgress, "lectern.player")

namespace lectern::ui {

struct LessonProgressService::State {
    std::optional<store::Database> db;
    std::optional<sync::ProgressRepository> progress;
    std::optional<sync::EventLog> events;
};

LessonProgressService::LessonProgressService(const QString& databasePath, QObject* parent)
    : QObject(parent)
    , m_context(std::make_unique<QObject>())
    , m_state(std::make_shared<State>())
{
    m_thread.setObjectName(QStringLiteral("lectern-progress"));
    m_context->moveToThread(&m_thread);
    m_thread.start();
    onWorker([this, state = m_state, databasePath] {
        auto db = store::openLocalStore(databasePath.toStdString());
        if (!db) {
            const QString detail = QString::fromStdString(db.error().detail);
            qCWarning(lcPlayerProgress) << "progress store:" << detail;
            QMetaObject::invokeMethod(this, [this, detail] { Q_EMIT failed(detail); }, Qt::QueuedConnection);
            return;
        }
        state->db.emplace(std::move(*db));
        state->progress.emplace(*state->db);
        state->events.emplace(*state->db);
    });
}

LessonProgressService::~LessonProgressService()
{
    onWorker([state = m_state] {
        state->events.reset();
        state->progress.reset();
        state->db.reset();
        QThread::currentThread()->quit();
    });
    m_thread.wait();
}

template <typename Work>
void LessonProgressService::onWorker(Work work)
{
    QMetaObject::invokeMethod(m_context.get(), std::move(work), Qt::QueuedConnection);
}

void LessonProgressService::load(const QString& courseId, const QStringList& lessonIds)
{
    onWorker([this, state = m_state, courseId, lessonIds] {
        if (!state->progress)
            return;
        CourseProgress progress;
        for (const QString& lessonId : lessonIds) {
            auto found = state->progress->find(lessonId.toStdString());
            if (found && *found)
                progress.insert(lessonId, {(*found)->positionMs, (*found)->completed});
        }
        QMetaObject::invokeMethod(
            this, [this, courseId, progress] { Q_EMIT progressLoaded(courseId, progress); }, Qt::QueuedConnection);
    });
}

void LessonProgressService::record(const QString& courseId, const QString& lessonId, qint64 positionMs, bool completed)
{
    onWorker([state = m_state, courseId, lessonId, positionMs, completed] {
        if (!state->progress)
            return;
        auto written = state->progress->record(lessonId.toStdString(), courseId.toStdString(), positionMs, completed);
        if (!written)
            qCWarning(lcPlayerProgress) << "progress not saved:" << QString::fromStdString(written.error().detail);
    });
}

void LessonProgressService::logEvent(const QString& kind, const QString& courseId, const QString& lessonId,
                                     qint64 value)
{
    onWorker([state = m_state, kind, courseId, lessonId, value] {
        if (!state->events)
            return;
        nlohmann::json json = value >= 0 ? nlohmann::json(value) : nlohmann::json(nullptr);
        auto written = state->events->append(kind.toStdString(), courseId.toStdString(), lessonId.toStdString(),
                                             std::move(json));
        if (!written)
            qCWarning(lcPlayerProgress) << "event not saved:" << QString::fromStdString(written.error().detail);
    });
}

void LessonProgressService::flush()
{
    QMetaObject::invokeMethod(m_context.get(), [] {}, Qt::BlockingQueuedConnection);
}

} // namespace lectern::ui
