#include "commerce/orders_view.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "commerce/commerce_text.h"
#include "commerce/receipt.h"
#include "text/catalog_text.h"
#include "widgets/empty_state_widget.h"

namespace lectern::ui {

namespace {

constexpr int kIdRole = Qt::UserRole;
enum Column { DateColumn, ItemsColumn, TotalColumn, StatusColumn };

} // namespace

OrdersView::OrdersView(CommerceService& service, QWidget* parent)
    : QWidget(parent)
    , m_service(service)
    , m_stack(new QStackedWidget(this))
    , m_tree(new QTreeWidget(this))
    , m_empty(new EmptyStateWidget(this))
    , m_message(new QLabel(this))
    , m_print(new QPushButton(tr("Print receipt…"), this))
    , m_export(new QPushButton(tr("Save receipt as PDF…"), this))
    , m_refund(new QPushButton(tr("Request refund…"), this))
{
    setObjectName(QStringLiteral("ordersView"));
    const int unit = fontMetrics().height();
    m_tree->setObjectName(QStringLiteral("ordersTree"));
    m_tree->setColumnCount(4);
    m_tree->setHeaderLabels({tr("Date"), tr("Items"), tr("Total"), tr("Status")});
    m_tree->setRootIsDecorated(false);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(DateColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(ItemsColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(TotalColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(StatusColumn, QHeaderView::ResizeToContents);
    m_print->setObjectName(QStringLiteral("printReceiptButton"));
    m_export->setObjectName(QStringLiteral("exportReceiptButton"));
    m_refund->setObjectName(QStringLiteral("refundButton"));
    m_message->setObjectName(QStringLiteral("ordersMessage"));
    m_message->setWordWrap(true);
    m_message->hide();

    m_empty->setObjectName(QStringLiteral("ordersEmpty"));
    m_empty->setIconName(QStringLiteral("my-learning"));
    m_empty->setHeading(tr("No orders yet"));
    m_empty->setBody(tr("Courses and subscriptions you buy are listed here, with receipts to print or save."));

    auto* pane = new QWidget(this);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    for (QPushButton* button : {m_print, m_export, m_refund})
        buttons->addWidget(button);
    auto* paneLayout = new QVBoxLayout(pane);
    paneLayout->setContentsMargins(0, 0, 0, 0);
    paneLayout->addWidget(m_tree, 1);
    paneLayout->addLayout(buttons);
    m_stack->addWidget(pane);
    m_stack->addWidget(m_empty);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, unit / 2, 0, 0);
    layout->addWidget(m_message);
    layout->addWidget(m_stack, 1);

    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, &OrdersView::updateActions);
    connect(m_print, &QPushButton::clicked, this, [this] {
        if (const commerce::Order* order = selectedOrder())
            Receipt(*order, m_account).print(this);
    });
    connect(m_export, &QPushButton::clicked, this, &OrdersView::askWhereToExport);
    connect(m_refund, &QPushButton::clicked, this, &OrdersView::askForRefund);
    connect(&m_service, &CommerceService::ordersLoaded, this, &OrdersView::onLoaded);
    connect(&m_service, &CommerceService::ordersFailed, this, &OrdersView::onFailed);
    connect(&m_service, &CommerceService::refundFinished, this, &OrdersView::onRefund);
    updateActions();
}

void OrdersView::reload()
{
    m_service.loadOrders();
}

void OrdersView::onLoaded(const std::vector<commerce::Order>& orders)
{
    const commerce::Order* selected = selectedOrder();
    const QString keep = !m_selectAfterReload.isEmpty() ? m_selectAfterReload
                         : selected                     ? QString::fromStdString(selected->id)
                                                        : QString();
    m_selectAfterReload.clear();
    // An order never paid is a price the learner was shown, not a purchase.
    m_orders.clear();
    for (const commerce::Order& order : orders)
        if (order.status != commerce::OrderStatus::Pending)
            m_orders.push_back(order);
    m_tree->clear();
    for (const commerce::Order& order : m_orders) {
        QStringList titles;
        for (const commerce::OrderItem& item : order.items)
            titles << CommerceText::itemTitle(item);
        auto* row = new QTreeWidgetItem(m_tree, {CommerceText::date(order.paidAt.value_or(order.createdAt)),
                                                 titles.join(QStringLiteral(", ")), CommerceText::money(order.total),
                                                 CommerceText::orderStatus(order.status)});
        const QString id = QString::fromStdString(order.id);
        row->setData(0, kIdRole, id);
        row->setToolTip(ItemsColumn, titles.join(QLatin1Char('\n')));
        row->setTextAlignment(TotalColumn, Qt::AlignRight | Qt::AlignVCenter);
        if (order.status == commerce::OrderStatus::Refunded)
            row->setForeground(StatusColumn, palette().brush(QPalette::PlaceholderText));
        if (id == keep)
            m_tree->setCurrentItem(row);
    }
    m_stack->setCurrentWidget(m_orders.empty() ? static_cast<QWidget*>(m_empty) : m_stack->widget(0));
    updateActions();
}

void OrdersView::onFailed(const commerce::CommerceError& error)
{
    setMessage(CommerceText::errorMessage(error), true);
}

const commerce::Order* OrdersView::selectedOrder() const
{
    const QTreeWidgetItem* item = m_tree->currentItem();
    if (!item || !item->isSelected())
        return nullptr;
    const QString id = item->data(0, kIdRole).toString();
    for (const commerce::Order& order : m_orders)
        if (QString::fromStdString(order.id) == id)
            return &order;
    return nullptr;
}

void OrdersView::updateActions()
{
    const commerce::Order* order = selectedOrder();
    m_print->setEnabled(order != nullptr);
    m_export->setEnabled(order != nullptr);
    m_refund->setEnabled(order && order->status == commerce::OrderStatus::Paid);
}

bool OrdersView::exportSelectedReceipt(const QString& path)
{
    const commerce::Order* order = selectedOrder();
    if (!order)
        return false;
    const bool ok = Receipt(*order, m_account).exportPdf(path);
    setMessage(ok ? tr("Receipt saved to %1.").arg(QDir::toNativeSeparators(path))
                  : tr("The receipt could not be saved to %1. Choose another folder.")
                        .arg(QDir::toNativeSeparators(path)),
               !ok);
    return ok;
}

void OrdersView::askWhereToExport()
{
    const commerce::Order* order = selectedOrder();
    if (!order)
        return;
    // Not the static helper: a dialog object the window (and tests) can see.
    auto* dialog = new QFileDialog(this, tr("Save receipt"));
    dialog->setObjectName(QStringLiteral("receiptFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilter(tr("PDF documents (*.pdf)"));
    dialog->setDefaultSuffix(QStringLiteral("pdf"));
    dialog->setDirectory(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    dialog->selectFile(Receipt(*order, m_account).suggestedFileName());
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) { exportSelectedReceipt(path); });
    dialog->open();
}

void OrdersView::askForRefund()
{
    const commerce::Order* order = selectedOrder();
    if (!order)
        return;
    const QString id = QString::fromStdString(order->id);
    auto* dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("refundReasonDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Request a refund"));
    dialog->setLabelText(tr("Orders can be refunded in full within 7 days of payment, and access to what they "
                            "bought ends at once. Why are you asking for a refund? (optional)"));
    dialog->setOkButtonText(tr("Refund"));
    dialog->setInputMode(QInputDialog::TextInput);
    connect(dialog, &QInputDialog::textValueSelected, this, [this, id](const QString& reason) {
        setMessage(tr("Asking the server for a refund…"), false);
        m_refund->setEnabled(false);
        m_service.refund(id, reason.left(1000));
    });
    dialog->open();
}

void OrdersView::onRefund(const QString& orderId, bool ok, const commerce::CommerceError& error)
{
    if (ok)
        setMessage(tr("The order was refunded. Access to what it bought has ended."), false);
    else
        setMessage(CommerceText::refundRefused(error), true);
    m_selectAfterReload = orderId;
    reload();
}

void OrdersView::setMessage(const QString& text, bool problem)
{
    m_message->setText(text);
    m_message->setStyleSheet(problem ? QStringLiteral("color: #c0392b;") : QString());
    m_message->setVisible(!text.isEmpty());
}

} // namespace lectern::ui
