#include "commerce/checkout_dialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

#include "commerce/commerce_text.h"
#include "text/catalog_text.h"

namespace lectern::ui {

namespace {

using commerce::CheckoutOutcome;

constexpr int kCheckAgainMs = 3000;

QString digitsOf(const QString& text)
{
    QString digits;
    for (const QChar c : text)
        if (c.isDigit())
            digits += c;
    return digits;
}

} // namespace

QString totalsHtml(const commerce::Order& order)
{
    const QString total = CommerceText::money(order.total).toHtmlEscaped();
    if (order.discount.amountMinor == 0)
        return QStringLiteral("<b>%1</b>").arg(total);
    QString line = QStringLiteral("<span style=\"color:gray\"><s>%1</s></span>&nbsp;&nbsp;<b>%2</b>")
                       .arg(CommerceText::money(order.subtotal).toHtmlEscaped(), total);
    const QString saving = order.coupon
        ? CheckoutDialog::tr("You save %1 with coupon %2")
              .arg(CommerceText::money(order.discount), toQString(*order.coupon))
        : CheckoutDialog::tr("You save %1").arg(CommerceText::money(order.discount));
    return line + QStringLiteral("<br/><small>") + saving.toHtmlEscaped() + QStringLiteral("</small>");
}

CheckoutDialog::CheckoutDialog(CommerceService& service, Purchase purchase, QWidget* parent)
    : QDialog(parent)
    , m_service(service)
    , m_purchase(std::move(purchase))
{
    build();
    requestQuote();
}

CheckoutDialog::CheckoutDialog(CommerceService& service, const commerce::Order& order, Purchase purchase,
                               QWidget* parent)
    : QDialog(parent)
    , m_service(service)
    , m_purchase(std::move(purchase))
{
    build();
    showOrder(order);
    setState(State::Ready);
}

void CheckoutDialog::build()
{
    setObjectName(QStringLiteral("checkoutDialog"));
    setWindowTitle(tr("Checkout"));
    setAttribute(Qt::WA_DeleteOnClose);
    const int unit = fontMetrics().height();

    m_pages = new QStackedWidget(this);
    auto* form = new QWidget(m_pages);

    m_heading = new QLabel(tr("Review and pay"), form);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setWeight(QFont::DemiBold);
    m_heading->setFont(headingFont);

    // Items as wrapped labels: long course titles (and long Chinese ones) show whole.
    m_items = new QWidget(form);
    m_items->setObjectName(QStringLiteral("checkoutItems"));
    m_itemRows = new QGridLayout(m_items);
    m_itemRows->setContentsMargins(unit / 2, unit / 2, unit / 2, unit / 2);
    m_itemRows->setHorizontalSpacing(unit);
    m_itemRows->setColumnStretch(0, 1);
    auto* itemsScroll = new QScrollArea(form);
    itemsScroll->setWidget(m_items);
    itemsScroll->setWidgetResizable(true);
    itemsScroll->setFrameShape(QFrame::StyledPanel);
    itemsScroll->setMinimumHeight(unit * 4);
    itemsScroll->setBackgroundRole(QPalette::Base);

    m_totals = new QLabel(form);
    m_totals->setObjectName(QStringLiteral("checkoutTotal"));
    m_totals->setTextFormat(Qt::RichText);
    m_totals->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    QFont totalFont = m_totals->font();
    totalFont.setPointSizeF(totalFont.pointSizeF() * 1.2);
    m_totals->setFont(totalFont);

    m_coupon = new QLineEdit(m_purchase.coupon, form);
    m_coupon->setObjectName(QStringLiteral("checkoutCouponField"));
    m_coupon->setPlaceholderText(tr("Coupon code (optional)"));
    m_coupon->setClearButtonEnabled(true);
    m_applyCoupon = new QPushButton(tr("Apply"), form);
    m_applyCoupon->setObjectName(QStringLiteral("checkoutApplyCouponButton"));
    m_couponMessage = new QLabel(form);
    m_couponMessage->setObjectName(QStringLiteral("checkoutCouponMessage"));
    m_couponMessage->setWordWrap(true);
    m_couponMessage->hide();
    auto* couponRow = new QHBoxLayout;
    couponRow->addWidget(m_coupon, 1);
    couponRow->addWidget(m_applyCoupon);

    m_card = new QLineEdit(form);
    m_card->setObjectName(QStringLiteral("cardNumberField"));
    m_card->setPlaceholderText(QStringLiteral("4242 4242 4242 4242"));
    m_card->setAccessibleName(tr("Card number"));
    m_card->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9 \\-]{0,23}")), m_card));
    m_card->setInputMethodHints(Qt::ImhDigitsOnly);

    m_help = new QLabel(CommerceText::sandboxCardsHelp(), form);
    m_help->setObjectName(QStringLiteral("sandboxCardsHelp"));
    m_help->setWordWrap(true);
    m_help->setForegroundRole(QPalette::PlaceholderText);
    m_help->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont helpFont = m_help->font();
    helpFont.setPointSizeF(helpFont.pointSizeF() * 0.9);
    m_help->setFont(helpFont);

