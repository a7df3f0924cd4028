// Purchases end to end against the real lectern-server (--demo), driven
// through the widgets: buying with the sandbox's success card makes the
// course "Owned" and offers its download; a declined card owns nothing; a
// double-clicked Pay charges once; an expired coupon is explained; a refund
// takes "Owned" away after the next sync; order history lists the order and
// its receipt exports as a PDF; a payment whose answer is lost says "we're
// checking" and finds out from the server (one charge). With LECTERN_SCREENSHOT_DIR set, the cart,
// checkout outcomes and order history are saved in en and zh_CN.
#include <atomic>
#include <memory>

#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
#include <QMediaPlayer>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include "catalog/catalog_repository.h"
#include "commerce/cart_dialog.h"
#include "commerce/checkout_dialog.h"
#include "commerce/my_learning_page.h"
#include "commerce/orders_view.h"
#include "course/course_page.h"
#include "media/device_key.h"
#include "net/curl_http_client.h"
#include "player/player_page.h"
#include "server_process.h"
#include "services/catalog_service.h"
#include "services/commerce_service.h"
#include "services/download_service.h"
#include "services/keychain_session_store.h"
#include "services/sync_service.h"
#include "shell/main_window.h"
#include "shell/translation_loader.h"
#include "store/local_store.h"
#include "ui_test_support.h"

using namespace lectern;

namespace {

// Sends every request, but loses the answer to the first payment: the charge
// happens on the server and the app is not told.
class LosingFirstPaymentAnswer final : public net::HttpClient {
public:
    [[nodiscard]] net::HttpResult send(const net::HttpRequest& request, const net::CancelToken* cancel) override
    {
        net::HttpResult result = m_curl.send(request, cancel);
        if (request.url.find("/payments") != std::string::npos && m_lose.exchange(false)) {
            net::ApiError lost;
            lost.code = net::ApiErrorCode::Network;
            lost.detail = "connection reset after the request was sent (test)";
            return std::unexpected(lost);
        }
        return result;
    }

private:
    net::CurlHttpClient m_curl;
    std::atomic<bool> m_lose{true};
};

} // namespace

class TestPurchasesE2e final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void successCardMakesTheCourseOwned();
    void declinedCardOwnsNothing();
    void doubleClickedPayChargesOnce();
    void expiredCouponIsExplained();
    void orderHistoryListsTheOrderAndExportsAPdf();
    void refundEndsOwnershipAfterTheNextSync();
    void lostAnswerIsCheckedNotGuessed();
    void screenshots();
    void subscriptionIncludesCourses();
    void boughtLessonPlaysOfflineAfterTheServerStops(); // last: stops the server

private:
    [[nodiscard]] std::unique_ptr<ui::MainWindow> makeWindow();
    [[nodiscard]] QString nextPaidCourse();
    [[nodiscard]] qint64 keyOf(const QString& courseId) const;
    // Opens the course page and its checkout; returns the dialog once the server priced it.
    ui::CheckoutDialog* openCheckout(ui::MainWindow& window, const QString& courseId);
    static void pay(ui::CheckoutDialog* dialog, const QString& card);
    [[nodiscard]] int paidOrdersFor(const QString& courseId);
    static QString price(ui::MainWindow& window);

    test::ServerProcess m_server;
    QTemporaryDir m_dir;
    ui::TranslationLoader m_translations;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ui::CatalogService> m_catalog;
    std::unique_ptr<ui::SyncService> m_sync;
    std::unique_ptr<ui::DownloadService> m_downloads;
    std::unique_ptr<ui::CommerceService> m_commerce;
    std::unique_ptr<ui::MainWindow> m_window;
    std::size_t m_nextCourse = 0;
    QString m_bought;  // by successCardMakesTheCourseOwned, refunded later
    QString m_doubled; // by doubleClickedPayChargesOnce
};

std::unique_ptr<ui::MainWindow> TestPurchasesE2e::makeWindow()
{
    auto window = std::make_unique<ui::MainWindow>(*m_catalog, *m_settings, nullptr, m_dir.path());
    window->setSyncService(m_sync.get());
    window->setDownloadService(m_downloads.get());
    window->setCommerceService(m_commerce.get());
    window->resize(1100, 680);
    window->show();
    return window;
}

