#include "account/sign_in_dialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

#include "text/account_text.h"

namespace lectern::ui {

namespace {
constexpr int kMinPasswordLength = 8; // the server's rule; checked here to save a round trip
}

SignInDialog::SignInDialog(const QString& serverUrl, QWidget* parent)
    : QDialog(parent)
    , m_heading(new QLabel(this))
    , m_server(new QLabel(this))
    , m_reason(new QLabel(this))
    , m_displayName(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_remember(new QCheckBox(this))
    , m_error(new QLabel(this))
    , m_submit(new QPushButton(this))
    , m_switchMode(new QPushButton(this))
{
    setObjectName(QStringLiteral("signInDialog"));
    const int unit = fontMetrics().height();

    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setWeight(QFont::Bold);
    m_heading->setFont(headingFont);

    const QUrl url(serverUrl);
    m_server->setText(tr("Server: %1").arg(url.port() > 0 ? url.host() + QLatin1Char(':') + QString::number(url.port())
                                                         : url.host()));
    m_server->setToolTip(serverUrl);
    m_server->setForegroundRole(QPalette::PlaceholderText);

    m_reason->setObjectName(QStringLiteral("signInReason"));
    m_reason->setWordWrap(true);
    m_reason->hide();

    m_displayName->setObjectName(QStringLiteral("displayNameField"));
    m_email->setObjectName(QStringLiteral("emailField"));
    m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly | Qt::ImhNoAutoUppercase);
    m_password->setObjectName(QStringLiteral("passwordField"));
    m_password->setEchoMode(QLineEdit::Password);
    m_remember->setObjectName(QStringLiteral("rememberCheck"));
    m_remember->setChecked(true);
    m_remember->setText(tr("&Remember me on this computer"));
    m_remember->setToolTip(tr("Unchecked, you are signed out when Lectern quits."));

    m_error->setObjectName(QStringLiteral("signInError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xc0, 0x39, 0x2b));
    m_error->setPalette(errorPalette);
    m_error->hide();

    m_submit->setObjectName(QStringLiteral("submitButton"));
    m_submit->setDefault(true);
    m_switchMode->setObjectName(QStringLiteral("switchModeButton"));
    m_switchMode->setFlat(true);
    m_switchMode->setCursor(Qt::PointingHandCursor);

    auto* form = new QFormLayout;
    form->setVerticalSpacing(unit / 2);
    m_displayNameLabel = new QLabel(this);
    m_displayNameLabel->setBuddy(m_displayName);
    form->addRow(m_displayNameLabel, m_displayName);
    auto* emailLabel = new QLabel(tr("&Email:"), this);
    emailLabel->setBuddy(m_email);
    form->addRow(emailLabel, m_email);
    auto* passwordLabel = new QLabel(tr("&Password:"), this);
    passwordLabel->setBuddy(m_password);
    form->addRow(passwordLabel, m_password);
    form->addRow(QString(), m_remember);

    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_submit, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(unit * 3 / 2, unit * 3 / 2, unit * 3 / 2, unit);
    layout->setSpacing(unit * 2 / 3);
    layout->addWidget(m_heading);
    layout->addWidget(m_server);
    layout->addWidget(m_reason);
    layout->addSpacing(unit / 3);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(m_switchMode, 0, Qt::AlignLeft);
    layout->addWidget(buttons);

    // The submit button is driven by hand: a failed sign-in keeps the dialog open.
    disconnect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_submit, &QPushButton::clicked, this, &SignInDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_switchMode, &QPushButton::clicked, this,
            [this] { setMode(m_mode == Mode::SignIn ? Mode::CreateAccount : Mode::SignIn); });

    setMinimumWidth(unit * 26);
    setMode(Mode::SignIn);
}

void SignInDialog::setMode(Mode mode)
{
    m_mode = mode;
    const bool create = mode == Mode::CreateAccount;
    m_displayNameLabel->setVisible(create);
    m_displayName->setVisible(create);
    m_error->hide();
    updateTexts();
    (create ? m_displayName : m_email)->setFocus(Qt::OtherFocusReason);
}

void SignInDialog::updateTexts()
{
    const bool create = m_mode == Mode::CreateAccount;
    setWindowTitle(create ? tr("Create an account") : tr("Sign in"));
    m_heading->setText(create ? tr("Create your Lectern account") : tr("Sign in to Lectern"));
    m_displayNameLabel->setText(tr("&Name:"));
    m_displayName->setPlaceholderText(tr("Shown to instructors and other learners"));
    m_password->setPlaceholderText(create ? tr("At least %n character(s)", nullptr, kMinPasswordLength) : QString());
    if (m_busy)
        m_submit->setText(create ? tr("Creating account…") : tr("Signing in…"));
    else
        m_submit->setText(create ? tr("Create account") : tr("Sign in"));
    m_switchMode->setText(create ? tr("I already have an account") : tr("New here? Create an account"));
}

void SignInDialog::setEmail(const QString& email)
{
    m_email->setText(email);
    if (!email.isEmpty() && m_mode == Mode::SignIn)
        m_password->setFocus(Qt::OtherFocusReason);
}

void SignInDialog::setReason(const QString& reason)
{
    m_reason->setText(reason);
    m_reason->setVisible(!reason.isEmpty());
}

void SignInDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget* widget : {static_cast<QWidget*>(m_displayName), static_cast<QWidget*>(m_email),
                            static_cast<QWidget*>(m_password), static_cast<QWidget*>(m_remember),
                            static_cast<QWidget*>(m_submit), static_cast<QWidget*>(m_switchMode)})
        widget->setEnabled(!busy);
    updateTexts();
}

QString SignInDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void SignInDialog::showError(const QString& message, QLineEdit* field)
{
    m_error->setText(message);
    m_error->show();
    if (field) {
        field->setFocus(Qt::OtherFocusReason);
        field->selectAll();
    }
}

void SignInDialog::showFailure(const net::ApiError& error)
{
    setBusy(false);
    const auto context =
        m_mode == Mode::CreateAccount ? AccountText::Context::SignUp : AccountText::Context::SignIn;
    QLineEdit* field = nullptr;
    if (error.field == "email" || error.serverCode == "email_taken")
        field = m_email;
    else if (error.field == "password" || error.serverCode == "invalid_credentials")
        field = m_password;
    else if (error.field == "display_name")
        field = m_displayName;
    showError(AccountText::errorMessage(error, context), field);
}

void SignInDialog::submit()
{
    if (m_busy)
        return;
    const QString email = m_email->text().trimmed();
    const QString password = m_password->text();
    const QString name = m_displayName->text().trimmed();
    const bool create = m_mode == Mode::CreateAccount;
    if (create && name.isEmpty())
        return showError(tr("Enter your name."), m_displayName);
    if (email.isEmpty() || !email.contains(QLatin1Char('@')))
        return showError(tr("Enter your email address, such as ada@example.com."), m_email);
    if (password.isEmpty())
        return showError(tr("Enter your password."), m_password);
    if (create && password.size() < kMinPasswordLength)
        return showError(tr("Choose a password of at least %n character(s).", nullptr, kMinPasswordLength), m_password);
    m_error->hide();
    setBusy(true);
    if (create)
        Q_EMIT signUpRequested(email, password, name, m_remember->isChecked());
    else
        Q_EMIT signInRequested(email, password, m_remember->isChecked());
}

} // namespace lectern::ui