    m_message = new QLabel(form);
    m_message->setObjectName(QStringLiteral("checkoutMessage"));
    m_message->setWordWrap(true);
    m_message->hide();

    auto* fields = new QFormLayout;
    fields->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    fields->addRow(tr("Coupon"), couponRow);
    fields->addRow(QString(), m_couponMessage);
    fields->addRow(tr("Card number"), m_card);

    auto* formLayout = new QVBoxLayout(form);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->setSpacing(unit / 2);
    formLayout->addWidget(m_heading);
    formLayout->addWidget(itemsScroll, 1);
    formLayout->addWidget(m_totals);
    formLayout->addLayout(fields);
    formLayout->addWidget(m_help);
    formLayout->addWidget(m_message);

    // After payment: what was bought and where to find it.
    auto* done = new QWidget(m_pages);
    done->setObjectName(QStringLiteral("checkoutDonePage"));
    m_doneHeading = new QLabel(done);
    m_doneHeading->setObjectName(QStringLiteral("checkoutDoneHeading"));
    m_doneHeading->setFont(headingFont);
    m_doneHeading->setWordWrap(true);
    m_doneBody = new QLabel(done);
    m_doneBody->setObjectName(QStringLiteral("checkoutDoneBody"));
    m_doneBody->setWordWrap(true);
    auto* doneLayout = new QVBoxLayout(done);
    doneLayout->addStretch(1);
    doneLayout->addWidget(m_doneHeading, 0, Qt::AlignHCenter);
    doneLayout->addWidget(m_doneBody);
    doneLayout->addStretch(2);

    m_pages->addWidget(form);
    m_pages->addWidget(done);

    m_pay = new QPushButton(tr("Pay"), this);
    m_pay->setObjectName(QStringLiteral("payButton"));
    m_pay->setDefault(true);
    m_pay->setMinimumWidth(unit * 8);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("checkoutCloseButton"));
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_pay);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(unit, unit, unit, unit);
    layout->setSpacing(unit * 2 / 3);
    layout->addWidget(m_pages, 1);
    layout->addLayout(buttons);
    resize(unit * 36, unit * 31);

    m_checkAgain.setSingleShot(true);
    m_checkAgain.setInterval(kCheckAgainMs);
    connect(&m_checkAgain, &QTimer::timeout, this, [this] {
        if (m_state == State::Checking && m_order)
            m_request = m_service.checkPending(QString::fromStdString(m_order->id));
    });
    connect(m_pay, &QPushButton::clicked, this, &CheckoutDialog::pay);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_card, &QLineEdit::textChanged, this, &CheckoutDialog::updatePayButton);
    connect(m_card, &QLineEdit::returnPressed, this, &CheckoutDialog::pay);
    connect(m_applyCoupon, &QPushButton::clicked, this, [this] {
        m_purchase.coupon = m_coupon->text().trimmed();
        requestQuote();
    });
    connect(m_coupon, &QLineEdit::returnPressed, m_applyCoupon, &QPushButton::click);
    connect(&m_service, &CommerceService::checkoutFinished, this, &CheckoutDialog::onFinished);
    m_card->setFocus();
}

void CheckoutDialog::requestQuote()
{
    if (m_state == State::Paying || m_state == State::Checking || m_state == State::Paid)
        return;
    setState(State::Pricing);
    m_couponMessage->hide();
    setMessage(tr("Getting the price from the server…"), false);
    m_request = m_service.placeOrder(m_purchase.courseIds, m_purchase.planId, m_purchase.coupon);
}

void CheckoutDialog::pay()
{
    // The first click disables the button before anything else can run, so a
    // second click of a double click finds nothing to do.
    if (m_state != State::Ready || !m_order || digitsOf(m_card->text()).size() < 12)
        return;
    setState(State::Paying);
    setMessage(tr("Paying…"), false);
    const CommerceService::RequestId id = m_service.pay(QString::fromStdString(m_order->id), digitsOf(m_card->text()));
    if (id != 0)
        m_request = id;
}

