// The cart: the courses the learner put aside to buy together, with a coupon
// field that shows the server's total before anything is paid.
#pragma once

#include <optional>
#include <vector>

#include <QDialog>

#include "commerce/commerce_types.h"
#include "services/commerce_service.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTreeWidget;

namespace lectern::ui {

class EmptyStateWidget;

class CartDialog final : public QDialog {
    Q_OBJECT

public:
    explicit CartDialog(CommerceService& service, QWidget* parent = nullptr);

    [[nodiscard]] QTreeWidget* items() const { return m_items; }

Q_SIGNALS:
    void browseRequested();
    // The checkout dialog this cart opened (for tests and the window).
    void checkoutOpened(QDialog* dialog);

private:
    void onLines(const std::vector<CartLine>& lines);
    void applyCoupon();
    void onFinished(CommerceService::RequestId id, const commerce::CheckoutResult& result);
    void checkout();
    void updateTotals();

    CommerceService& m_service;
    std::vector<CartLine> m_lines;
    std::optional<commerce::Order> m_quote; // the server's price for the cart as it is, with the coupon
    CommerceService::RequestId m_request = 0;

    QStackedWidget* m_stack = nullptr;
    QTreeWidget* m_items = nullptr;
    EmptyStateWidget* m_empty = nullptr;
    QPushButton* m_remove = nullptr;
    QLineEdit* m_coupon = nullptr;
    QPushButton* m_apply = nullptr;
    QLabel* m_couponMessage = nullptr;
    QLabel* m_totals = nullptr;
    QPushButton* m_checkout = nullptr;
};

} // namespace lectern::ui
