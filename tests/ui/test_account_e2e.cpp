// End to end against the real lectern-server (--demo): sign in through the
// dialog as the demo learner, let SyncService pull the catalog, and see the
// status bar say so and the catalog count stay right.
#include <memory>

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include "account/account_button.h"
#include "account/sign_in_dialog.h"
#include "server_process.h"
#include "services/catalog_service.h"
#include "services/keychain_session_store.h"
#include "services/server_connection.h"
#include "services/sync_service.h"
#include "shell/main_window.h"
#include "shell/settings_page.h"
#include "shell/translation_loader.h"
#include "ui_test_support.h"

using namespace lectern;

class TestAccountE2e final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void wrongPasswordIsExplained();
    void signInAndSync();
    void screenshots();

private:
    ui::SignInDialog* openDialog();

    test::ServerProcess m_server;
    QTemporaryDir m_dir;
    ui::TranslationLoader m_translations;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ui::CatalogService> m_catalog;
    std::unique_ptr<ui::MainWindow> m_window;
    std::unique_ptr<ui::ServerConnection> m_connection;
    std::unique_ptr<ui::SyncService> m_sync;
};

void TestAccountE2e::initTestCase()
{
    QVERIFY2(m_server.start(QStringLiteral(LECTERN_SERVER_BIN), {QStringLiteral("--demo")}),
             qPrintable(m_server.error()));
    // No keychain here: the session goes to the 0600 file.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/lectern-test-bus");
    m_translations.load(QStringLiteral("en"));
    m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    m_catalog = std::make_unique<ui::CatalogService>();
    m_window = std::make_unique<ui::MainWindow>(*m_catalog, *m_settings, nullptr, m_dir.path());

    const QString url = QString::fromStdString(m_server.baseUrl());
    ui::SyncService::Options options;
    options.serverUrl = url;
    options.databasePath = test::databasePath(m_dir);
    options.makeSessionStore = [dir = m_dir.path()] {
        return std::make_unique<ui::FallbackSessionStore>(QStringLiteral("session:test"),
                                                          QString(dir + QStringLiteral("/session.json")).toStdString());
    };
    m_connection = std::make_unique<ui::ServerConnection>(url);
    m_sync = std::make_unique<ui::SyncService>(std::move(options));
    m_sync->watch(m_connection.get());
    m_window->setServerConnection(m_connection.get());
    m_window->setSyncService(m_sync.get());
    connect(m_catalog.get(), &ui::CatalogService::opened, m_sync.get(), &ui::SyncService::start);

    m_catalog->open(test::databasePath(m_dir), QStringLiteral(":/catalog/demo_catalog.json"));
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_VERIFY_WITH_TIMEOUT(m_catalog->isOpen(), 30000);
    // The catalog syncs without an account.
    QTRY_COMPARE_WITH_TIMEOUT(m_sync->state().phase, ui::SyncState::Phase::Synced, 30000);
}

void TestAccountE2e::cleanupTestCase()
{
    m_window.reset();
    m_sync.reset();
    m_connection.reset();
    m_catalog.reset();
    m_server.stop();
}

ui::SignInDialog* TestAccountE2e::openDialog()
{
    auto* button = m_window->findChild<ui::AccountButton*>(QStringLiteral("accountButton"));
    if (!button || button->text() != QStringLiteral("Sign in"))
        return nullptr;
    QTest::mouseClick(button, Qt::LeftButton);
    return button->dialog();
}

void TestAccountE2e::wrongPasswordIsExplained()
{
    ui::SignInDialog* dialog = openDialog();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("emailField")), QStringLiteral("learner@demo.lectern"));
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("passwordField")), QStringLiteral("not-the-password"));
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("submitButton")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->errorText(), QStringLiteral("Wrong email or password."), 20000);
    dialog->reject();
}

