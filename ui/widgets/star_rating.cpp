#include "widgets/star_rating.h"

#include <cmath>

#include <QPainter>
#include <QPainterPath>

namespace lectern::ui {

namespace {

QPainterPath starPath(const QRectF& box)
{
    QPainterPath path;
    const QPointF centre = box.center();
    const qreal outer = box.height() / 2.0;
    const qreal inner = outer * 0.45;
    for (int i = 0; i < 10; ++i) {
        const qreal radius = (i % 2 == 0) ? outer : inner;
        const qreal angle = -M_PI / 2.0 + i * M_PI / 5.0;
        const QPointF point(centre.x() + radius * std::cos(angle), centre.y() + radius * std::sin(angle) + outer * 0.06);
        if (i == 0)
            path.moveTo(point);
        else
            path.lineTo(point);
    }
    path.closeSubpath();
    return path;
}

} // namespace

qreal paintStarRating(QPainter& painter, const QRectF& rect, double rating, const QColor& filled, const QColor& empty)
{
    const qreal size = rect.height();
    const qreal step = size * 1.08;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    for (int i = 0; i < 5; ++i) {
        const QRectF box(rect.left() + i * step, rect.top(), size, size);
        const QPainterPath star = starPath(box);
        painter.setBrush(empty);
        painter.drawPath(star);
        const double fill = std::clamp(rating - i, 0.0, 1.0);
        if (fill > 0.0) {
            painter.save();
            painter.setClipRect(QRectF(box.left(), box.top(), box.width() * fill, box.height()));
            painter.setBrush(filled);
            painter.drawPath(star);
            painter.restore();
        }
    }
    painter.restore();
    return step * 4 + size;
}

QColor starColor(bool darkPalette)
{
    return darkPalette ? QColor(0xf5, 0xb9, 0x42) : QColor(0xe0, 0x8e, 0x0b);
}

} // namespace lectern::ui
