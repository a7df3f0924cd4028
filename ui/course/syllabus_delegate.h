// Draws the syllabus's "Free preview" cells as a small pill badge.
#pragma once

#include <QStyledItemDelegate>

namespace lectern::ui {

class SyllabusDelegate final : public QStyledItemDelegate {
    Q_OBJECT

public:
    explicit SyllabusDelegate(QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    [[nodiscard]] QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace lectern::ui
