#include "discover/cover_art.h"

#include <QFont>
#include <QFontMetricsF>
#include <QLinearGradient>
#include <QPainter>
#include <QPixmapCache>
#include <QRadialGradient>
#include <QStringList>

#include "widgets/icons.h"

namespace lectern::ui {

namespace {

int categoryHue(const QString& category)
{
    if (category == u"programming")
        return 222;
    if (category == u"data")
        return 176;
    if (category == u"design")
        return 326;
    if (category == u"languages")
        return 24;
    if (category == u"business")
        return 204;
    if (category == u"music")
        return 268;
    if (category == u"photography")
        return 354;
    if (category == u"exam")
        return 40;
    if (category == u"personal-growth")
        return 140;
    return static_cast<int>(stableHash(category) % 360);
}

bool isHan(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0x3400 && u <= 0x4DBF) || (u >= 0xF900 && u <= 0xFAFF);
}

} // namespace

std::uint32_t stableHash(const QString& text)
{
    std::uint32_t hash = 2166136261u;
    for (const QChar c : text) {
        hash ^= c.unicode();
        hash *= 16777619u;
    }
    return hash;
}

QString coverMark(const QString& title)
{
    const QString trimmed = title.trimmed();
    if (trimmed.isEmpty())
        return QStringLiteral("?");
    if (isHan(trimmed.front())) {
        QString mark;
        for (const QChar c : trimmed) {
            if (!isHan(c))
                break;
            mark += c;
            if (mark.size() == 2)
                break;
        }
        return mark;
    }
    // Latin (or other) script: words split at anything that is not a letter or digit,
    // keeping "A/B" and "C++" whole.
    static const QStringList stopWords{QStringLiteral("the"), QStringLiteral("a"), QStringLiteral("an")};
    QStringList words;
    QString current;
    for (const QChar c : trimmed) {
        if (c.isLetterOrNumber() || c == u'/' || c == u'+' || c == u'#') {
            current += c;
        } else if (!current.isEmpty()) {
            words << current;
            current.clear();
        }
        if (isHan(c))
            break;
    }
    if (!current.isEmpty())
        words << current;
    while (words.size() > 1 && stopWords.contains(words.front().toLower()))
        words.removeFirst();
    if (words.isEmpty())
        return trimmed.left(1).toUpper();
    if (words.front().size() <= 6)
        return words.front();
    QString initials = words.front().left(1).toUpper();
    if (words.size() > 1 && words.at(1).front().isLetter())
        initials += words.at(1).left(1).toUpper();
    return initials;
}

QPixmap coverPixmap(const CoverSpec& spec, QSize logicalSize, qreal devicePixelRatio)
{
    const QSize device = logicalSize * devicePixelRatio;
    const QString cacheKey = QStringLiteral("cover:%1:%2x%3").arg(spec.courseId).arg(device.width()).arg(device.height());
    QPixmap pixmap;
    if (QPixmapCache::find(cacheKey, &pixmap))
        return pixmap;

    pixmap = QPixmap(device);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    const QRectF rect(QPointF(0, 0), QSizeF(logicalSize));
    const std::uint32_t hash = stableHash(spec.courseId);
    const int hue = (categoryHue(spec.category) + static_cast<int>(hash % 37) - 18 + 360) % 360;

    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    QLinearGradient gradient(rect.topLeft(), rect.bottomRight());
    gradient.setColorAt(0.0, QColor::fromHsv(hue, 150 + static_cast<int>((hash >> 8) % 40), 225));
    gradient.setColorAt(1.0, QColor::fromHsv((hue + 28) % 360, 200, 130 + static_cast<int>((hash >> 12) % 30)));
    painter.fillRect(rect, gradient);

    // Two soft circles placed by the hash give each cover its own shape.
    for (int i = 0; i < 2; ++i) {
        const std::uint32_t bits = hash >> (i * 11);
        const QPointF centre(rect.width() * ((bits % 100) / 100.0), rect.height() * (((bits >> 7) % 100) / 100.0));
        const qreal radius = rect.height() * (0.45 + ((bits >> 3) % 40) / 100.0);
        QRadialGradient glow(centre, radius);
        glow.setColorAt(0.0, QColor(255, 255, 255, i == 0 ? 60 : 38));
        glow.setColorAt(1.0, QColor(255, 255, 255, 0));
        painter.setPen(Qt::NoPen);
        painter.setBrush(glow);
        painter.drawEllipse(centre, radius, radius);
    }

    // The category glyph, large and faint, bleeding off the top-right corner.
    const int glyphSize = qRound(rect.height() * 0.62);
    const QPixmap glyph = icons::tinted(icons::categoryIconName(spec.category), glyphSize, devicePixelRatio,
                                        QColor(255, 255, 255, 70));
    painter.drawPixmap(QPointF(rect.width() - glyphSize * 0.82, -glyphSize * 0.12), glyph);

    // The mark, bottom-left, in a weight that reads at card size.
    const QString mark = coverMark(spec.title);
    QFont font;
    font.setWeight(QFont::Bold);
    font.setPixelSize(qMax(8, qRound(rect.height() * 0.30)));
    QFontMetricsF metrics(font);
    const qreal maxWidth = rect.width() * 0.8;
    while (metrics.horizontalAdvance(mark) > maxWidth && font.pixelSize() > 8) {
        font.setPixelSize(font.pixelSize() - 1);
        metrics = QFontMetricsF(font);
    }
    painter.setFont(font);
    const qreal margin = rect.height() * 0.11;
    const QPointF baseline(margin, rect.height() - margin - metrics.descent());
    painter.setPen(QColor(0, 0, 0, 45));
    painter.drawText(baseline + QPointF(0, rect.height() * 0.012), mark);
    painter.setPen(QColor(255, 255, 255, 240));
    painter.drawText(baseline, mark);
    painter.end();

    QPixmapCache::insert(cacheKey, pixmap);
    return pixmap;
}

} // namespace lectern::ui