QString TestPurchasesE2e::nextPaidCourse()
{
    const auto& courses = test::demoCatalog().courses;
    while (m_nextCourse < courses.size()) {
        const protocol::Course& course = courses[m_nextCourse++];
        if (!course.price.isFree())
            return QString::fromStdString(course.id);
    }
    return {};
}

qint64 TestPurchasesE2e::keyOf(const QString& courseId) const
{
    auto db = store::openLocalStore(test::databasePath(m_dir).toStdString());
    if (!db)
        return 0;
    auto detail = catalog::CatalogRepository(*db).courseDetail(courseId.toStdString());
    return detail && *detail ? (*detail)->key : 0;
}

QString TestPurchasesE2e::price(ui::MainWindow& window)
{
    return window.coursePage()->findChild<QLabel*>(QStringLiteral("coursePrice"))->text();
}

ui::CheckoutDialog* TestPurchasesE2e::openCheckout(ui::MainWindow& window, const QString& courseId)
{
    window.openCourse(keyOf(courseId));
    ui::CoursePage* page = window.coursePage();
    auto* buy = page->findChild<QPushButton*>(QStringLiteral("buyButton"));
    QString title;
    for (const protocol::Course& course : test::demoCatalog().courses)
        if (QString::fromStdString(course.id) == courseId)
            title = QString::fromStdString(course.title);
    [&] { QTRY_COMPARE(page->title(), title); }();
    [&] { QTRY_VERIFY(buy->isVisible() && buy->isEnabled()); }();
    QTest::mouseClick(buy, Qt::LeftButton);
    ui::CheckoutDialog* dialog = page->checkoutDialog();
    if (!dialog)
        return nullptr;
    [&] { QTRY_COMPARE_WITH_TIMEOUT(dialog->state(), ui::CheckoutDialog::State::Ready, 20000); }();
    return dialog;
}

void TestPurchasesE2e::pay(ui::CheckoutDialog* dialog, const QString& card)
{
    auto* field = dialog->findChild<QLineEdit*>(QStringLiteral("cardNumberField"));
    field->clear();
    QTest::keyClicks(field, card);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("payButton")), Qt::LeftButton);
}

int TestPurchasesE2e::paidOrdersFor(const QString& courseId)
{
    m_window->showSection(ui::MainWindow::Section::MyLearning);
    ui::MyLearningPage* page = m_window->myLearningPage();
    ui::OrdersView* orders = page->orders();
    page->showTab(ui::MyLearningPage::OrdersTab);
    orders->tree()->clear();
    orders->reload();
    [&] { QTRY_VERIFY_WITH_TIMEOUT(orders->tree()->topLevelItemCount() > 0, 20000); }();
    int count = 0;
    for (const commerce::Order& order : orders->orders())
        for (const commerce::OrderItem& item : order.items)
            if (order.status == commerce::OrderStatus::Paid && QString::fromStdString(item.id) == courseId)
                ++count;
    return count;
}

