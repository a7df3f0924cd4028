// The sign-in dialog checks its input and explains every typed ApiError in
// words (English here), naming the wait time and the field where the server did.
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include "account/sign_in_dialog.h"
#include "shell/translation_loader.h"

using namespace lectern;

Q_DECLARE_METATYPE(lectern::net::ApiError)

namespace {

net::ApiError apiError(net::ApiErrorCode code, int status = 0, std::string serverCode = {}, std::string field = {})
{
    net::ApiError error;
    error.code = code;
    error.httpStatus = status;
    error.serverCode = std::move(serverCode);
    error.field = std::move(field);
    return error;
}

} // namespace

class TestSignInDialog final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { m_translations.load(QStringLiteral("en")); }
    void mapsErrors_data();
    void mapsErrors();
    void checksInputBeforeSending();
    void sendsSignInAndSignUp();

private:
    ui::TranslationLoader m_translations;
};

void TestSignInDialog::mapsErrors_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<net::ApiError>("error");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("focused");

    using C = net::ApiErrorCode;
    const int in = static_cast<int>(ui::SignInDialog::Mode::SignIn);
    const int up = static_cast<int>(ui::SignInDialog::Mode::CreateAccount);
    QTest::newRow("wrong password") << in << apiError(C::Unauthorized, 401, "invalid_credentials")
                                    << QStringLiteral("Wrong email or password.") << QStringLiteral("passwordField");
    auto limited = apiError(C::RateLimited, 429, "rate_limited");
    limited.retryAfter = std::chrono::seconds(900);
    QTest::newRow("rate limited") << in << limited << QStringLiteral("Too many attempts. Try again in 15 minutes.")
                                  << QString();
    auto limitedShort = apiError(C::RateLimited, 429, "rate_limited");
    limitedShort.retryAfter = std::chrono::seconds(1);
    QTest::newRow("rate limited 1 s") << in << limitedShort
                                      << QStringLiteral("Too many attempts. Try again in 1 second.") << QString();
    QTest::newRow("offline") << in << apiError(C::Offline)
                             << QStringLiteral("Cannot reach the server. Check your network connection and the "
                                               "server address in Settings.")
                             << QString();
    QTest::newRow("timeout") << in << apiError(C::Timeout)
                             << QStringLiteral("The server did not answer in time. Try again in a moment.")
                             << QString();
    QTest::newRow("server error") << in << apiError(C::ServerError, 500, "internal")
                                  << QStringLiteral("The server had a problem (error 500). Try again later.")
                                  << QString();
    QTest::newRow("email field") << up << apiError(C::Rejected, 400, "invalid_field", "email")
                                 << QStringLiteral("Enter a valid email address.") << QStringLiteral("emailField");
    QTest::newRow("password field") << up << apiError(C::Rejected, 400, "invalid_field", "password")
                                    << QStringLiteral("Choose a password of 8 to 256 characters.")
                                    << QStringLiteral("passwordField");
    QTest::newRow("other field") << up << apiError(C::Rejected, 400, "invalid_field", "device_name")
                                 << QStringLiteral("The server did not accept the device name.") << QString();
    QTest::newRow("email taken") << up << apiError(C::Conflict, 409, "email_taken", "email")
                                 << QStringLiteral("An account with this email address already exists. Sign in "
                                                   "instead.")
                                 << QStringLiteral("emailField");
    QTest::newRow("bad response") << in << apiError(C::BadResponse)
                                  << QStringLiteral("The server sent an answer Lectern cannot read. Check the server "
                                                    "address in Settings.")
                                  << QString();
}

void TestSignInDialog::mapsErrors()
{
    QFETCH(int, mode);
    QFETCH(net::ApiError, error);
    QFETCH(QString, expected);
    QFETCH(QString, focused);

    ui::SignInDialog dialog(QStringLiteral("http://127.0.0.1:8080"));
    dialog.setMode(static_cast<ui::SignInDialog::Mode>(mode));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.setBusy(true);
    dialog.showFailure(error);
    auto* label = dialog.findChild<QLabel*>(QStringLiteral("signInError"));
    QVERIFY(label);
    QVERIFY(label->isVisible());
    QCOMPARE(label->text(), expected);
    // The form is usable again after a failure.
    QVERIFY(dialog.findChild<QPushButton*>(QStringLiteral("submitButton"))->isEnabled());
    if (!focused.isEmpty())
        QTRY_COMPARE(QApplication::focusWidget()->objectName(), focused);
}

void TestSignInDialog::checksInputBeforeSending()
{
    ui::SignInDialog dialog(QStringLiteral("http://127.0.0.1:8080"));
    QSignalSpy signIn(&dialog, &ui::SignInDialog::signInRequested);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* submit = dialog.findChild<QPushButton*>(QStringLiteral("submitButton"));
    QTest::mouseClick(submit, Qt::LeftButton);
    QCOMPARE(signIn.count(), 0);
    QCOMPARE(dialog.errorText(), QStringLiteral("Enter your email address, such as ada@example.com."));

    dialog.setMode(ui::SignInDialog::Mode::CreateAccount);
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("displayNameField")), QStringLiteral("Ada"));
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("emailField")), QStringLiteral("ada@example.com"));
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("passwordField")), QStringLiteral("short"));
    QTest::mouseClick(submit, Qt::LeftButton);
    QCOMPARE(dialog.errorText(), QStringLiteral("Choose a password of at least 8 characters."));
}

void TestSignInDialog::sendsSignInAndSignUp()
{
    ui::SignInDialog dialog(QStringLiteral("http://127.0.0.1:8080"));
    QSignalSpy signIn(&dialog, &ui::SignInDialog::signInRequested);
    QSignalSpy signUp(&dialog, &ui::SignInDialog::signUpRequested);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("emailField")), QStringLiteral(" ada@example.com "));
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("passwordField")), QStringLiteral("secret-pass"));
    dialog.findChild<QCheckBox*>(QStringLiteral("rememberCheck"))->setChecked(false);
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("submitButton")), Qt::LeftButton);
    QCOMPARE(signIn.count(), 1);
    QCOMPARE(signIn.at(0).at(0).toString(), QStringLiteral("ada@example.com"));
    QCOMPARE(signIn.at(0).at(1).toString(), QStringLiteral("secret-pass"));
    QCOMPARE(signIn.at(0).at(2).toBool(), false);
    // Locked while the request runs: a second click sends nothing.
    QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("submitButton"))->isEnabled());

    dialog.setBusy(false);
    dialog.setMode(ui::SignInDialog::Mode::CreateAccount);
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("displayNameField")), QStringLiteral("Ada"));
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("submitButton")), Qt::LeftButton);
    QCOMPARE(signUp.count(), 1);
    QCOMPARE(signUp.at(0).at(2).toString(), QStringLiteral("Ada"));
}

QTEST_MAIN(TestSignInDialog)
#include "test_sign_in_dialog.moc"
