#include "commerce/cart_dialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "commerce/checkout_dialog.h"
#include "commerce/commerce_text.h"
#include "text/catalog_text.h"
#include "widgets/empty_state_widget.h"

namespace lectern::ui {

namespace {

constexpr int kIdRole = Qt::UserRole;

} // namespace

CartDialog::CartDialog(CommerceService& service, QWidget* parent)
    : QDialog(parent)
    , m_service(service)
    , m_stack(new QStackedWidget(this))
    , m_items(new QTreeWidget(this))
    , m_empty(new EmptyStateWidget(this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_coupon(new QLineEdit(this))
    , m_apply(new QPushButton(tr("Apply"), this))
    , m_couponMessage(new QLabel(this))
    , m_totals(new QLabel(this))
    , m_checkout(new QPushButton(tr("Checkout"), this))
{
    setObjectName(QStringLiteral("cartDialog"));
    setWindowTitle(tr("Your cart"));
    setAttribute(Qt::WA_DeleteOnClose);
    const int unit = fontMetrics().height();

    m_items->setObjectName(QStringLiteral("cartItems"));
    m_items->setColumnCount(2);
    m_items->setHeaderLabels({tr("Course"), tr("Price")});
    m_items->setRootIsDecorated(false);
    m_items->setAlternatingRowColors(true);
    m_items->setWordWrap(true);
    m_items->header()->setStretchLastSection(false);
    m_items->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_items->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_remove->setObjectName(QStringLiteral("removeFromCartButton"));
    m_remove->setEnabled(false);

    m_coupon->setObjectName(QStringLiteral("cartCouponField"));
    m_coupon->setPlaceholderText(tr("Coupon code"));
    m_coupon->setClearButtonEnabled(true);
    m_apply->setObjectName(QStringLiteral("applyCartCouponButton"));
    m_couponMessage->setObjectName(QStringLiteral("cartCouponMessage"));
    m_couponMessage->setWordWrap(true);
    m_couponMessage->hide();
    m_totals->setObjectName(QStringLiteral("cartTotal"));
    m_totals->setTextFormat(Qt::RichText);
    m_totals->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    QFont totalFont = m_totals->font();
    totalFont.setPointSizeF(totalFont.pointSizeF() * 1.2);
    m_totals->setFont(totalFont);
    m_checkout->setObjectName(QStringLiteral("checkoutCartButton"));
    m_checkout->setDefault(true);

    m_empty->setObjectName(QStringLiteral("cartEmpty"));
    m_empty->setIconName(QStringLiteral("my-learning"));
    m_empty->setHeading(tr("Your cart is empty"));
    m_empty->setBody(tr("Add courses to the cart from their pages to buy several at once."));
    m_empty->setActionText(tr("Browse courses"));
    connect(m_empty, &EmptyStateWidget::actionTriggered, this, [this] {
        Q_EMIT browseRequested();
        accept();
    });

    auto* listPane = new QWidget(this);
    auto* couponRow = new QHBoxLayout;
    couponRow->addWidget(new QLabel(tr("Coupon"), listPane));
    couponRow->addWidget(m_coupon, 1);
    couponRow->addWidget(m_apply);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_remove);
    actions->addStretch(1);
    actions->addWidget(m_totals);
    auto* paneLayout = new QVBoxLayout(listPane);
    paneLayout->setContentsMargins(0, 0, 0, 0);
    paneLayout->addWidget(m_items, 1);
    paneLayout->addLayout(actions);
    paneLayout->addLayout(couponRow);
    paneLayout->addWidget(m_couponMessage);
    m_stack->addWidget(listPane);
    m_stack->addWidget(m_empty);

    auto* close = new QPushButton(tr("Close"), this);
    close->setObjectName(QStringLiteral("closeCartButton"));
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(close);
    buttons->addWidget(m_checkout);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(unit, unit, unit, unit);
    layout->addWidget(m_stack, 1);
    layout->addLayout(buttons);
    resize(unit * 34, unit * 26);

    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_items, &QTreeWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(!m_items->selectedItems().isEmpty()); });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        for (QTreeWidgetItem* item : m_items->selectedItems())
            m_service.removeFromCart(item->data(0, kIdRole).toString());
    });
    connect(m_apply, &QPushButton::clicked, this, &CartDialog::applyCoupon);
    connect(m_coupon, &QLineEdit::returnPressed, this, &CartDialog::applyCoupon);
    connect(m_checkout, &QPushButton::clicked, this, &CartDialog::checkout);
    connect(&m_service, &CommerceService::cartChanged, this, [this] { m_service.loadCartLines(); });
    connect(&m_service, &CommerceService::cartLinesLoaded, this, &CartDialog::onLines);
    connect(&m_service, &CommerceService::checkoutFinished, this, &CartDialog::onFinished);
    m_service.loadCartLines();
}