void TestPurchasesE2e::initTestCase()
{
    QVERIFY2(m_server.start(QStringLiteral(LECTERN_SERVER_BIN), {QStringLiteral("--demo")}),
             qPrintable(m_server.error()));
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/lectern-test-bus");
    QApplication::setAttribute(Qt::AA_DontUseNativeDialogs); // the receipt's file dialog is a widget here
    m_translations.load(QStringLiteral("en"));
    m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    m_catalog = std::make_unique<ui::CatalogService>();
    const QString url = QString::fromStdString(m_server.baseUrl());

    ui::SyncService::Options options;
    options.serverUrl = url;
    options.databasePath = test::databasePath(m_dir);
    options.makeSessionStore = [] { return std::make_unique<ui::MemorySessionStore>(); };
    m_sync = std::make_unique<ui::SyncService>(std::move(options));

    ui::DownloadService::Options downloads;
    downloads.dataDir = m_dir.path();
    downloads.serverUrl = url;
    downloads.tokens = m_sync->tokenProvider();
    downloads.makeKeyStore = [dir = m_dir.path()] {
        return std::make_unique<media::FileDeviceKeyStore>(QString(dir + QStringLiteral("/device.key")).toStdString());
    };
    m_downloads = std::make_unique<ui::DownloadService>(std::move(downloads));

    ui::CommerceService::Options commerce;
    commerce.dataDir = m_dir.path();
    commerce.serverUrl = url;
    commerce.tokens = m_sync->tokenProvider();
    m_commerce = std::make_unique<ui::CommerceService>(std::move(commerce));

    connect(m_catalog.get(), &ui::CatalogService::opened, m_sync.get(), &ui::SyncService::start);
    connect(m_catalog.get(), &ui::CatalogService::opened, m_downloads.get(), &ui::DownloadService::start);
    connect(m_catalog.get(), &ui::CatalogService::opened, m_commerce.get(), &ui::CommerceService::start);
    m_catalog->open(test::databasePath(m_dir), QStringLiteral(":/catalog/demo_catalog.json"));
    m_window = makeWindow();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_VERIFY_WITH_TIMEOUT(m_catalog->isOpen(), 30000);
    QTRY_COMPARE_WITH_TIMEOUT(m_sync->state().phase, ui::SyncState::Phase::Synced, 30000);

    // Signed out, My Learning says what it is for.
    m_window->showSection(ui::MainWindow::Section::MyLearning);
    QVERIFY(m_window->myLearningPage());
    QTRY_VERIFY(m_window->myLearningPage()->findChild<QWidget*>(QStringLiteral("libraryEmpty"))->isVisible());

    m_sync->signIn(QStringLiteral("learner@demo.lectern"), m_server.demoPassword(QStringLiteral("learner@demo.lectern")),
                   false);
    QTRY_VERIFY_WITH_TIMEOUT(m_sync->account().signedIn, 20000);
    QTRY_VERIFY(m_commerce->isSignedIn());
    QTRY_VERIFY(m_downloads->isStarted());
}

void TestPurchasesE2e::cleanupTestCase()
{
    m_window.reset();
    m_commerce.reset();
    m_downloads.reset();
    m_sync.reset();
    m_catalog.reset();
    m_server.stop();
}

void TestPurchasesE2e::successCardMakesTheCourseOwned()
{
    m_bought = nextPaidCourse();
    ui::CheckoutDialog* dialog = openCheckout(*m_window, m_bought);
    QVERIFY(dialog);
    // The server's total is on show before paying.
    const protocol::Course& course = test::demoCourse(m_window->coursePage()->title());
    QCOMPARE(dialog->order()->total.amountMinor, course.price.amountMinor);
    auto* download = m_window->coursePage()->findChild<QPushButton*>(QStringLiteral("downloadCourseButton"));
    QVERIFY(!download->isVisible());
    QVERIFY(price(*m_window) != QStringLiteral("Owned"));

    pay(dialog, QStringLiteral("4242 4242 4242 4242"));
    QTRY_COMPARE_WITH_TIMEOUT(dialog->state(), ui::CheckoutDialog::State::Paid, 20000);
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("checkoutDoneHeading"))->text().contains(QStringLiteral("Payment")));
    dialog->close();

    QTRY_COMPARE(price(*m_window), QStringLiteral("Owned"));
    QVERIFY(m_commerce->ownedCourses().contains(m_bought));
    QTRY_VERIFY(download->isVisible() && download->isEnabled());
    QVERIFY(!m_window->coursePage()->findChild<QPushButton*>(QStringLiteral("buyButton"))->isVisible());
    QTest::mouseClick(download, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_downloads->entries().isEmpty(), 20000);

    // My Learning lists it.
    m_window->showSection(ui::MainWindow::Section::MyLearning);
    QTreeWidget* library = m_window->myLearningPage()->library();
    QTRY_COMPARE(library->topLevelItemCount(), 1);
    QCOMPARE(library->topLevelItem(0)->text(0), QString::fromStdString(course.title));
}

