// The learner's notes as cards: the Notes section lists every course's notes,
// the player shows one lesson's with a box to write at the current moment.
// A conflict copy (the same note edited on two devices) is shown right below
// its original, marked, with "keep this version" / "discard" to resolve it.
#pragma once

#include <functional>
#include <optional>

#include <QString>
#include <QWidget>

#include "services/notes_service.h"

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QStackedWidget;
class QVBoxLayout;

namespace lectern::ui {

class EmptyStateWidget;

class NotesView final : public QWidget {
    Q_OBJECT

public:
    explicit NotesView(NotesService& service, QWidget* parent = nullptr);

    // Empty courseId: every course. A lessonId narrows to one lesson (and
    // lets the composer attach new notes to it).
    void setScope(const QString& courseId, const QString& lessonId = {});
    // Shows the "write a note" box; position() gives the moment a new note is
    // linked to (nullopt: not a timed lesson).
    void setComposer(std::function<std::optional<qint64>()> position);
    void reload();
    // The moment the composer would link a new note to changed (the player moved).
    void refreshComposerHint();

    [[nodiscard]] int visibleNoteCount() const { return m_shown; }
    [[nodiscard]] int conflictCount() const { return m_conflicts; }

Q_SIGNALS:
    // The learner clicked a note's time: open that lesson at that moment.
    void openRequested(const QString& courseId, const QString& lessonId, qint64 positionMs);

protected:
    void changeEvent(QEvent* event) override;

private:
    void onLoaded(const QString& courseId, const NotesList& notes);
    void rebuild();
    QWidget* makeCard(const sync::NoteInContext& entry, bool hasCopy);
    void addNote();
    void retranslate();

    NotesService& m_service;
    QString m_courseId;
    QString m_lessonId;
    NotesList m_notes;
    std::function<std::optional<qint64>()> m_position;
    int m_limit = 0;
    int m_shown = 0;
    int m_conflicts = 0;

    QLabel* m_heading = nullptr;
    QLabel* m_summary = nullptr;
    QLineEdit* m_filter = nullptr;
    QWidget* m_composer = nullptr;
    QPlainTextEdit* m_draft = nullptr;
    QLabel* m_draftHint = nullptr;
    QPushButton* m_addButton = nullptr;
    QStackedWidget* m_stack = nullptr;
    QScrollArea* m_scroll = nullptr;
    QVBoxLayout* m_cards = nullptr;
    EmptyStateWidget* m_empty = nullptr;
};

} // namespace lectern::ui
