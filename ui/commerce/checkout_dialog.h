// Paying for an order: the server's items and total (a coupon may lower it),
// a card number, and one Pay button that can never pay twice. A lost answer is
// not a guess: the dialog says "we're checking" and asks the server until it
// knows whether the payment went through.
#pragma once

#include <optional>

#include <QDialog>
#include <QStringList>
#include <QTimer>

#include "commerce/commerce_types.h"
#include "services/commerce_service.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QGridLayout;

namespace lectern::ui {

class CheckoutDialog final : public QDialog {
    Q_OBJECT

public:
    // What to buy: courses and/or a plan, with an optional coupon.
    struct Purchase {
        QStringList courseIds;
        QString planId;
        QString coupon;
    };
    enum class State { Pricing, Ready, Paying, Checking, Paid, Closed };

    CheckoutDialog(CommerceService& service, Purchase purchase, QWidget* parent = nullptr);
    // Starts from an order the server already priced (the cart's quote).
    CheckoutDialog(CommerceService& service, const commerce::Order& order, Purchase purchase,
                   QWidget* parent = nullptr);

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] const std::optional<commerce::Order>& order() const { return m_order; }

Q_SIGNALS:
    void paid(const lectern::commerce::Order& order);

private:
    void build();
    void requestQuote();
    void pay();
    void onFinished(CommerceService::RequestId id, const commerce::CheckoutResult& result);
    void showOrder(const commerce::Order& order);
    void showPaid(const commerce::Order& order);
    void setState(State state);
    void setMessage(const QString& text, bool problem);
    void updatePayButton();

    CommerceService& m_service;
    Purchase m_purchase;
    std::optional<commerce::Order> m_order;
    State m_state = State::Pricing;
    CommerceService::RequestId m_request = 0;
    QTimer m_checkAgain;

    QStackedWidget* m_pages = nullptr;
    QLabel* m_heading = nullptr;
    QWidget* m_items = nullptr;
    QGridLayout* m_itemRows = nullptr;
    QLabel* m_totals = nullptr;
    QLineEdit* m_coupon = nullptr;
    QPushButton* m_applyCoupon = nullptr;
    QLabel* m_couponMessage = nullptr;
    QLineEdit* m_card = nullptr;
    QLabel* m_help = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_pay = nullptr;
    QPushButton* m_cancel = nullptr;
    QLabel* m_doneHeading = nullptr;
    QLabel* m_doneBody = nullptr;
};

// "<s>¥199</s> ¥179.10" when a discount applies, else the total: rich text.
[[nodiscard]] QString totalsHtml(const commerce::Order& order);

} // namespace lectern::ui