void TestPurchasesE2e::declinedCardOwnsNothing()
{
    const QString courseId = nextPaidCourse();
    ui::CheckoutDialog* dialog = openCheckout(*m_window, courseId);
    QVERIFY(dialog);
    pay(dialog, QStringLiteral("4000000000000002"));
    auto* message = dialog->findChild<QLabel*>(QStringLiteral("checkoutMessage"));
    QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(QStringLiteral("declined")), 20000);
    QCOMPARE(dialog->state(), ui::CheckoutDialog::State::Ready); // another card may be tried
    QVERIFY(message->isVisible());
    dialog->close();
    QCOMPARE(m_commerce->ownership(courseId), ui::CourseOwnership::NotOwned);
    QVERIFY(price(*m_window) != QStringLiteral("Owned"));
    QVERIFY(m_window->coursePage()->findChild<QPushButton*>(QStringLiteral("buyButton"))->isVisible());
    QCOMPARE(paidOrdersFor(courseId), 0);
}

void TestPurchasesE2e::doubleClickedPayChargesOnce()
{
    m_doubled = nextPaidCourse();
    ui::CheckoutDialog* dialog = openCheckout(*m_window, m_doubled);
    QVERIFY(dialog);
    auto* field = dialog->findChild<QLineEdit*>(QStringLiteral("cardNumberField"));
    QTest::keyClicks(field, QStringLiteral("4242424242424242"));
    auto* payButton = dialog->findChild<QPushButton*>(QStringLiteral("payButton"));
    QTest::mouseDClick(payButton, Qt::LeftButton);
    QTest::mouseClick(payButton, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->state(), ui::CheckoutDialog::State::Paid, 20000);
    dialog->close();
    QCOMPARE(paidOrdersFor(m_doubled), 1);
}

void TestPurchasesE2e::expiredCouponIsExplained()
{
    const QString courseId = nextPaidCourse();
    m_window->openCourse(keyOf(courseId));
    auto* add = m_window->coursePage()->findChild<QPushButton*>(QStringLiteral("addToCartButton"));
    QTRY_VERIFY(add->isVisible() && add->isEnabled());
    QTest::mouseClick(add, Qt::LeftButton);
    QTRY_VERIFY(m_commerce->inCart(courseId));
    QTRY_COMPARE(add->text(), QStringLiteral("Remove from cart"));

    m_window->showSection(ui::MainWindow::Section::MyLearning);
    QTest::mouseClick(m_window->myLearningPage()->findChild<QPushButton*>(QStringLiteral("cartButton")),
                      Qt::LeftButton);
    auto* cart = m_window->findChild<ui::CartDialog*>();
    QVERIFY(cart);
    QTRY_COMPARE(cart->items()->topLevelItemCount(), 1);
    auto* coupon = cart->findChild<QLineEdit*>(QStringLiteral("cartCouponField"));
    QTest::keyClicks(coupon, QStringLiteral("EXPIRED20"));
    QTest::mouseClick(cart->findChild<QPushButton*>(QStringLiteral("applyCartCouponButton")), Qt::LeftButton);
    auto* message = cart->findChild<QLabel*>(QStringLiteral("cartCouponMessage"));
    QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(QStringLiteral("expired")), 20000);

    // A good code: the server's total, the original struck through.
    coupon->clear();
    QTest::keyClicks(coupon, QStringLiteral("WELCOME10"));
    QTest::mouseClick(cart->findChild<QPushButton*>(QStringLiteral("applyCartCouponButton")), Qt::LeftButton);
    auto* total = cart->findChild<QLabel*>(QStringLiteral("cartTotal"));
    QTRY_VERIFY_WITH_TIMEOUT(total->text().contains(QStringLiteral("<s>")), 20000);
    cart->close();
}

