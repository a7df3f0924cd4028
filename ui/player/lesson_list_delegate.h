// One row of the player's lesson list: number or check mark, title, length and
// a thin bar for how far the learner got.
#pragma once

#include <QStyledItemDelegate>

namespace lectern::ui {

class LessonListDelegate final : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    [[nodiscard]] QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace lectern::ui
