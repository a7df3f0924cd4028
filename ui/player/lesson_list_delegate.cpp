#include "player/lesson_list_delegate.h"

#include <QApplication>
#include <QPainter>

#include "player/lesson_list_model.h"

namespace lectern::ui {

QSize LessonListDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const
{
    const int unit = option.fontMetrics.height();
    return {unit * 12, unit * 3};
}

void LessonListDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    opt.icon = {};
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget); // selection and hover background

    const int unit = option.fontMetrics.height();
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette& palette = option.palette;
    const QColor text = palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    QColor dim = text;
    dim.setAlphaF(0.65f);
    const QColor accent = selected ? text : palette.color(QPalette::Highlight);
    const bool current = index.data(LessonListModel::CurrentRole).toBool();
    const bool completed = index.data(LessonListModel::CompletedRole).toBool();
    const double progress = index.data(LessonListModel::ProgressRole).toDouble();

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect r = option.rect.adjusted(unit / 2, unit / 3, -unit / 2, -unit / 3);

    // The marker: a ring with the lesson's number, filled with a check when done.
    const QRect marker(r.left(), r.top() + (r.height() - unit * 3 / 2) / 2, unit * 3 / 2, unit * 3 / 2);
    if (completed) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(accent);
        painter->drawEllipse(marker);
        painter->setPen(QPen(selected ? palette.color(QPalette::Highlight) : palette.color(QPalette::Base), unit / 8.0));
        const QPointF c = QRectF(marker).center();
        const qreal s = marker.width() / 4.0;
        painter->drawPolyline(QList<QPointF>{c + QPointF(-s, 0), c + QPointF(-s / 3, s * 0.7), c + QPointF(s, -s * 0.7)});
    } else {
        painter->setPen(QPen(current ? accent : dim, 1.2));
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(marker);
        QFont small = option.font;
        small.setPointSizeF(small.pointSizeF() * 0.8);
        painter->setFont(small);
        painter->setPen(current ? accent : dim);
        painter->drawText(marker, Qt::AlignCenter, QString::number(index.row() + 1));
    }

    const int textLeft = marker.right() + unit / 2;
    const QRect textRect(textLeft, r.top(), r.right() - textLeft, r.height());
    QFont titleFont = option.font;
    titleFont.setWeight(current ? QFont::Bold : QFont::Normal);
    painter->setFont(titleFont);
    painter->setPen(text);
    const QFontMetrics titleMetrics(titleFont);
    const QString title = titleMetrics.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight, textRect.width());
    painter->drawText(QRect(textRect.left(), textRect.top(), textRect.width(), unit), Qt::AlignLeft | Qt::AlignVCenter,
                      title);

    QFont detailFont = option.font;
    detailFont.setPointSizeF(detailFont.pointSizeF() * 0.85);
    painter->setFont(detailFont);
    painter->setPen(dim);
    const QString detail = index.data(LessonListModel::DurationTextRole).toString();
    const QRect detailRect(textRect.left(), textRect.top() + unit, textRect.width(), unit);
    painter->drawText(detailRect, Qt::AlignLeft | Qt::AlignVCenter, detail);

    // Progress bar under the detail line, only once there is some progress.
    if (progress > 0.0) {
        const int barTop = detailRect.bottom() + unit / 4;
        const QRectF track(textRect.left(), barTop, textRect.width(), unit / 6.0 + 1);
        painter->setPen(Qt::NoPen);
        QColor trackColor = dim;
        trackColor.setAlphaF(0.2f);
        painter->setBrush(trackColor);
        painter->drawRoundedRect(track, 2, 2);
        painter->setBrush(accent);
        painter->drawRoundedRect(QRectF(track.left(), track.top(), track.width() * progress, track.height()), 2, 2);
    }
    painter->restore();
}

} // namespace lectern::ui