void TestPurchasesE2e::orderHistoryListsTheOrderAndExportsAPdf()
{
    QCOMPARE(paidOrdersFor(m_doubled), 1);
    ui::OrdersView* orders = m_window->myLearningPage()->orders();
    QTreeWidget* tree = orders->tree();
    const protocol::Course* course = nullptr;
    for (const protocol::Course& c : test::demoCatalog().courses)
        if (QString::fromStdString(c.id) == m_doubled)
            course = &c;
    QVERIFY(course);
    QTreeWidgetItem* row = nullptr;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        if (tree->topLevelItem(i)->text(1) == QString::fromStdString(course->title))
            row = tree->topLevelItem(i);
    QVERIFY(row);
    QCOMPARE(row->text(3), QStringLiteral("Paid"));
    tree->setCurrentItem(row);

    const QString path = m_dir.filePath(QStringLiteral("receipt.pdf"));
    QTest::mouseClick(orders->findChild<QPushButton*>(QStringLiteral("exportReceiptButton")), Qt::LeftButton);
    QFileDialog* files = nullptr;
    QTRY_VERIFY((files = orders->findChild<QFileDialog*>(QStringLiteral("receiptFileDialog"))) != nullptr);
    files->selectFile(path);
    static_cast<QDialog*>(files)->accept(); // QFileDialog::accept is protected; QDialog's is the same virtual
    QTRY_VERIFY(QFile::exists(path));
    QFile pdf(path);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QCOMPARE(pdf.read(5), QByteArray("%PDF-"));
    QVERIFY(pdf.size() > 1000);
}

void TestPurchasesE2e::refundEndsOwnershipAfterTheNextSync()
{
    QVERIFY(m_commerce->ownedCourses().contains(m_bought));
    QCOMPARE(paidOrdersFor(m_bought), 1);
    ui::OrdersView* orders = m_window->myLearningPage()->orders();
    QTreeWidget* tree = orders->tree();
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        const QString id = tree->topLevelItem(i)->data(0, Qt::UserRole).toString();
        for (const commerce::Order& order : orders->orders())
            if (QString::fromStdString(order.id) == id && !order.items.empty()
                && QString::fromStdString(order.items.front().id) == m_bought)
                tree->setCurrentItem(tree->topLevelItem(i));
    }
    auto* refund = orders->findChild<QPushButton*>(QStringLiteral("refundButton"));
    QVERIFY(refund->isEnabled());
    QTest::mouseClick(refund, Qt::LeftButton);
    QInputDialog* reason = nullptr;
    QTRY_VERIFY((reason = orders->findChild<QInputDialog*>(QStringLiteral("refundReasonDialog"))) != nullptr);
    reason->setTextValue(QStringLiteral("Bought the wrong course"));
    reason->accept();
    auto* message = orders->findChild<QLabel*>(QStringLiteral("ordersMessage"));
    QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(QStringLiteral("refunded")), 20000);

    const int runs = m_sync->runsStarted();
    m_sync->syncNow();
    QTRY_VERIFY_WITH_TIMEOUT(m_sync->runsStarted() > runs && m_sync->state().phase == ui::SyncState::Phase::Synced,
                             30000);
    QTRY_VERIFY(!m_commerce->ownedCourses().contains(m_bought));
    m_window->openCourse(keyOf(m_bought));
    QTRY_VERIFY(m_window->coursePage()->findChild<QPushButton*>(QStringLiteral("buyButton"))->isVisible());
    QVERIFY(price(*m_window) != QStringLiteral("Owned"));

    // A second refund of the same order is refused with the server's reason.
    QCOMPARE(paidOrdersFor(m_doubled), 1);
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        if (tree->topLevelItem(i)->text(3) == QStringLiteral("Refunded"))
            tree->setCurrentItem(tree->topLevelItem(i));
    QVERIFY(!refund->isEnabled()); // a refunded order offers no refund
}

void TestPurchasesE2e::lostAnswerIsCheckedNotGuessed()
{
    ui::CommerceService::Options options;
    options.dataDir = m_dir.path();
    options.serverUrl = QString::fromStdString(m_server.baseUrl());
    options.tokens = m_sync->tokenProvider();
    options.makeHttpClient = [] { return std::make_unique<LosingFirstPaymentAnswer>(); };
    ui::CommerceService lossy(std::move(options));
    lossy.start();
    lossy.setSignedIn(true);
    QTRY_VERIFY(lossy.isSignedIn());

    const QString courseId = nextPaidCourse();
    auto dialog = std::make_unique<ui::CheckoutDialog>(lossy, ui::CheckoutDialog::Purchase{{courseId}, {}, {}});
    dialog->setAttribute(Qt::WA_DeleteOnClose, false);
    dialog->show();
    QTRY_COMPARE_WITH_TIMEOUT(dialog->state(), ui::CheckoutDialog::State::Ready, 20000);
    pay(dialog.get(), QStringLiteral("4242424242424242"));
    QTRY_COMPARE_WITH_TIMEOUT(dialog->state(), ui::CheckoutDialog::State::Checking, 20000);
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("checkoutMessage"))->text().contains(QStringLiteral("checking")));
    QVERIFY(!dialog->findChild<QPushButton*>(QStringLiteral("payButton"))->isEnabled()); // no second payment meanwhile
    QTRY_COMPARE_WITH_TIMEOUT(dialog->state(), ui::CheckoutDialog::State::Paid, 30000);
    QTRY_VERIFY(lossy.ownedCourses().contains(courseId));
    dialog.reset();
    QCOMPARE(paidOrdersFor(courseId), 1);
}

