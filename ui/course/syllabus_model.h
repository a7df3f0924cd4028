// A course's syllabus as a two-level tree: sections, and their lessons.
#pragma once

#include <memory>

#include <QAbstractItemModel>
#include <QColor>

#include "catalog/catalog_views.h"

namespace lectern::ui {

class SyllabusModel final : public QAbstractItemModel {
    Q_OBJECT

public:
    enum Column { TitleColumn, PreviewColumn, DurationColumn, ColumnCount };
    enum Role {
        FreePreviewRole = Qt::UserRole + 1, // bool, lessons only
        LessonKindRole,                     // int LessonKind, lessons only
        IsSectionRole,
    };

    explicit SyllabusModel(QObject* parent = nullptr);

    void setCourse(std::shared_ptr<const catalog::CourseDetail> detail);
    void setIconColor(const QColor& color);

    [[nodiscard]] QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    [[nodiscard]] QModelIndex parent(const QModelIndex& child) const override;
    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    // internalId 0 marks a section; a lesson stores its section's row + 1.
    static constexpr quintptr kSectionId = 0;

    [[nodiscard]] const std::vector<catalog::Section>& sections() const;

    std::shared_ptr<const catalog::CourseDetail> m_detail;
    QColor m_iconColor;
};

} // namespace lectern::ui
