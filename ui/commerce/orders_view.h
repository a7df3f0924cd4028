// Order history: every order newest first with its items, total and state;
// receipts to print or keep as PDF, and refunds (the server says when not).
#pragma once

#include <vector>

#include <QWidget>

#include "commerce/commerce_types.h"
#include "services/commerce_service.h"

class QFileDialog;
class QInputDialog;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTreeWidget;

namespace lectern::ui {

class EmptyStateWidget;

class OrdersView final : public QWidget {
    Q_OBJECT

public:
    explicit OrdersView(CommerceService& service, QWidget* parent = nullptr);

    void reload();
    [[nodiscard]] QTreeWidget* tree() const { return m_tree; }
    [[nodiscard]] const std::vector<commerce::Order>& orders() const { return m_orders; }
    // Writes the selected order's receipt; false when nothing is selected or the file failed.
    bool exportSelectedReceipt(const QString& path);
    // The name shown on receipts (the signed-in account).
    void setAccountName(const QString& name) { m_account = name; }

private:
    void onLoaded(const std::vector<commerce::Order>& orders);
    void onFailed(const commerce::CommerceError& error);
    void onRefund(const QString& orderId, bool ok, const commerce::CommerceError& error);
    void updateActions();
    void askForRefund();
    void askWhereToExport();
    void setMessage(const QString& text, bool problem);
    [[nodiscard]] const commerce::Order* selectedOrder() const;

    CommerceService& m_service;
    std::vector<commerce::Order> m_orders;
    QString m_account;
    QString m_selectAfterReload;
    QStackedWidget* m_stack = nullptr;
    QTreeWidget* m_tree = nullptr;
    EmptyStateWidget* m_empty = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_print = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_refund = nullptr;
};

} // namespace lectern::ui
