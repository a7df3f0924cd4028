// My Learning: the courses the learner owns with their progress, their orders
// (receipts, refunds) and their subscription, plus the cart and "Restore purchases".
#pragma once

#include <vector>

#include <QWidget>

#include "services/commerce_service.h"

class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTreeWidget;

namespace lectern::ui {

class CheckoutDialog;
class EmptyStateWidget;
class OrdersView;
class SubscriptionView;

class MyLearningPage final : public QWidget {
    Q_OBJECT

public:
    enum Tab { CoursesTab, OrdersTab, SubscriptionTab };

    explicit MyLearningPage(CommerceService& service, QWidget* parent = nullptr);

    void showTab(Tab tab);
    void reload();
    void openCart();
    CheckoutDialog* openCheckout(const QStringList& courseIds, const QString& planId);
    void setAccountName(const QString& name);

    [[nodiscard]] QTreeWidget* library() const { return m_library; }
    [[nodiscard]] OrdersView* orders() const { return m_orders; }
    [[nodiscard]] SubscriptionView* subscription() const { return m_subscription; }

Q_SIGNALS:
    void courseActivated(qint64 key);
    void browseRequested();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void onLibrary(const std::vector<LibraryCourse>& courses);
    void updateCartButton();

    CommerceService& m_service;
    QLabel* m_heading = nullptr;
    QLabel* m_restoreStatus = nullptr;
    QPushButton* m_cart = nullptr;
    QPushButton* m_restore = nullptr;
    QTabWidget* m_tabs = nullptr;
    QStackedWidget* m_libraryStack = nullptr;
    QTreeWidget* m_library = nullptr;
    EmptyStateWidget* m_libraryEmpty = nullptr;
    OrdersView* m_orders = nullptr;
    SubscriptionView* m_subscription = nullptr;
};

} // namespace lectern::ui