void CheckoutDialog::onFinished(CommerceService::RequestId id, const commerce::CheckoutResult& result)
{
    if (id != m_request)
        return;
    const QString message = CommerceText::outcomeMessage(result);
    switch (result.outcome) {
    case CheckoutOutcome::OrderPlaced:
        showOrder(*result.order);
        setMessage({}, false);
        setState(State::Ready);
        break;
    case CheckoutOutcome::Paid:
        showPaid(result.order ? *result.order : m_order.value_or(commerce::Order{}));
        break;
    case CheckoutOutcome::CouponInvalid:
    case CheckoutOutcome::CouponExpired:
    case CheckoutOutcome::CouponExhausted:
    case CheckoutOutcome::CouponNotApplicable:
        m_couponMessage->setText(message);
        m_couponMessage->setStyleSheet(QStringLiteral("color: #c0392b;"));
        m_couponMessage->show();
        setMessage({}, false);
        if (m_state == State::Paying) { // exhausted at payment: the order stays payable
            setState(State::Ready);
            break;
        }
        m_purchase.coupon.clear();
        if (m_order && !m_order->coupon) {
            setState(State::Ready); // the price without a coupon still stands
        } else {
            m_request = m_service.placeOrder(m_purchase.courseIds, m_purchase.planId, {});
            setState(State::Pricing);
        }
        break;
    case CheckoutOutcome::Unknown:
        // Never a guess and never a second payment: ask the server until it knows.
        setState(State::Checking);
        setMessage(message, false);
        m_checkAgain.start();
        break;
    case CheckoutOutcome::Declined:
    case CheckoutOutcome::InsufficientFunds:
    case CheckoutOutcome::NotPaid:
        setMessage(message, true);
        setState(State::Ready);
        m_card->setFocus();
        m_card->selectAll();
        break;
    case CheckoutOutcome::AlreadyOwned:
    case CheckoutOutcome::UnknownItem:
    case CheckoutOutcome::EmptyOrder:
    case CheckoutOutcome::NotPayable:
    case CheckoutOutcome::Failed:
        setMessage(message, true);
        setState(m_order && result.outcome == CheckoutOutcome::Failed ? State::Ready : State::Closed);
        break;
    }
}

void CheckoutDialog::showOrder(const commerce::Order& order)
{
    m_order = order;
    while (QLayoutItem* old = m_itemRows->takeAt(0)) {
        delete old->widget();
        delete old;
    }
    int row = 0;
    for (const commerce::OrderItem& item : order.items) {
        auto* title = new QLabel(CommerceText::itemTitle(item), m_items);
        title->setWordWrap(true);
        auto* price = new QLabel(CommerceText::money(item.price), m_items);
        price->setAlignment(Qt::AlignRight | Qt::AlignTop);
        m_itemRows->addWidget(title, row, 0, Qt::AlignTop);
        m_itemRows->addWidget(price, row, 1, Qt::AlignTop);
        ++row;
    }
    m_itemRows->setRowStretch(row, 1);
    m_totals->setText(tr("Total: %1").arg(totalsHtml(order)));
    if (order.coupon)
        m_coupon->setText(toQString(*order.coupon));
}

void CheckoutDialog::showPaid(const commerce::Order& order)
{
    m_checkAgain.stop();
    m_order = order;
    setState(State::Paid);
    QStringList titles;
    for (const commerce::OrderItem& item : order.items)
        titles << CommerceText::itemTitle(item);
    const bool free = order.total.amountMinor == 0;
    m_doneHeading->setText(free ? tr("You're enrolled") : tr("Payment received"));
    m_doneBody->setText((free ? tr("%1 is now in My Learning.") : tr("Thank you! %1 is now yours, in My Learning."))
                            .arg(titles.join(QStringLiteral(", ")))
                        + QStringLiteral("\n\n")
                        + (free ? QString()
                                : tr("%1 was charged. The receipt is under My Learning → Orders.")
                                      .arg(CommerceText::money(order.total))));
    m_pages->setCurrentIndex(1);
    Q_EMIT paid(order);
}

void CheckoutDialog::setState(State state)
{
    m_state = state;
    const bool editable = state == State::Ready || state == State::Pricing;
    m_card->setEnabled(state == State::Ready || state == State::Pricing);
    m_coupon->setEnabled(editable);
    m_applyCoupon->setEnabled(state == State::Ready);
    m_cancel->setText(state == State::Paid || state == State::Closed ? tr("Close") : tr("Cancel"));
    // While paying or checking, closing would hide an answer that is on its
    // way; the payment itself is safe either way (its key is stored).
    m_cancel->setEnabled(state != State::Paying);
    m_pay->setVisible(state != State::Paid && state != State::Closed);
    updatePayButton();
}

void CheckoutDialog::updatePayButton()
{
    const bool ready = m_state == State::Ready && m_order && digitsOf(m_card->text()).size() >= 12;
    m_pay->setEnabled(ready);
    if (m_state == State::Paying)
        m_pay->setText(tr("Paying…"));
    else if (m_state == State::Checking)
        m_pay->setText(tr("Checking…"));
    else if (m_order)
        m_pay->setText(tr("Pay %1").arg(CommerceText::money(m_order->total)));
    else
        m_pay->setText(tr("Pay"));
}

void CheckoutDialog::setMessage(const QString& text, bool problem)
{
    m_message->setText(text);
    m_message->setStyleSheet(problem ? QStringLiteral("color: #c0392b; font-weight: 600;") : QString());
    m_message->setVisible(!text.isEmpty());
}

} // namespace lectern::ui
