#include "commerce/subscription_view.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

#include "commerce/commerce_text.h"
#include "text/catalog_text.h"

namespace lectern::ui {

namespace {

QLabel* wrapped(const QString& text, QWidget* parent, qreal scale = 1.0, QFont::Weight weight = QFont::Normal)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setWeight(weight);
    label->setFont(font);
    return label;
}

} // namespace

SubscriptionView::SubscriptionView(CommerceService& service, QWidget* parent)
    : QWidget(parent)
    , m_service(service)
{
    setObjectName(QStringLiteral("subscriptionView"));
    const int unit = fontMetrics().height();

    auto* statusCard = new QFrame(this);
    statusCard->setObjectName(QStringLiteral("subscriptionStatusCard"));
    statusCard->setFrameShape(QFrame::StyledPanel);
    m_statusLine = wrapped(tr("Checking your subscription…"), statusCard, 1.2, QFont::DemiBold);
    m_statusLine->setObjectName(QStringLiteral("subscriptionStatus"));
    m_statusDetail = wrapped(QString(), statusCard);
    m_statusDetail->setObjectName(QStringLiteral("subscriptionDetail"));
    m_statusDetail->setForegroundRole(QPalette::PlaceholderText);
    m_cancel = new QPushButton(tr("Cancel at end of period…"), statusCard);
    m_cancel->setObjectName(QStringLiteral("cancelSubscriptionButton"));
    m_cancel->hide();
    auto* statusLayout = new QHBoxLayout(statusCard);
    auto* statusText = new QVBoxLayout;
    statusText->addWidget(m_statusLine);
    statusText->addWidget(m_statusDetail);
    statusLayout->addLayout(statusText, 1);
    statusLayout->addWidget(m_cancel, 0, Qt::AlignVCenter);

    auto* includes = wrapped(tr("A subscription opens every course marked “Included in your subscription” — "
                                "stream or download them on this device, for as long as the subscription runs. "
                                "Courses you buy stay yours whatever happens to it. Cancel any time: access lasts "
                                "until the end of the period you paid for."),
                             this);
    includes->setObjectName(QStringLiteral("subscriptionIncludes"));

    m_message = wrapped(QString(), this);
    m_message->setObjectName(QStringLiteral("subscriptionMessage"));
    m_message->hide();

    m_planBox = new QWidget(this);
    m_planRow = new QHBoxLayout(m_planBox);
    m_planRow->setContentsMargins(0, 0, 0, 0);
    m_planRow->setSpacing(unit);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, unit / 2, 0, 0);
    layout->setSpacing(unit);
    layout->addWidget(statusCard);
    layout->addWidget(m_message);
    layout->addWidget(wrapped(tr("Plans"), this, 1.2, QFont::DemiBold));
    layout->addWidget(includes);
    layout->addWidget(m_planBox);
    layout->addStretch(1);

    connect(m_cancel, &QPushButton::clicked, this, &SubscriptionView::confirmCancel);
    connect(&m_service, &CommerceService::plansLoaded, this, &SubscriptionView::onPlans);
    connect(&m_service, &CommerceService::plansFailed, this, &SubscriptionView::onFailed);
    connect(&m_service, &CommerceService::subscriptionLoaded, this, &SubscriptionView::onStatus);
    connect(&m_service, &CommerceService::subscriptionFailed, this, &SubscriptionView::onFailed);
    connect(&m_service, &CommerceService::ownershipChanged, this, [this] {
        if (isVisible())
            m_service.loadSubscription();
    });
}

void SubscriptionView::reload()
{
    m_service.loadPlans();
    if (m_service.isSignedIn()) {
        m_service.loadSubscription();
    } else {
        m_status.reset();
        m_statusLine->setText(tr("Sign in to see or start a subscription."));
        m_statusDetail->clear();
        m_cancel->hide();
    }
}

void SubscriptionView::onPlans(const std::vector<commerce::Plan>& plans)
{
    m_plans = plans;
    updatePlans();
}

