// Five stars filled to a rating, painted with paths so they scale with the font.
#pragma once

#include <QColor>
#include <QRectF>

class QPainter;

namespace lectern::ui {

// Paints five stars of height rect.height() starting at rect's left; returns the width used.
qreal paintStarRating(QPainter& painter, const QRectF& rect, double rating, const QColor& filled,
                      const QColor& empty);

[[nodiscard]] QColor starColor(bool darkPalette);

} // namespace lectern::ui
