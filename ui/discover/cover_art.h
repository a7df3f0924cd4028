// Generated course covers for courses without artwork: a gradient seeded by the course
// id (stable across runs and machines), the category's glyph and a short mark taken
// from the title, so a grid of 100,000 courses stays varied and recognisable.
#pragma once

#include <cstdint>

#include <QPixmap>
#include <QSize>
#include <QString>

namespace lectern::ui {

struct CoverSpec {
    QString courseId;
    QString title;
    QString category;
};

// FNV-1a over the UTF-16 code units: unlike qHash it is not seeded per process.
[[nodiscard]] std::uint32_t stableHash(const QString& text);

// The short mark a cover shows: the first two Chinese characters of a Chinese title,
// a short first word ("React", "SQL"), or the initials of the first two words.
[[nodiscard]] QString coverMark(const QString& title);

// Cached in QPixmapCache by id, size and pixel ratio.
[[nodiscard]] QPixmap coverPixmap(const CoverSpec& spec, QSize logicalSize, qreal devicePixelRatio);

} // namespace lectern::ui
