// The subscription: the plans (monthly, yearly) with what they include, the
// learner's current plan with its renewal or end date, and cancelling at the
// end of the paid period.
#pragma once

#include <optional>
#include <vector>

#include <QWidget>

#include "commerce/commerce_types.h"
#include "services/commerce_service.h"

class QHBoxLayout;
class QLabel;
class QPushButton;

namespace lectern::ui {

class SubscriptionView final : public QWidget {
    Q_OBJECT

public:
    explicit SubscriptionView(CommerceService& service, QWidget* parent = nullptr);

    void reload();

Q_SIGNALS:
    // Subscribe to this plan: the window opens the checkout.
    void subscribeRequested(const QString& planId);

private:
    void onPlans(const std::vector<commerce::Plan>& plans);
    void onStatus(const commerce::SubscriptionStatus& status);
    void onFailed(const commerce::CommerceError& error);
    void confirmCancel();
    void updatePlans();

    CommerceService& m_service;
    std::vector<commerce::Plan> m_plans;
    std::optional<commerce::SubscriptionStatus> m_status;
    QLabel* m_statusLine = nullptr;
    QLabel* m_statusDetail = nullptr;
    QPushButton* m_cancel = nullptr;
    QLabel* m_message = nullptr;
    QWidget* m_planBox = nullptr;
    QHBoxLayout* m_planRow = nullptr;
};

} // namespace lectern::ui
