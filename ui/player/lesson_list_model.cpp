#include "player/lesson_list_model.h"

#include <algorithm>

#include "text/catalog_text.h"

namespace lectern::ui {

LessonListModel::LessonListModel(QObject* parent)
    : QAbstractListModel(parent)
{
}

void LessonListModel::setCourse(std::shared_ptr<const catalog::CourseDetail> detail)
{
    beginResetModel();
    m_detail = std::move(detail);
    m_entries.clear();
    m_progress.clear();
    m_current = -1;
    if (m_detail) {
        for (const catalog::Section& section : m_detail->course.sections)
            for (const catalog::Lesson& lesson : section.lessons)
                m_entries.push_back({&lesson, &section});
    }
    endResetModel();
}

void LessonListModel::setProgress(const CourseProgress& progress)
{
    m_progress = progress;
    if (!m_entries.empty())
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), {ProgressRole, CompletedRole, Qt::AccessibleTextRole});
}

void LessonListModel::updateLesson(const QString& lessonId, qint64 positionMs, bool completed)
{
    LessonProgressView& entry = m_progress[lessonId];
    entry.positionMs = positionMs;
    entry.completed = entry.completed || completed;
    const int row = rowOf(lessonId);
    if (row >= 0)
        Q_EMIT dataChanged(index(row), index(row), {ProgressRole, CompletedRole, Qt::AccessibleTextRole});
}

void LessonListModel::setCurrent(int row)
{
    const int old = std::exchange(m_current, row);
    if (old >= 0 && old < rowCount())
        Q_EMIT dataChanged(index(old), index(old), {CurrentRole, Qt::FontRole});
    if (row >= 0 && row < rowCount())
        Q_EMIT dataChanged(index(row), index(row), {CurrentRole, Qt::FontRole});
}

const catalog::Lesson* LessonListModel::lesson(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    return m_entries[static_cast<std::size_t>(row)].lesson;
}

int LessonListModel::rowOf(const QString& lessonId) const
{
    const std::string id = lessonId.toStdString();
    for (std::size_t i = 0; i < m_entries.size(); ++i)
        if (m_entries[i].lesson->id == id)
            return static_cast<int>(i);
    return -1;
}

QStringList LessonListModel::lessonIds() const
{
    QStringList ids;
    for (const Entry& entry : m_entries)
        ids << toQString(entry.lesson->id);
    return ids;
}

int LessonListModel::continueRow() const
{
    if (m_entries.empty())
        return -1;
    int lastTouched = -1;
    for (int row = 0; row < rowCount(); ++row)
        if (m_progress.contains(toQString(m_entries[static_cast<std::size_t>(row)].lesson->id)))
            lastTouched = row;
    const auto completed = [this](int row) {
        return m_progress.value(toQString(m_entries[static_cast<std::size_t>(row)].lesson->id)).completed;
    };
    if (lastTouched >= 0 && !completed(lastTouched))
        return lastTouched;
    for (int row = std::max(lastTouched, 0); row < rowCount(); ++row)
        if (!completed(row))
            return row;
    for (int row = 0; row < rowCount(); ++row)
        if (!completed(row))
            return row;
    return 0;
}

int LessonListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

QVariant LessonListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry& entry = m_entries[static_cast<std::size_t>(index.row())];
    const catalog::Lesson& lesson = *entry.lesson;
    const QString id = toQString(lesson.id);
    const LessonProgressView progress = m_progress.value(id);
    const double length = static_cast<double>(lesson.durationSeconds) * 1000.0;
    const double fraction = progress.completed ? 1.0
        : length > 0                           ? std::clamp(static_cast<double>(progress.positionMs) / length, 0.0, 1.0)
                                               : 0.0;
    switch (role) {
    case Qt::DisplayRole: return toQString(lesson.title);
    case Qt::ToolTipRole:
        return tr("%1\n%2 · %3").arg(toQString(lesson.title), toQString(entry.section->title),
                                     CatalogText::lessonKindName(lesson.kind));
    case LessonIdRole: return id;
    case LessonKindRole: return static_cast<int>(lesson.kind);
    case SectionTitleRole: return toQString(entry.section->title);
    case ProgressRole: return fraction;
    case CompletedRole: return progress.completed;
    case CurrentRole: return index.row() == m_current;
    case DurationTextRole: return CatalogText::clockDuration(lesson.durationSeconds);
    case Qt::AccessibleTextRole: {
        const QString state = progress.completed ? tr("completed")
            : fraction > 0                       ? tr("%1% watched").arg(qRound(fraction * 100))
                                                 : tr("not started");
        return tr("Lesson %1: %2, %3, %4")
            .arg(index.row() + 1)
            .arg(toQString(lesson.title), CatalogText::duration(lesson.durationSeconds), state);
    }
    default: return {};
    }
}

} // namespace lectern::ui