// With LECTERN_SCREENSHOT_DIR set: the cart with a coupon, a declined and a
// successful checkout, and the order history, in en and zh_CN.
void TestPurchasesE2e::screenshots()
{
    const QString out = qEnvironmentVariable("LECTERN_SCREENSHOT_DIR");
    if (out.isEmpty())
        QSKIP("set LECTERN_SCREENSHOT_DIR to write screenshots");
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        ui::TranslationLoader translations;
        translations.load(language);
        auto window = makeWindow();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        const auto save = [&](QWidget* widget, const QString& name) {
            QTest::qWait(200);
            QVERIFY(widget->grab().save(out + QLatin1Char('/') + name + QLatin1Char('-') + language
                                        + QStringLiteral(".png")));
        };

        // The cart, with a coupon the server applied.
        window->showSection(ui::MainWindow::Section::MyLearning);
        QTRY_VERIFY(!m_commerce->cart().isEmpty());
        window->myLearningPage()->openCart();
        auto* cart = window->findChild<ui::CartDialog*>();
        QVERIFY(cart);
        QTRY_VERIFY(cart->items()->topLevelItemCount() > 0);
        auto* coupon = cart->findChild<QLineEdit*>(QStringLiteral("cartCouponField"));
        coupon->clear();
        QTest::keyClicks(coupon, QStringLiteral("WELCOME10"));
        QTest::mouseClick(cart->findChild<QPushButton*>(QStringLiteral("applyCartCouponButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(cart->findChild<QLabel*>(QStringLiteral("cartTotal"))->text().contains(u"<s>"),
                                 20000);
        save(cart, QStringLiteral("cart"));
        cart->close();

        // A declined card, then the success card on the same order.
        ui::CheckoutDialog* dialog = openCheckout(*window, nextPaidCourse());
        QVERIFY(dialog);
        pay(dialog, QStringLiteral("4000000000000002"));
        QTRY_VERIFY_WITH_TIMEOUT(dialog->findChild<QLabel*>(QStringLiteral("checkoutMessage"))->text().size() > 12,
                                 20000);
        QTRY_COMPARE(dialog->state(), ui::CheckoutDialog::State::Ready);
        save(dialog, QStringLiteral("checkout-declined"));
        pay(dialog, QStringLiteral("4242424242424242"));
        QTRY_COMPARE_WITH_TIMEOUT(dialog->state(), ui::CheckoutDialog::State::Paid, 20000);
        save(dialog, QStringLiteral("checkout-success"));
        dialog->close();
        save(window.get(), QStringLiteral("course-owned"));

        window->showSection(ui::MainWindow::Section::MyLearning);
        save(window.get(), QStringLiteral("my-learning"));
        window->myLearningPage()->showTab(ui::MyLearningPage::OrdersTab);
        QTRY_VERIFY_WITH_TIMEOUT(window->myLearningPage()->orders()->tree()->topLevelItemCount() > 0, 20000);
        save(window.get(), QStringLiteral("orders"));
        window->myLearningPage()->showTab(ui::MyLearningPage::SubscriptionTab);
        QTRY_VERIFY_WITH_TIMEOUT(
            window->myLearningPage()->findChild<QPushButton*>(QStringLiteral("subscribeButton_yearly")) != nullptr,
            20000);
        save(window.get(), QStringLiteral("subscription"));
        window->showSection(ui::MainWindow::Section::Discover);
        QTest::qWait(500);
        save(window.get(), QStringLiteral("discover-owned"));
    }
}

// Last, since it changes how every in_subscription course reads: the yearly
// plan bought from the Subscription tab covers a course the learner never
// bought ("Included in your subscription", downloadable), and the tab says when it renews.
void TestPurchasesE2e::subscriptionIncludesCourses()
{
    QString covered;
    for (const protocol::Course& course : test::demoCatalog().courses) {
        const QString id = QString::fromStdString(course.id);
        if (course.inSubscription && !course.price.isFree() && !m_commerce->ownedCourses().contains(id)) {
            covered = id;
            break;
        }
    }
    QVERIFY(!covered.isEmpty());
    m_window->openCourse(keyOf(covered));
    QTRY_VERIFY(m_window->coursePage()->findChild<QPushButton*>(QStringLiteral("buyButton"))->isVisible());

    m_window->showSection(ui::MainWindow::Section::MyLearning);
    ui::MyLearningPage* page = m_window->myLearningPage();
    page->showTab(ui::MyLearningPage::SubscriptionTab);
    QPushButton* subscribe = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((subscribe = page->findChild<QPushButton*>(QStringLiteral("subscribeButton_yearly")))
                                 && subscribe->isEnabled(),
                             20000);
    QTest::mouseClick(subscribe, Qt::LeftButton);
    ui::CheckoutDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<ui::CheckoutDialog*>()) != nullptr);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->state(), ui::CheckoutDialog::State::Ready, 20000);
    QCOMPARE(dialog->order()->total.amountMinor, 29900);
    pay(dialog, QStringLiteral("4242424242424242"));
    QTRY_COMPARE_WITH_TIMEOUT(dialog->state(), ui::CheckoutDialog::State::Paid, 20000);
    dialog->close();

    QTRY_VERIFY(m_commerce->subscriptionActive());
    auto* status = page->findChild<QLabel*>(QStringLiteral("subscriptionDetail"));
    QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("Renews on")), 20000);
    m_window->openCourse(keyOf(covered));
    QTRY_COMPARE(price(*m_window), QStringLiteral("Included in your subscription"));
    QVERIFY(!m_window->coursePage()->findChild<QPushButton*>(QStringLiteral("buyButton"))->isVisible());
    QVERIFY(m_window->coursePage()->findChild<QPushButton*>(QStringLiteral("downloadCourseButton"))->isVisible());
    QCOMPARE(m_commerce->ownership(covered), ui::CourseOwnership::Subscription);
}

