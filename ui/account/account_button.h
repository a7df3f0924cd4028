// The account corner of the status bar. Signed out: "Sign in". Signed in: the
// learner's name with a menu (Sync now, Sign out). When the server ended the
// session: "Sign in again", which keeps everything local and only asks again.
#pragma once

#include <QPointer>
#include <QToolButton>

#include "account/sign_in_dialog.h"
#include "services/sync_service.h"

class QAction;
class QMenu;

namespace lectern::ui {


class AccountButton final : public QToolButton {
    Q_OBJECT

public:
    explicit AccountButton(QWidget* parent = nullptr);

    // Null while there is no service (e.g. while the server address changes).
    void setSyncService(SyncService* service);
    // Opens (or raises) the sign-in dialog.
    void openSignIn();
    [[nodiscard]] SignInDialog* dialog() const { return m_dialog; }

private:
    void showAccount(const AccountInfo& account);
    void onSignInFinished(bool ok, const net::ApiError& error);

    QPointer<SyncService> m_service;
    QPointer<SignInDialog> m_dialog;
    QMenu* m_menu = nullptr;
    QAction* m_who = nullptr;
    QAction* m_syncNow = nullptr;
    QAction* m_signOut = nullptr;
};

} // namespace lectern::ui
