// Sign in, or create an account, against the configured server. The dialog only
// collects and checks input and explains failures; SyncService does the work.
#pragma once

#include <QDialog>

#include "net/net_error.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace lectern::ui {

class SignInDialog final : public QDialog {
    Q_OBJECT

public:
    enum class Mode { SignIn, CreateAccount };

    explicit SignInDialog(const QString& serverUrl, QWidget* parent = nullptr);

    void setMode(Mode mode);
    [[nodiscard]] Mode mode() const { return m_mode; }
    void setEmail(const QString& email);
    // "Your sign-in has ended…": shown above the form when the server asked
    // for a new sign-in.
    void setReason(const QString& reason);

    // While the request runs the form is locked and the button says so.
    void setBusy(bool busy);
    void showFailure(const net::ApiError& error);
    [[nodiscard]] QString errorText() const;

Q_SIGNALS:
    void signInRequested(const QString& email, const QString& password, bool remember);
    void signUpRequested(const QString& email, const QString& password, const QString& displayName, bool remember);

private:
    void submit();
    void showError(const QString& message, QLineEdit* field);
    void updateTexts();

    Mode m_mode = Mode::SignIn;
    bool m_busy = false;
    QLabel* m_heading = nullptr;
    QLabel* m_server = nullptr;
    QLabel* m_reason = nullptr;
    QLabel* m_displayNameLabel = nullptr;
    QLineEdit* m_displayName = nullptr;
    QLineEdit* m_email = nullptr;
    QLineEdit* m_password = nullptr;
    QCheckBox* m_remember = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_submit = nullptr;
    QPushButton* m_switchMode = nullptr;
};

} // namespace lectern::ui
