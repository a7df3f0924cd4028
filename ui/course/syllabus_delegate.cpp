#include "course/syllabus_delegate.h"

#include <QPainter>

#include "course/syllabus_model.h"

namespace lectern::ui {

SyllabusDelegate::SyllabusDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{
}

QSize SyllabusDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    // Rows a little taller than text, so the list breathes and the badge fits.
    size.setHeight(qMax(size.height(), option.fontMetrics.height() * 2));
    if (index.column() == SyllabusModel::PreviewColumn)
        size.setWidth(size.width() + option.fontMetrics.height());
    return size;
}

void SyllabusDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    if (index.column() != SyllabusModel::PreviewColumn || !index.data(SyllabusModel::FreePreviewRole).toBool()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // Background (selection, hover) as usual, then the badge instead of the text.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    QStyle* style = option.widget ? option.widget->style() : nullptr;
    if (style)
        style->drawControl(QStyle::CE_ItemViewItem, &background, painter, option.widget);

    const QString text = index.data(Qt::DisplayRole).toString();
    QFont font = option.font;
    font.setPointSizeF(font.pointSizeF() * 0.85);
    font.setWeight(QFont::DemiBold);
    const QFontMetrics metrics(font);
    const int padX = metrics.height() / 2;
    const int height = metrics.height() + metrics.height() / 4;
    const QRect pill(option.rect.left() + padX / 2, option.rect.center().y() - height / 2,
                     metrics.horizontalAdvance(text) + 2 * padX, height);
    const bool dark = option.palette.color(QPalette::Window).lightness() < 128;
    const QColor accent = dark ? QColor(0x5c, 0xd6, 0x8a) : QColor(0x1e, 0x8e, 0x4e);
    QColor fill = accent;
    fill.setAlpha(dark ? 50 : 30);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(fill);
    painter->drawRoundedRect(pill, height / 2.0, height / 2.0);
    painter->setPen(accent);
    painter->setFont(font);
    painter->drawText(pill, Qt::AlignCenter, text);
    painter->restore();
}

} // namespace lectern::ui
