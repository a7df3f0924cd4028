// Paints one course card: cover, two-line title, instructor, stars and price.
// Every measure derives from the view's font, so cards scale with the font and DPI.
#pragma once

#include <QStyledItemDelegate>

namespace lectern::ui {

class CommerceService;

class CourseCardDelegate final : public QStyledItemDelegate {
    Q_OBJECT

public:
    explicit CourseCardDelegate(QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    [[nodiscard]] QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    // The card size for a font and width (0: the narrowest card that reads well); the same
    // for every card, so the view can use uniform item sizes.
    [[nodiscard]] static QSize cardSize(const QFont& font, int width = 0);
    [[nodiscard]] static int minimumCardWidth(const QFont& font);
    // The grid widens cards to fill its rows; see DiscoverPage.
    void setCardWidth(int width) { m_cardWidth = width; }
    [[nodiscard]] int cardWidth() const { return m_cardWidth; }
    // Owned and subscription state come from the service's snapshot (a set
    // lookup per card, no query); null shows catalog prices only.
    void setCommerceService(const CommerceService* service) { m_commerce = service; }

private:
    void paintPlaceholder(QPainter& painter, const QStyleOptionViewItem& option, const QRect& card) const;

    int m_cardWidth = 0;
    const CommerceService* m_commerce = nullptr;
};

} // namespace lectern::ui