void SubscriptionView::updatePlans()
{
    while (QLayoutItem* item = m_planRow->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const int unit = fontMetrics().height();
    const bool active = m_status && m_status->active;
    const commerce::Plan* monthly = nullptr;
    for (const commerce::Plan& plan : m_plans)
        if (plan.period == "month")
            monthly = &plan;
    for (const commerce::Plan& plan : m_plans) {
        const QString id = QString::fromStdString(plan.id);
        auto* card = new QFrame(m_planBox);
        card->setObjectName(QStringLiteral("planCard_") + id);
        card->setFrameShape(QFrame::StyledPanel);
        card->setMinimumWidth(unit * 12);
        auto* name = wrapped(CommerceText::planName(id, toQString(plan.title)), card, 1.1, QFont::DemiBold);
        auto* price = wrapped(CommerceText::planPrice(plan), card, 1.4, QFont::Bold);
        price->setObjectName(QStringLiteral("planPrice_") + id);
        auto* cardLayout = new QVBoxLayout(card);
        cardLayout->addWidget(name);
        cardLayout->addWidget(price);
        // A yearly plan against twelve months: say what it saves.
        if (plan.period == "year" && monthly && monthly->price.currency == plan.price.currency) {
            const std::int64_t saving = monthly->price.amountMinor * 12 - plan.price.amountMinor;
            if (saving > 0) {
                auto* note = wrapped(tr("Saves %1 against paying monthly")
                                         .arg(CommerceText::money(commerce::Money{saving, plan.price.currency})),
                                     card, 0.9);
                note->setForegroundRole(QPalette::Highlight);
                cardLayout->addWidget(note);
            }
        }
        cardLayout->addStretch(1);
        auto* subscribe = new QPushButton(active ? tr("Subscribed") : tr("Subscribe"), card);
        subscribe->setObjectName(QStringLiteral("subscribeButton_") + id);
        subscribe->setEnabled(!active && m_service.isSignedIn());
        if (!m_service.isSignedIn())
            subscribe->setToolTip(tr("Sign in to subscribe."));
        connect(subscribe, &QPushButton::clicked, this, [this, id] { Q_EMIT subscribeRequested(id); });
        cardLayout->addWidget(subscribe);
        m_planRow->addWidget(card);
    }
    m_planRow->addStretch(1);
}

void SubscriptionView::onStatus(const commerce::SubscriptionStatus& status)
{
    m_status = status;
    m_message->hide();
    const QString plan = CommerceText::planName(QString::fromStdString(status.planId));
    if (status.active && status.expiresAt) {
        const QString until = CommerceText::date(*status.expiresAt);
        m_statusLine->setText(plan);
        m_statusDetail->setText(status.autoRenew
                                    ? tr("Renews on %1.").arg(until)
                                    : tr("Cancelled: ends on %1. You keep access until then.").arg(until));
    } else if (!status.planId.empty() && status.expiresAt) {
        m_statusLine->setText(tr("Your subscription has ended"));
        m_statusDetail->setText(tr("%1 ended on %2.").arg(plan, CommerceText::date(*status.expiresAt)));
    } else {
        m_statusLine->setText(tr("You don't have a subscription"));
        m_statusDetail->setText(tr("Courses you buy are yours to keep; a subscription adds the whole "
                                   "subscription library."));
    }
    m_cancel->setVisible(status.active && status.autoRenew);
    updatePlans();
}

void SubscriptionView::onFailed(const commerce::CommerceError& error)
{
    m_message->setText(CommerceText::errorMessage(error));
    m_message->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_message->show();
}

void SubscriptionView::confirmCancel()
{
    const QString until = m_status && m_status->expiresAt ? CommerceText::date(*m_status->expiresAt) : QString();
    auto* box = new QMessageBox(QMessageBox::Question, tr("Cancel subscription"),
                                tr("Stop renewing your subscription? You keep access until %1; nothing is refunded.")
                                    .arg(until),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("cancelSubscriptionDialog"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton* yes = box->addButton(tr("Cancel subscription"), QMessageBox::DestructiveRole);
    box->addButton(tr("Keep subscription"), QMessageBox::RejectRole);
    connect(box, &QMessageBox::buttonClicked, this, [this, yes](QAbstractButton* button) {
        if (button == yes)
            m_service.cancelSubscription();
    });
    box->open();
}

} // namespace lectern::ui
