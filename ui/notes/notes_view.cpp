#include "notes/notes_view.h"

#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include "text/catalog_text.h"
#include "widgets/empty_state_widget.h"

namespace lectern::ui {

namespace {

constexpr int kPageOfCards = 300; // more appear on demand: building cards is the cost

QString fromUtf8(const std::string& text) { return QString::fromStdString(text); }

bool matches(const sync::NoteInContext& entry, const QString& filter)
{
    if (filter.isEmpty())
        return true;
    for (const std::string* field : {&entry.note.text, &entry.courseTitle, &entry.lessonTitle})
        if (fromUtf8(*field).contains(filter, Qt::CaseInsensitive))
            return true;
    return false;
}

} // namespace

NotesView::NotesView(NotesService& service, QWidget* parent)
    : QWidget(parent)
    , m_service(service)
    , m_heading(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_filter(new QLineEdit(this))
    , m_composer(new QWidget(this))
    , m_draft(new QPlainTextEdit(m_composer))
    , m_draftHint(new QLabel(m_composer))
    , m_addButton(new QPushButton(m_composer))
    , m_stack(new QStackedWidget(this))
    , m_scroll(new QScrollArea(this))
    , m_empty(new EmptyStateWidget(this))
{
    setObjectName(QStringLiteral("notesView"));
    const int unit = fontMetrics().height();
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.35);
    headingFont.setWeight(QFont::DemiBold);
    m_heading->setFont(headingFont);
    m_summary->setObjectName(QStringLiteral("notesSummary"));
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    m_filter->setObjectName(QStringLiteral("notesFilter"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMaximumWidth(unit * 18);

    auto* header = new QHBoxLayout;
    header->addWidget(m_heading);
    header->addSpacing(unit / 2);
    header->addWidget(m_summary, 1, Qt::AlignBottom);
    header->addWidget(m_filter);

    m_composer->setObjectName(QStringLiteral("noteComposer"));
    m_draft->setObjectName(QStringLiteral("noteDraft"));
    m_draft->setTabChangesFocus(true);
    m_draft->setFixedHeight(unit * 4);
    m_addButton->setObjectName(QStringLiteral("addNoteButton"));
    m_addButton->setEnabled(false);
    m_draftHint->setForegroundRole(QPalette::PlaceholderText);
    auto* composerRow = new QHBoxLayout;
    composerRow->setContentsMargins(0, 0, 0, 0);
    composerRow->addWidget(m_draftHint, 1);
    composerRow->addWidget(m_addButton);
    auto* composerLayout = new QVBoxLayout(m_composer);
    composerLayout->setContentsMargins(0, 0, 0, 0);
    composerLayout->addWidget(m_draft);
    composerLayout->addLayout(composerRow);
    m_composer->hide();
    connect(m_draft, &QPlainTextEdit::textChanged, this, [this] {
        m_addButton->setEnabled(!m_draft->toPlainText().trimmed().isEmpty());
        refreshComposerHint();
    });
    connect(m_addButton, &QPushButton::clicked, this, &NotesView::addNote);

    auto* list = new QWidget(m_scroll);
    list->setObjectName(QStringLiteral("notesList"));
    m_cards = new QVBoxLayout(list);
    m_cards->setContentsMargins(0, 0, unit / 2, 0);
    m_cards->setSpacing(unit * 2 / 3);
    m_cards->addStretch(1);
    m_scroll->setWidget(list);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_empty->setObjectName(QStringLiteral("notesEmpty"));
    m_empty->setIconName(QStringLiteral("notes"));
    m_stack->addWidget(m_scroll);
    m_stack->addWidget(m_empty);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(unit, unit, unit, unit);
    layout->setSpacing(unit * 2 / 3);
    layout->addLayout(header);
    layout->addWidget(m_composer);
    layout->addWidget(m_stack, 1);

    connect(m_filter, &QLineEdit::textChanged, this, [this] {
        m_limit = kPageOfCards;
        rebuild();
    });
    connect(&m_service, &NotesService::notesLoaded, this, &NotesView::onLoaded);
    connect(&m_service, &NotesService::changed, this, &NotesView::reload);
    connect(&m_service, &NotesService::failed, this, [this](const Error& error) {
        QMessageBox::warning(this, tr("Notes"),
                             tr("Your notes could not be read or saved: %1").arg(CatalogText::errorMessage(error)));
    });
    retranslate();
    m_limit = kPageOfCards;
    rebuild();
}

void NotesView::setScope(const QString& courseId, const QString& lessonId)
{
    m_courseId = courseId;
    m_lessonId = lessonId;
    m_notes.reset();
    m_limit = kPageOfCards;
    retranslate();
    rebuild();
    reload();
}

void NotesView::setComposer(std::function<std::optional<qint64>()> position)
{
    m_position = std::move(position);
    m_composer->setVisible(true);
    // Beside the player the panel is narrow and a lesson has few notes: the
    // search lives in the Notes section.
    m_filter->hide();
    refreshComposerHint();
}

void NotesView::reload() { m_service.load(m_courseId); }

void NotesView::onLoaded(const QString& courseId, const NotesList& notes)
{
    if (courseId != m_courseId)
        return; // another view's scope
    m_notes = notes;
    rebuild();
}

void NotesView::rebuild()
{
    // Cards are rebuilt from the latest list: cheap for the few hundred notes
    // a learner keeps, and paged beyond that.
    while (m_cards->count() > 1) {
        QLayoutItem* item = m_cards->takeAt(0);
        delete item->widget();
        delete item;
    }
    m_shown = 0;
    m_conflicts = 0;
    int total = 0;
    const QString filter = m_filter->text().trimmed();
    if (m_notes) {
        const auto& notes = *m_notes;
        for (std::size_t i = 0; i < notes.size(); ++i) {
            const sync::NoteInContext& entry = notes[i];
            if (!m_lessonId.isEmpty() && entry.note.lessonId.value_or(std::string()) != m_lessonId.toStdString())
                continue;
            if (entry.note.isConflictCopy())
                ++m_conflicts;
            if (!matches(entry, filter))
                continue;
            ++total;
            if (m_shown >= m_limit)
                continue;
            const bool hasCopy = i + 1 < notes.size() && notes[i + 1].note.conflictOf == entry.note.id;
            m_cards->insertWidget(m_cards->count() - 1, makeCard(entry, hasCopy));
            ++m_shown;
        }
    }
    if (m_shown < total) {
        auto* more = new QPushButton(tr("Show %n more", nullptr, total - m_shown), this);
        more->setObjectName(QStringLiteral("moreNotesButton"));
        connect(more, &QPushButton::clicked, this, [this] {
            m_limit += kPageOfCards;
            rebuild();
        });
        m_cards->insertWidget(m_cards->count() - 1, more, 0, Qt::AlignHCenter);
    }

    QString summary = tr("%n note(s)", nullptr, total);
    if (m_conflicts > 0)
        summary += QStringLiteral(" · ") + tr("%n to review", nullptr, m_conflicts);
    m_summary->setText(m_notes ? summary : QString());
    if (total == 0 && m_notes) {
        if (!filter.isEmpty()) {
            m_empty->setHeading(tr("No notes match “%1”").arg(filter));
            m_empty->setBody(tr("Try other words, or clear the search."));
        } else if (!m_lessonId.isEmpty()) {
            m_empty->setHeading(tr("No notes for this lesson yet"));
            m_empty->setBody(tr("Write one above: it is linked to the moment you are at, so a click brings you back "
                                "there."));
        } else {
            m_empty->setHeading(tr("No notes yet"));
            m_empty->setBody(tr("Notes you take while studying appear here, each linked to the moment in the "
                                "lesson where you wrote it."));
        }
        m_stack->setCurrentWidget(m_empty);
    } else {
        m_stack->setCurrentWidget(m_scroll);
    }
}

QWidget* NotesView::makeCard(const sync::NoteInContext& entry, bool hasCopy)
{
    const sync::Note& note = entry.note;
    const int unit = fontMetrics().height();
    auto* card = new QFrame;
    card->setObjectName(note.isConflictCopy() ? QStringLiteral("conflictNoteCard") : QStringLiteral("noteCard"));
    card->setProperty("noteId", fromUtf8(note.id));
    card->setFrameShape(QFrame::StyledPanel);
    card->setAutoFillBackground(true);
    card->setBackgroundRole(QPalette::Base);
    if (note.isConflictCopy()) {
        // An amber edge that reads in light and dark palettes alike.
        card->setStyleSheet(QStringLiteral("QFrame#conflictNoteCard { border: 1px solid #d97706; "
                                           "border-left: 4px solid #d97706; border-radius: 4px; }"));
    }

    auto* top = new QHBoxLayout;
    top->setSpacing(unit / 2);
    QStringList where;
    if (m_courseId.isEmpty())
        where << (entry.courseTitle.empty() ? tr("A course no longer in the catalog") : fromUtf8(entry.courseTitle));
    if (m_lessonId.isEmpty() && !entry.lessonTitle.empty())
        where << fromUtf8(entry.lessonTitle);
    if (!where.isEmpty()) {
        auto* context = new QLabel(where.join(QStringLiteral(" · ")), card);
        context->setObjectName(QStringLiteral("noteContext"));
        QFont bold = context->font();
        bold.setWeight(QFont::DemiBold);
        context->setFont(bold);
        context->setWordWrap(true);
        top->addWidget(context, 1);
    } else {
        top->addStretch(1);
    }
    if (note.positionMs) {
        auto* jump = new QToolButton(card);
        jump->setObjectName(QStringLiteral("noteTimeButton"));
        jump->setText(QStringLiteral("▶ ") + CatalogText::clockDuration(*note.positionMs / 1000));
        jump->setToolTip(tr("Play the lesson from here"));
        jump->setAutoRaise(true);
        const QString courseId = fromUtf8(note.courseId);
        const QString lessonId = fromUtf8(note.lessonId.value_or(std::string()));
        const qint64 at = *note.positionMs;
        connect(jump, &QToolButton::clicked, this, [this, courseId, lessonId, at] {
            Q_EMIT openRequested(courseId, lessonId, at);
        });
        top->addWidget(jump);
    }
    auto* when = new QLabel(QLocale().toString(QDateTime::fromMSecsSinceEpoch(note.updatedAt), QLocale::ShortFormat),
                            card);
    when->setForegroundRole(QPalette::PlaceholderText);
    when->setToolTip(tr("Last changed"));
    top->addWidget(when);

    auto* layout = new QVBoxLayout(card);
    layout->setContentsMargins(unit * 2 / 3, unit / 2, unit * 2 / 3, unit / 2);
    layout->setSpacing(unit / 3);
    layout->addLayout(top);

    if (note.isConflictCopy()) {
        auto* banner = new QLabel(tr("Changed on two devices at once. This is the other version; the note above is "
                                     "the one it diverged from. Keep one of them:"),
                                  card);
        banner->setObjectName(QStringLiteral("conflictBanner"));
        banner->setWordWrap(true);
        layout->addWidget(banner);
    } else if (hasCopy) {
        auto* badge = new QLabel(tr("Has another version below — review it"), card);
        badge->setObjectName(QStringLiteral("conflictBadge"));
        badge->setStyleSheet(QStringLiteral("color: #b45309;"));
        layout->addWidget(badge);
    }

    auto* text = new QLabel(fromUtf8(note.text), card);
    text->setObjectName(QStringLiteral("noteText"));
    text->setTextFormat(Qt::PlainText);
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(text);

    auto* editor = new QPlainTextEdit(card);
    editor->setObjectName(QStringLiteral("noteEditor"));
    editor->setTabChangesFocus(true);
    editor->setFixedHeight(unit * 5);
    editor->hide();
    layout->addWidget(editor);

    auto* actions = new QHBoxLayout;
    actions->setSpacing(unit / 2);
    actions->addStretch(1);
    const QString id = fromUtf8(note.id);
    auto button = [card, actions](const QString& label, const QString& name) {
        auto* b = new QPushButton(label, card);
        b->setObjectName(name);
        actions->addWidget(b);
        return b;
    };
    if (note.isConflictCopy()) {
        QPushButton* keep = button(tr("Keep this version"), QStringLiteral("keepVersionButton"));
        QPushButton* discard = button(tr("Discard this version"), QStringLiteral("discardVersionButton"));
        connect(keep, &QPushButton::clicked, this, [this, id] { m_service.keepConflictCopy(id); });
        connect(discard, &QPushButton::clicked, this, [this, id] { m_service.remove(id); });
    } else {
        QPushButton* edit = button(tr("Edit"), QStringLiteral("editNoteButton"));
        QPushButton* remove = button(tr("Delete"), QStringLiteral("deleteNoteButton"));
        QPushButton* save = button(tr("Save"), QStringLiteral("saveNoteButton"));
        QPushButton* cancel = button(tr("Cancel"), QStringLiteral("cancelEditButton"));
        save->hide();
        cancel->hide();
        const auto editing = [=](bool on) {
            text->setVisible(!on);
            editor->setVisible(on);
            edit->setVisible(!on);
            remove->setVisible(!on);
            save->setVisible(on);
            cancel->setVisible(on);
        };
        connect(edit, &QPushButton::clicked, card, [=] {
            editor->setPlainText(text->text());
            editing(true);
            editor->setFocus();
        });
        connect(cancel, &QPushButton::clicked, card, [=] { editing(false); });
        connect(save, &QPushButton::clicked, this, [this, id, editor, editing] {
            const QString changed = editor->toPlainText();
            editing(false);
            if (!changed.trimmed().isEmpty())
                m_service.edit(id, changed);
        });
        connect(remove, &QPushButton::clicked, this, [this, id] {
            const auto answer = QMessageBox::question(this, tr("Delete note"),
                                                      tr("Delete this note on all your devices?"),
                                                      QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
            if (answer == QMessageBox::Yes)
                m_service.remove(id);
        });
    }
    layout->addLayout(actions);
    return card;
}

void NotesView::addNote()
{
    const QString text = m_draft->toPlainText().trimmed();
    if (text.isEmpty() || m_courseId.isEmpty())
        return;
    m_service.add(m_courseId, m_lessonId, m_position ? m_position() : std::nullopt, text);
    m_draft->clear();
}

void NotesView::refreshComposerHint()
{
    const std::optional<qint64> at = m_position ? m_position() : std::nullopt;
    m_draftHint->setText(at ? tr("Linked to %1 in this lesson").arg(CatalogText::clockDuration(*at / 1000))
                            : tr("Linked to this lesson"));
}

void NotesView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void NotesView::retranslate()
{
    m_heading->setText(m_lessonId.isEmpty() ? tr("Notes") : tr("Notes for this lesson"));
    m_filter->setPlaceholderText(tr("Search notes"));
    m_filter->setAccessibleName(tr("Search notes"));
    m_draft->setPlaceholderText(tr("Write a note…"));
    m_draft->setAccessibleName(tr("New note"));
    m_addButton->setText(tr("Add note"));
    refreshComposerHint();
}

} // namespace lectern::ui
