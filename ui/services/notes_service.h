// The learner's notes for the views that show and edit them (the Notes page,
// the player's notes tab). Work runs on one worker thread with its own SQLite
// connection; every write goes through NotesRepository (row + outbox entry in
// one transaction) and is announced with changed(), which the app connects to
// SyncService::localChangeRecorded so the change reaches the server soon.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

#include <QObject>
#include <QString>
#include <QThread>

#include "sync/notes_repository.h"
#include "util/error.h"

namespace lectern::ui {

using NotesList = std::shared_ptr<const std::vector<sync::NoteInContext>>;

class NotesService final : public QObject {
    Q_OBJECT

public:
    explicit NotesService(const QString& databasePath, QObject* parent = nullptr);
    ~NotesService() override;
    NotesService(const NotesService&) = delete;
    NotesService& operator=(const NotesService&) = delete;

    // Answers with notesLoaded(courseId, …); an empty courseId means every course.
    void load(const QString& courseId = {});

    void add(const QString& courseId, const QString& lessonId, std::optional<qint64> positionMs, const QString& text);
    void edit(const QString& noteId, const QString& text);
    void remove(const QString& noteId);
    // Conflicts: keep the other device's version (it replaces the original),
    // or discard it with remove().
    void keepConflictCopy(const QString& copyId);

Q_SIGNALS:
    void notesLoaded(const QString& courseId, const lectern::ui::NotesList& notes);
    // A write succeeded: views reload, sync is scheduled.
    void changed();
    // A load or write failed; nothing was changed. The error says why.
    void failed(const lectern::Error& error);

private:
    struct Worker;
    template <typename Write>
    void write(Write write);

    QThread m_thread;
    std::unique_ptr<QObject> m_workerContext;
    std::shared_ptr<Worker> m_worker; // touched only on m_thread
};

} // namespace lectern::ui
