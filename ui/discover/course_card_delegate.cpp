#include "discover/course_card_delegate.h"

#include <QApplication>
#include <QFontMetrics>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>

#include "discover/course_grid_model.h"
#include "discover/cover_art.h"
#include "services/commerce_service.h"
#include "text/catalog_text.h"
#include "widgets/star_rating.h"

namespace lectern::ui {

namespace {

struct CardMetrics {
    int width;
    int padding;
    int coverHeight;
    int titleLine;
    int smallLine;
    int gap;
    int height;
    int radius;
};

QFont titleFont(const QFont& base)
{
    QFont font = base;
    font.setWeight(QFont::DemiBold);
    return font;
}

QFont smallFont(const QFont& base)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() > 0 ? base.pointSizeF() * 0.9 : 9.0);
    return font;
}

CardMetrics metricsFor(const QFont& font, int width)
{
    const QFontMetrics base(font);
    const QFontMetrics title(titleFont(font));
    const QFontMetrics small(smallFont(font));
    CardMetrics m{};
    m.width = qMax(width, base.height() * 13);
    m.padding = qMax(6, base.height() * 2 / 3);
    m.coverHeight = m.width * 9 / 16;
    m.titleLine = title.lineSpacing();
    m.smallLine = small.lineSpacing();
    m.gap = qMax(2, base.height() / 4);
    m.height = m.coverHeight + m.padding + 2 * m.titleLine + m.gap + m.smallLine + m.gap + m.smallLine + m.padding;
    m.radius = qMax(4, base.height() / 2);
    return m;
}

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

// Lays the title into at most two lines, eliding the second; CJK text breaks between
// characters, Latin text between words.
void drawTitle(QPainter& painter, const QString& text, const QFont& font, const QRect& rect, int lineSpacing)
{
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    QList<QTextLine> lines;
    while (lines.size() < 2) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(rect.width());
        lines << line;
    }
    layout.endLayout();
    const QFontMetrics metrics(font);
    for (int i = 0; i < lines.size(); ++i) {
        const QTextLine& line = lines.at(i);
        const QPoint baseline(rect.left(), rect.top() + i * lineSpacing + metrics.ascent());
        const bool last = i == lines.size() - 1;
        const int end = line.textStart() + line.textLength();
        if (last && end < text.size()) {
            const QString rest = text.mid(line.textStart());
            painter.drawText(baseline, metrics.elidedText(rest, Qt::ElideRight, rect.width()));
        } else {
            painter.drawText(baseline, text.mid(line.textStart(), line.textLength()).trimmed());
        }
    }
}

} // namespace

CourseCardDelegate::CourseCardDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{
}

QSize CourseCardDelegate::cardSize(const QFont& font, int width)
{
    const CardMetrics m = metricsFor(font, width);
    return {m.width, m.height};
}

int CourseCardDelegate::minimumCardWidth(const QFont& font)
{
    return metricsFor(font, 0).width;
}

QSize CourseCardDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const
{
    return cardSize(option.font, m_cardWidth);
}

void CourseCardDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const CardMetrics m = metricsFor(option.font, option.rect.width());
    const QPalette& palette = option.palette;
    const bool dark = isDark(palette);
    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const bool hovered = option.state.testFlag(QStyle::State_MouseOver);
    const bool focused = option.state.testFlag(QStyle::State_HasFocus);
    const QRect card = option.rect.adjusted(1, 1, -1, -1);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::SmoothPixmapTransform);

    QPainterPath shape;
    shape.addRoundedRect(QRectF(card), m.radius, m.radius);
    QColor surface = palette.color(QPalette::Base);
    if (hovered && !selected)
        surface = dark ? surface.lighter(125) : surface.darker(103);
    painter->fillPath(shape, surface);
    QColor border = palette.color(QPalette::Mid);
    border.setAlpha(dark ? 160 : 110);
    if (selected)
        border = palette.color(QPalette::Highlight);
    painter->setPen(QPen(border, selected ? 2.0 : 1.0));
    painter->drawPath(shape);

    if (!index.data(CourseGridModel::LoadedRole).toBool()) {
        paintPlaceholder(*painter, option, card);
        painter->restore();
        return;
    }

    // Cover, clipped to the card's rounded top.
    const QRect coverRect(card.left(), card.top(), card.width(), m.coverHeight);
    const CoverSpec spec{index.data(CourseGridModel::CourseIdRole).toString(),
                         index.data(CourseGridModel::TitleRole).toString(),
                         index.data(CourseGridModel::CategoryRole).toString()};
    painter->save();
    painter->setClipPath(shape);
    painter->drawPixmap(coverRect.topLeft(), coverPixmap(spec, coverRect.size(), painter->device()->devicePixelRatioF()));
    painter->restore();

    const int left = card.left() + m.padding;
    const int width = card.width() - 2 * m.padding;
    int y = coverRect.bottom() + 1 + m.padding;

    const QColor text = palette.color(QPalette::Text);
    QColor secondary = palette.color(QPalette::PlaceholderText);
    if (!secondary.isValid() || secondary == text)
        secondary = palette.color(QPalette::Mid);

    const QFont title = titleFont(option.font);
    painter->setFont(title);
    painter->setPen(text);
    drawTitle(*painter, spec.title, title, QRect(left, y, width, 2 * m.titleLine), m.titleLine);
    y += 2 * m.titleLine + m.gap;

    const QFont small = smallFont(option.font);
    const QFontMetrics smallMetrics(small);
    painter->setFont(small);
    painter->setPen(secondary);
    const QString instructor = index.data(CourseGridModel::InstructorRole).toString();
    painter->drawText(QPoint(left, y + smallMetrics.ascent()), smallMetrics.elidedText(instructor, Qt::ElideRight, width));
    y += m.smallLine + m.gap;

    // Price on the right, bold; the owned state in the accent colour.
    bool owned = index.data(CourseGridModel::OwnedRole).toBool();
    const bool free = index.data(CourseGridModel::PriceMinorRole).toLongLong() == 0;
    QString price = index.data(CourseGridModel::PriceTextRole).toString();
    if (m_commerce) {
        // The service's snapshot is current (a refund ends ownership at once).
        const CourseOwnership ownership = m_commerce->ownership(spec.courseId);
        owned = ownership != CourseOwnership::NotOwned;
        if (ownership == CourseOwnership::Owned)
            price = tr("Owned");
        else if (ownership == CourseOwnership::Subscription)
            price = tr("In subscription");
        else
            price = CatalogText::price({index.data(CourseGridModel::PriceMinorRole).toLongLong(),
                                        index.data(CourseGridModel::CurrencyRole).toString().toStdString()});
    }
    QFont priceFont = option.font;
    priceFont.setWeight(QFont::Bold);
    const QFontMetrics priceMetrics(priceFont);
    const int priceWidth = priceMetrics.horizontalAdvance(price);
    painter->setFont(priceFont);
    QColor priceColor = text;
    if (owned)
        priceColor = palette.color(QPalette::Highlight);
    else if (free)
        priceColor = dark ? QColor(0x5c, 0xd6, 0x8a) : QColor(0x1e, 0x8e, 0x4e);
    painter->setPen(priceColor);
    const int rowBaseline = y + smallMetrics.ascent();
    painter->drawText(QPoint(left + width - priceWidth, rowBaseline), price);

    // Rating: the number, five stars and the count, as far as the price leaves room.
    const double rating = index.data(CourseGridModel::RatingRole).toDouble();
    const qint64 ratingCount = index.data(CourseGridModel::RatingCountRole).toLongLong();
    painter->setFont(small);
    int x = left;
    if (ratingCount > 0) {
        const QString number = QLocale().toString(rating, 'f', 1);
        QFont numberFont = small;
        numberFont.setWeight(QFont::DemiBold);
        painter->setFont(numberFont);
        painter->setPen(starColor(dark));
        painter->drawText(QPoint(x, rowBaseline), number);
        x += QFontMetrics(numberFont).horizontalAdvance(number) + m.gap;
        const qreal starSize = smallMetrics.ascent() * 0.85;
        const QRectF stars(x, rowBaseline - smallMetrics.ascent() * 0.88, starSize * 6, starSize);
        QColor emptyStar = secondary;
        emptyStar.setAlpha(90);
        x += qRound(paintStarRating(*painter, stars, rating, starColor(dark), emptyStar)) + m.gap;
        const QString countText = QStringLiteral("(%1)").arg(CatalogText::count(ratingCount));
        painter->setFont(small);
        painter->setPen(secondary);
        if (x + smallMetrics.horizontalAdvance(countText) < left + width - priceWidth - m.gap)
            painter->drawText(QPoint(x, rowBaseline), countText);
    } else {
        painter->setPen(secondary);
        painter->drawText(QPoint(x, rowBaseline), tr("No ratings yet"));
    }

    if (focused && !selected) {
        QPen focusPen(palette.color(QPalette::Highlight), 1.0, Qt::DashLine);
        painter->setPen(focusPen);
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(shape);
    }
    painter->restore();
}

void CourseCardDelegate::paintPlaceholder(QPainter& painter, const QStyleOptionViewItem& option, const QRect& card) const
{
    const CardMetrics m = metricsFor(option.font, option.rect.width());
    QColor skeleton = option.palette.color(QPalette::Mid);
    skeleton.setAlpha(55);
    QPainterPath shape;
    shape.addRoundedRect(QRectF(card), m.radius, m.radius);
    painter.save();
    painter.setClipPath(shape);
    painter.fillRect(QRect(card.left(), card.top(), card.width(), m.coverHeight), skeleton);
    painter.restore();
    painter.setPen(Qt::NoPen);
    painter.setBrush(skeleton);
    const int left = card.left() + m.padding;
    const int width = card.width() - 2 * m.padding;
    int y = card.top() + m.coverHeight + m.padding;
    const int bar = m.titleLine * 2 / 3;
    painter.drawRoundedRect(QRect(left, y, width, bar), bar / 2, bar / 2);
    y += m.titleLine;
    painter.drawRoundedRect(QRect(left, y, width * 2 / 3, bar), bar / 2, bar / 2);
    y += m.titleLine + m.gap;
    painter.drawRoundedRect(QRect(left, y, width / 2, bar * 3 / 4), bar / 3, bar / 3);
}

} // namespace lectern::ui
