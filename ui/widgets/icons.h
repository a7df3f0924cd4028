// The bundled icons are single-colour SVGs drawn in black; they are tinted here so
// they follow the palette (light and dark) and stay sharp at any device pixel ratio.
#pragma once

#include <QColor>
#include <QIcon>
#include <QPixmap>
#include <QString>

namespace lectern::ui::icons {

// name is the file's base name under :/icons, e.g. "discover" or "lesson-video".
[[nodiscard]] QPixmap tinted(const QString& name, int logicalSize, qreal devicePixelRatio, const QColor& color);
// An icon tinted with the palette's text colour, with a highlighted variant for selected rows.
[[nodiscard]] QIcon themed(const QString& name, const QColor& normal, const QColor& selected);

[[nodiscard]] QString categoryIconName(const QString& categorySlug);

} // namespace lectern::ui::icons
