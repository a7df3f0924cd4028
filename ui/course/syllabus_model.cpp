#include "course/syllabus_model.h"

#include <numeric>

#include <QFont>
#include <QIcon>

#include "text/catalog_text.h"
#include "widgets/icons.h"

namespace lectern::ui {

namespace {

QString lessonIconName(protocol::LessonKind kind)
{
    switch (kind) {
    case protocol::LessonKind::Video: return QStringLiteral("lesson-video");
    case protocol::LessonKind::Audio: return QStringLiteral("lesson-audio");
    case protocol::LessonKind::Article: return QStringLiteral("lesson-article");
    case protocol::LessonKind::Quiz: return QStringLiteral("lesson-quiz");
    }
    return QStringLiteral("lesson-video");
}

std::int64_t sectionDuration(const catalog::Section& section)
{
    return std::accumulate(section.lessons.begin(), section.lessons.end(), std::int64_t{0},
                           [](std::int64_t sum, const catalog::Lesson& lesson) { return sum + lesson.durationSeconds; });
}

} // namespace

SyllabusModel::SyllabusModel(QObject* parent)
    : QAbstractItemModel(parent)
    , m_iconColor(Qt::black)
{
}

void SyllabusModel::setCourse(std::shared_ptr<const catalog::CourseDetail> detail)
{
    beginResetModel();
    m_detail = std::move(detail);
    endResetModel();
}

void SyllabusModel::setIconColor(const QColor& color)
{
    m_iconColor = color;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, 0), {Qt::DecorationRole});
}

const std::vector<catalog::Section>& SyllabusModel::sections() const
{
    static const std::vector<catalog::Section> none;
    return m_detail ? m_detail->course.sections : none;
}

QModelIndex SyllabusModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kSectionId);
    return createIndex(row, column, static_cast<quintptr>(parent.row()) + 1);
}

QModelIndex SyllabusModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == kSectionId)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, kSectionId);
}

int SyllabusModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return static_cast<int>(sections().size());
    if (parent.internalId() != kSectionId || parent.column() != 0)
        return 0;
    return static_cast<int>(sections()[static_cast<std::size_t>(parent.row())].lessons.size());
}

int SyllabusModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant SyllabusModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == kSectionId) {
        const auto& section = sections()[static_cast<std::size_t>(index.row())];
        const int lessons = static_cast<int>(section.lessons.size());
        switch (role) {
        case IsSectionRole: return true;
        case Qt::FontRole:
            if (index.column() == TitleColumn) {
                QFont font;
                font.setWeight(QFont::DemiBold);
                return font;
            }
            return {};
        case Qt::DisplayRole:
            if (index.column() == TitleColumn)
                return toQString(section.title);
            if (index.column() == DurationColumn)
                return tr("%Ln lesson(s) · %1", nullptr, lessons).arg(CatalogText::duration(sectionDuration(section)));
            return {};
        case Qt::AccessibleTextRole:
            return tr("Section %1: %2, %n lesson(s)", nullptr, lessons)
                .arg(index.row() + 1)
                .arg(toQString(section.title));
        case Qt::TextAlignmentRole:
            return index.column() == DurationColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
        default: return {};
        }
    }

    const auto& section = sections()[index.internalId() - 1];
    const auto& lesson = section.lessons[static_cast<std::size_t>(index.row())];
    switch (role) {
    case IsSectionRole: return false;
    case FreePreviewRole: return lesson.freePreview;
    case LessonKindRole: return static_cast<int>(lesson.kind);
    case Qt::DisplayRole:
        if (index.column() == TitleColumn)
            return toQString(lesson.title);
        if (index.column() == PreviewColumn)
            return lesson.freePreview ? tr("Free preview") : QString();
        if (index.column() == DurationColumn)
            return CatalogText::clockDuration(lesson.durationSeconds);
        return {};
    case Qt::DecorationRole:
        if (index.column() == TitleColumn)
            return icons::themed(lessonIconName(lesson.kind), m_iconColor, m_iconColor);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn)
            return tr("%1 · %2").arg(CatalogText::lessonKindName(lesson.kind), CatalogText::duration(lesson.durationSeconds));
        return {};
    case Qt::AccessibleTextRole:
        return tr("%1, %2, %3%4")
            .arg(toQString(lesson.title), CatalogText::lessonKindName(lesson.kind),
                 CatalogText::duration(lesson.durationSeconds),
                 lesson.freePreview ? tr(", free preview") : QString());
    case Qt::TextAlignmentRole:
        return index.column() == DurationColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    default: return {};
    }
}

QVariant SyllabusModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn: return tr("Lesson");
    case PreviewColumn: return tr("Preview");
    case DurationColumn: return tr("Length");
    default: return {};
    }
}

} // namespace lectern::ui