void CartDialog::onLines(const std::vector<CartLine>& lines)
{
    m_lines = lines;
    m_quote.reset(); // the cart changed: a quote for the old one no longer holds
    m_items->clear();
    for (const CartLine& line : lines) {
        const QString title = line.known ? line.title : tr("A course no longer in the catalog");
        auto* item = new QTreeWidgetItem(m_items, {title, line.known ? CatalogText::price(line.price) : QString()});
        item->setData(0, kIdRole, line.courseId);
        item->setToolTip(0, title);
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    }
    m_stack->setCurrentWidget(lines.empty() ? static_cast<QWidget*>(m_empty) : m_stack->widget(0));
    m_checkout->setEnabled(!lines.empty());
    updateTotals();
    if (!m_coupon->text().trimmed().isEmpty() && !lines.empty())
        applyCoupon();
}

void CartDialog::updateTotals()
{
    if (m_quote) {
        m_totals->setText(tr("Total: %1").arg(totalsHtml(*m_quote)));
        return;
    }
    std::int64_t sum = 0;
    std::string currency = "CNY";
    for (const CartLine& line : m_lines) {
        sum += line.price.amountMinor;
        currency = line.price.currency;
    }
    m_totals->setText(tr("Total: %1").arg(QStringLiteral("<b>%1</b>")
                                              .arg(CommerceText::money(commerce::Money{sum, currency}).toHtmlEscaped())));
}

// The server prices the cart with the coupon: the total shown is the one that
// will be charged.
void CartDialog::applyCoupon()
{
    QStringList ids;
    for (const CartLine& line : m_lines)
        ids << line.courseId;
    if (ids.isEmpty())
        return;
    m_couponMessage->setStyleSheet(QString());
    m_couponMessage->setText(tr("Asking the server for the price…"));
    m_couponMessage->show();
    m_apply->setEnabled(false);
    m_request = m_service.placeOrder(ids, {}, m_coupon->text().trimmed());
}

void CartDialog::onFinished(CommerceService::RequestId id, const commerce::CheckoutResult& result)
{
    if (id != m_request)
        return;
    m_apply->setEnabled(true);
    if (result.outcome == commerce::CheckoutOutcome::OrderPlaced && result.order) {
        m_quote = result.order;
        m_couponMessage->setVisible(m_quote->coupon.has_value());
        m_couponMessage->setText(m_quote->coupon ? tr("Coupon %1 applied.").arg(toQString(*m_quote->coupon))
                                                 : QString());
    } else {
        m_quote.reset();
        m_couponMessage->setStyleSheet(QStringLiteral("color: #c0392b;"));
        m_couponMessage->setText(CommerceText::outcomeMessage(result));
        m_couponMessage->show();
    }
    updateTotals();
}

void CartDialog::checkout()
{
    CheckoutDialog::Purchase purchase;
    for (const CartLine& line : m_lines)
        purchase.courseIds << line.courseId;
    if (purchase.courseIds.isEmpty())
        return;
    purchase.coupon = m_quote && m_quote->coupon ? toQString(*m_quote->coupon) : QString();
    auto* dialog = m_quote ? new CheckoutDialog(m_service, *m_quote, purchase, parentWidget())
                           : new CheckoutDialog(m_service, purchase, parentWidget());
    dialog->setModal(true);
    Q_EMIT checkoutOpened(dialog);
    accept();
    dialog->open();
}

} // namespace lectern::ui
