#include "account/account_button.h"

#include <QMenu>

#include "account/sign_in_dialog.h"
#include "text/account_text.h"

namespace lectern::ui {

AccountButton::AccountButton(QWidget* parent)
    : QToolButton(parent)
    , m_menu(new QMenu(this))
{
    setObjectName(QStringLiteral("accountButton"));
    setAutoRaise(true);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_who = m_menu->addAction(QString());
    m_who->setEnabled(false);
    m_menu->addSeparator();
    m_syncNow = m_menu->addAction(tr("Sync now"));
    m_syncNow->setObjectName(QStringLiteral("syncNowAction"));
    m_signOut = m_menu->addAction(tr("Sign out"));
    m_signOut->setObjectName(QStringLiteral("signOutAction"));

    connect(this, &QToolButton::clicked, this, [this] {
        if (m_service && m_service->account().signedIn)
            showMenu();
        else
            openSignIn();
    });
    connect(m_syncNow, &QAction::triggered, this, [this] {
        if (m_service)
            m_service->syncNow();
    });
    connect(m_signOut, &QAction::triggered, this, [this] {
        if (m_service)
            m_service->signOut();
    });
    showAccount({});
}

void AccountButton::setSyncService(SyncService* service)
{
    if (m_service)
        disconnect(m_service, nullptr, this, nullptr);
    m_service = service;
    if (m_dialog)
        m_dialog->reject(); // it was talking to the old server
    setEnabled(service != nullptr);
    if (!service)
        return;
    connect(service, &SyncService::accountChanged, this, &AccountButton::showAccount);
    connect(service, &SyncService::signInFinished, this, &AccountButton::onSignInFinished);
    showAccount(service->account());
}

void AccountButton::showAccount(const AccountInfo& account)
{
    const bool again = m_service && m_service->signInRequired();
    setMenu(account.signedIn ? m_menu : nullptr);
    setPopupMode(account.signedIn ? QToolButton::InstantPopup : QToolButton::DelayedPopup);
    if (account.signedIn) {
        setText(account.displayName.isEmpty() ? account.email : account.displayName);
        setToolTip(account.remembered ? tr("Signed in as %1").arg(account.email)
                                      : tr("Signed in as %1 until Lectern quits").arg(account.email));
        m_who->setText(account.email);
    } else if (again) {
        setText(tr("Sign in again"));
        setToolTip(tr("The server ended your sign-in. Your notes and progress stay on this computer until you "
                      "sign in again."));
    } else {
        setText(tr("Sign in"));
        setToolTip(tr("Sign in to sync your notes and progress. Browsing and studying work without an account."));
    }
}

void AccountButton::openSignIn()
{
    if (!m_service)
        return;
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    auto* dialog = new SignInDialog(m_service->serverUrl(), window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    if (m_service->signInRequired()) {
        dialog->setReason(AccountText::errorMessage(
            net::ApiError{net::ApiErrorCode::Unauthorized, 401, "sign_in_required", {}, {}, {}, {}},
            AccountText::Context::Sync));
        dialog->setEmail(m_service->account().email);
    }
    connect(dialog, &SignInDialog::signInRequested, this,
            [this](const QString& email, const QString& password, bool remember) {
                if (m_service)
                    m_service->signIn(email, password, remember);
            });
    connect(dialog, &SignInDialog::signUpRequested, this,
            [this](const QString& email, const QString& password, const QString& name, bool remember) {
                if (m_service)
                    m_service->signUp(email, password, name, remember);
            });
    dialog->open();
}

void AccountButton::onSignInFinished(bool ok, const net::ApiError& error)
{
    if (!m_dialog)
        return;
    if (ok)
        m_dialog->accept();
    else
        m_dialog->showFailure(error);
}

} // namespace lectern::ui
