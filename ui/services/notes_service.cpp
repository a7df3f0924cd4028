#include "services/notes_service.h"

#include <QMetaObject>

#include "store/local_store.h"

namespace lectern::ui {

struct NotesService::Worker {
    QString databasePath;
    std::optional<store::Database> db;

    Result<store::Database*> connection()
    {
        if (!db) {
            auto opened = store::openLocalStore(databasePath.toStdString());
            if (!opened)
                return std::unexpected(opened.error());
            db.emplace(std::move(*opened));
        }
        return &*db;
    }
};

NotesService::NotesService(const QString& databasePath, QObject* parent)
    : QObject(parent)
    , m_workerContext(std::make_unique<QObject>())
    , m_worker(std::make_shared<Worker>())
{
    m_worker->databasePath = databasePath;
    m_thread.setObjectName(QStringLiteral("lectern-notes"));
    m_workerContext->moveToThread(&m_thread);
    m_thread.start();
}

NotesService::~NotesService()
{
    // Queued work finishes first; the connection closes on its own thread.
    QMetaObject::invokeMethod(m_workerContext.get(), [worker = m_worker] { worker->db.reset(); },
                              Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void NotesService::load(const QString& courseId)
{
    QMetaObject::invokeMethod(
        m_workerContext.get(),
        [this, worker = m_worker, courseId] {
            auto db = worker->connection();
            Result<std::vector<sync::NoteInContext>> notes =
                db ? sync::NotesRepository(**db).overview(courseId.toStdString())
                   : Result<std::vector<sync::NoteInContext>>(std::unexpected(db.error()));
            QMetaObject::invokeMethod(
                this,
                [this, courseId, notes = std::move(notes)]() mutable {
                    if (!notes)
                        Q_EMIT failed(notes.error());
                    else
                        Q_EMIT notesLoaded(courseId, std::make_shared<const std::vector<sync::NoteInContext>>(
                                                         std::move(*notes)));
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

// Runs one repository write on the worker and reports it on the UI thread.
template <typename Write>
void NotesService::write(Write write)
{
    QMetaObject::invokeMethod(
        m_workerContext.get(),
        [this, worker = m_worker, write = std::move(write)] {
            auto db = worker->connection();
            Result<void> done = db ? write(sync::NotesRepository(**db)) : Result<void>(std::unexpected(db.error()));
            QMetaObject::invokeMethod(
                this,
                [this, done = std::move(done)] {
                    if (done)
                        Q_EMIT changed();
                    else
                        Q_EMIT failed(done.error());
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

namespace {

template <typename T>
Result<void> discardValue(Result<T> result)
{
    if (!result)
        return std::unexpected(result.error());
    return {};
}

} // namespace

void NotesService::add(const QString& courseId, const QString& lessonId, std::optional<qint64> positionMs,
                       const QString& text)
{
    sync::NewNote note{courseId.toStdString(),
                       lessonId.isEmpty() ? std::nullopt : std::optional<std::string>(lessonId.toStdString()),
                       positionMs ? std::optional<std::int64_t>(*positionMs) : std::nullopt, text.toStdString()};
    write([note = std::move(note)](sync::NotesRepository&& notes) { return discardValue(notes.create(note)); });
}

void NotesService::edit(const QString& noteId, const QString& text)
{
    write([id = noteId.toStdString(), text = text.toStdString()](sync::NotesRepository&& notes) {
        return discardValue(notes.editText(id, text));
    });
}

void NotesService::remove(const QString& noteId)
{
    write([id = noteId.toStdString()](sync::NotesRepository&& notes) { return notes.remove(id); });
}

void NotesService::keepConflictCopy(const QString& copyId)
{
    write([id = copyId.toStdString()](sync::NotesRepository&& notes) {
        return discardValue(notes.keepConflictCopy(id));
    });
}

} // namespace lectern::ui
