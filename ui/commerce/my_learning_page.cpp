#include "commerce/my_learning_page.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "commerce/cart_dialog.h"
#include "commerce/checkout_dialog.h"
#include "commerce/commerce_text.h"
#include "commerce/orders_view.h"
#include "commerce/subscription_view.h"
#include "widgets/empty_state_widget.h"

namespace lectern::ui {

namespace {

constexpr int kKeyRole = Qt::UserRole;
enum LibraryColumn { TitleColumn, ProgressColumn, AccessColumn };

} // namespace

MyLearningPage::MyLearningPage(CommerceService& service, QWidget* parent)
    : QWidget(parent)
    , m_service(service)
    , m_heading(new QLabel(tr("My Learning"), this))
    , m_restoreStatus(new QLabel(this))
    , m_cart(new QPushButton(this))
    , m_restore(new QPushButton(tr("Restore purchases"), this))
    , m_tabs(new QTabWidget(this))
    , m_libraryStack(new QStackedWidget(this))
    , m_library(new QTreeWidget(this))
    , m_libraryEmpty(new EmptyStateWidget(this))
    , m_orders(new OrdersView(service, this))
    , m_subscription(new SubscriptionView(service, this))
{
    setObjectName(QStringLiteral("myLearningPage"));
    const int unit = fontMetrics().height();
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.35);
    headingFont.setWeight(QFont::DemiBold);
    m_heading->setFont(headingFont);
    m_restoreStatus->setObjectName(QStringLiteral("restoreStatus"));
    m_restoreStatus->setForegroundRole(QPalette::PlaceholderText);
    m_restoreStatus->setWordWrap(true);
    m_cart->setObjectName(QStringLiteral("cartButton"));
    m_restore->setObjectName(QStringLiteral("restorePurchasesButton"));
    m_restore->setToolTip(tr("Fetch your purchases and subscription from the server again."));

    auto* header = new QHBoxLayout;
    header->addWidget(m_heading);
    header->addSpacing(unit / 2);
    header->addWidget(m_restoreStatus, 1, Qt::AlignBottom);
    header->addWidget(m_restore);
    header->addWidget(m_cart);

    m_library->setObjectName(QStringLiteral("libraryTree"));
    m_library->setColumnCount(3);
    m_library->setHeaderLabels({tr("Course"), tr("Progress"), tr("Access")});
    m_library->setRootIsDecorated(false);
    m_library->setAlternatingRowColors(true);
    m_library->setUniformRowHeights(true);
    m_library->header()->setStretchLastSection(false);
    m_library->header()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_library->header()->setSectionResizeMode(ProgressColumn, QHeaderView::ResizeToContents);
    m_library->header()->setSectionResizeMode(AccessColumn, QHeaderView::ResizeToContents);
    m_libraryEmpty->setObjectName(QStringLiteral("libraryEmpty"));
    m_libraryEmpty->setIconName(QStringLiteral("my-learning"));
    m_libraryEmpty->setHeading(tr("Your courses will live here"));
    m_libraryEmpty->setBody(tr("Courses you buy or enrol in appear here with your progress, so you can pick up "
                               "where you left off. Signed in on another computer? Your purchases come back "
                               "after the next sync."));
    m_libraryEmpty->setActionText(tr("Browse courses"));
    m_libraryStack->addWidget(m_library);
    m_libraryStack->addWidget(m_libraryEmpty);

    m_tabs->setObjectName(QStringLiteral("myLearningTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_libraryStack, tr("Courses"));
    m_tabs->addTab(m_orders, tr("Orders"));
    m_tabs->addTab(m_subscription, tr("Subscription"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(unit, unit, unit, unit);
    layout->setSpacing(unit * 2 / 3);
    layout->addLayout(header);
    layout->addWidget(m_tabs, 1);

    connect(m_libraryEmpty, &EmptyStateWidget::actionTriggered, this, &MyLearningPage::browseRequested);
    connect(m_library, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        const qint64 key = item->data(0, kKeyRole).toLongLong();
        if (key > 0)
            Q_EMIT courseActivated(key);
    });
    connect(m_cart, &QPushButton::clicked, this, &MyLearningPage::openCart);
    connect(m_restore, &QPushButton::clicked, this, [this] {
        m_restore->setEnabled(false);
        m_restoreStatus->setText(tr("Restoring your purchases…"));
        m_service.restorePurchases();
    });
    connect(&m_service, &CommerceService::restoreFinished, this,
            [this](bool ok, const commerce::CommerceError& error) {
                m_restore->setEnabled(true);
                m_restoreStatus->setText(ok ? QString() : CommerceText::errorMessage(error));
            });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == OrdersTab)
            m_orders->reload();
        else if (index == SubscriptionTab)
            m_subscription->reload();
    });
    connect(m_subscription, &SubscriptionView::subscribeRequested, this,
            [this](const QString& planId) { openCheckout({}, planId); });
    connect(&m_service, &CommerceService::libraryLoaded, this, &MyLearningPage::onLibrary);
    connect(&m_service, &CommerceService::ownershipChanged, this, [this] {
        m_service.loadLibrary();
        if (m_tabs->currentIndex() == OrdersTab && isVisible())
            m_orders->reload();
    });
    connect(&m_service, &CommerceService::cartChanged, this, &MyLearningPage::updateCartButton);
    updateCartButton();
}

void MyLearningPage::showEvent(QShowEvent* event)
{
    reload();
    QWidget::showEvent(event);
}

void MyLearningPage::reload()
{
    m_service.loadLibrary();
    if (m_tabs->currentIndex() == OrdersTab)
        m_orders->reload();
    else if (m_tabs->currentIndex() == SubscriptionTab)
        m_subscription->reload();
}

void MyLearningPage::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(tab);
}

void MyLearningPage::setAccountName(const QString& name)
{
    m_orders->setAccountName(name);
}

void MyLearningPage::updateCartButton()
{
    const int count = static_cast<int>(m_service.cart().size());
    m_cart->setText(count == 0 ? tr("Cart") : tr("Cart (%1)").arg(count));
}

void MyLearningPage::onLibrary(const std::vector<LibraryCourse>& courses)
{
    m_library->clear();
    for (const LibraryCourse& course : courses) {
        const QString title = course.title.isEmpty() ? tr("A course no longer in the catalog") : course.title;
        QString progress;
        if (course.lessons > 0)
            progress = course.completedLessons == 0 ? tr("Not started")
                       : course.completedLessons >= course.lessons
                           ? tr("Completed")
                           : tr("%1 of %Ln lesson(s) done", nullptr, course.lessons).arg(course.completedLessons);
        auto* item = new QTreeWidgetItem(m_library, {title, progress, tr("Owned")});
        item->setData(0, kKeyRole, course.key);
        item->setToolTip(TitleColumn, course.instructor.isEmpty() ? title : title + QLatin1Char('\n') + course.instructor);
    }
    m_libraryStack->setCurrentWidget(courses.empty() ? static_cast<QWidget*>(m_libraryEmpty) : m_library);
}

void MyLearningPage::openCart()
{
    auto* dialog = new CartDialog(m_service, window());
    connect(dialog, &CartDialog::browseRequested, this, &MyLearningPage::browseRequested);
    dialog->setModal(true);
    dialog->open();
}

CheckoutDialog* MyLearningPage::openCheckout(const QStringList& courseIds, const QString& planId)
{
    auto* dialog = new CheckoutDialog(m_service, CheckoutDialog::Purchase{courseIds, planId, {}}, window());
    dialog->setModal(true);
    dialog->open();
    return dialog;
}

} // namespace lectern::ui