void TestAccountE2e::signInAndSync()
{
    const QString password = m_server.demoPassword(QStringLiteral("learner@demo.lectern"));
    QVERIFY(!password.isEmpty());
    QTRY_VERIFY(m_window->accountButton()->dialog() == nullptr);
    ui::SignInDialog* dialog = openDialog();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("emailField")), QStringLiteral("learner@demo.lectern"));
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("passwordField")), password);
    QVERIFY(dialog->findChild<QCheckBox*>(QStringLiteral("rememberCheck"))->isChecked());
    const int runsBefore = m_sync->runsStarted();
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("submitButton")), Qt::LeftButton);

    QTRY_VERIFY_WITH_TIMEOUT(m_sync->account().signedIn, 20000);
    QTRY_VERIFY(m_window->accountButton()->dialog() == nullptr); // accepted and closed
    QVERIFY(m_window->accountButton()->text() != QStringLiteral("Sign in"));
    // Signing in syncs at once.
    QTRY_VERIFY_WITH_TIMEOUT(m_sync->runsStarted() > runsBefore, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(m_sync->state().phase, ui::SyncState::Phase::Synced, 30000);

    auto* status = m_window->findChild<QLabel*>(QStringLiteral("serverStatus"));
    QVERIFY(status);
    QTRY_VERIFY(status->text().startsWith(QStringLiteral("Synced at ")));
    auto* size = m_window->findChild<QLabel*>(QStringLiteral("catalogSize"));
    QTRY_COMPARE(size->text(), QStringLiteral("59 courses in the catalog"));
    QCOMPARE(m_catalog->courseCount(), 59);

    // Remembered: the 0600 file holds the session (no keychain on this machine).
    QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("session.json"))));
    QVERIFY(m_sync->recentErrors().empty());
}

// With LECTERN_SCREENSHOT_DIR set: the dialog, the signed-in status bar and the
// settings page (with a sync error from an unreachable server), in en and zh_CN.
void TestAccountE2e::screenshots()
{
    const QString out = qEnvironmentVariable("LECTERN_SCREENSHOT_DIR");
    if (out.isEmpty())
        QSKIP("set LECTERN_SCREENSHOT_DIR to write screenshots");
    ui::SyncService::Options deadOptions;
    deadOptions.serverUrl = QStringLiteral("http://127.0.0.1:9");
    deadOptions.databasePath = test::databasePath(m_dir);
    deadOptions.makeSessionStore = [] { return std::make_unique<ui::MemorySessionStore>(); };
    ui::SyncService dead(std::move(deadOptions));
    dead.start();
    QTRY_VERIFY_WITH_TIMEOUT(!dead.recentErrors().empty(), 30000);

    for (const QString& language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        ui::TranslationLoader translations;
        translations.load(language);
        ui::MainWindow window(*m_catalog, *m_settings, nullptr, m_dir.path());
        window.setServerConnection(m_connection.get());
        window.setSyncService(m_sync.get());
        window.resize(1100, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::qWait(800);
        QVERIFY(window.grab().save(out + QStringLiteral("/account-window-") + language + QStringLiteral(".png")));

        window.settingsPage()->setSyncService(&dead);
        window.showSection(ui::MainWindow::Section::Settings);
        QTest::qWait(300);
        QVERIFY(window.grab().save(out + QStringLiteral("/account-settings-") + language + QStringLiteral(".png")));

        ui::SignInDialog dialog(QString::fromStdString(m_server.baseUrl()), &window);
        dialog.setEmail(QStringLiteral("learner@demo.lectern"));
        net::ApiError limited;
        limited.code = net::ApiErrorCode::RateLimited;
        limited.retryAfter = std::chrono::seconds(900);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.showFailure(limited);
        QTest::qWait(200);
        QVERIFY(dialog.grab().save(out + QStringLiteral("/account-signin-") + language + QStringLiteral(".png")));
        dialog.setMode(ui::SignInDialog::Mode::CreateAccount);
        dialog.adjustSize();
        QTest::qWait(200);
        QVERIFY(dialog.grab().save(out + QStringLiteral("/account-signup-") + language + QStringLiteral(".png")));
    }
}

QTEST_MAIN(TestAccountE2e)
#include "test_account_e2e.moc"