// Bought, downloaded, then the network is gone: the lesson still plays from
// its encrypted download, under the signed entitlement's offline lease.
void TestPurchasesE2e::boughtLessonPlaysOfflineAfterTheServerStops()
{
    QVERIFY(!m_doubled.isEmpty());
    QVERIFY(m_commerce->ownedCourses().contains(m_doubled));
    QString lessonId;
    for (const protocol::Course& course : test::demoCatalog().courses)
        if (QString::fromStdString(course.id) == m_doubled)
            for (const protocol::Section& section : course.sections)
                for (const protocol::Lesson& lesson : section.lessons)
                    if (lessonId.isEmpty() && lesson.kind == protocol::LessonKind::Video && !lesson.freePreview)
                        lessonId = QString::fromStdString(lesson.id);
    QVERIFY(!lessonId.isEmpty());
    m_downloads->downloadLesson(lessonId);
    QTRY_VERIFY_WITH_TIMEOUT(m_downloads->entries().value(lessonId).state == media::DownloadState::Completed, 30000);

    QCOMPARE(m_server.stop(), 0);
    m_window->openLessonAt(m_doubled, lessonId, 0);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->playerPage() && m_window->playerPage()->lessonId() == lessonId, 10000);
    ui::PlayerPage* player = m_window->playerPage();
    QTRY_VERIFY_WITH_TIMEOUT(player->mediaPlayer()->duration() > 0, 20000);
    QCOMPARE(player->problem(), ui::PlayerPage::Problem::None);
    player->release();
}

QTEST_MAIN(TestPurchasesE2e)
#include "test_purchases_e2e.moc"
