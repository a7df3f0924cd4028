// Sentences for account and sync failures. Core hands over a typed ApiError
// (code, server code, field, Retry-After); every word the learner reads is made
// here, through tr().
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include "net/net_error.h"
#include "services/sync_service.h"

namespace lectern::ui {

class AccountText final {
    Q_DECLARE_TR_FUNCTIONS(AccountText)

public:
    enum class Context { SignIn, SignUp, Sync };

    [[nodiscard]] static QString errorMessage(const net::ApiError& error, Context context);
    // "in 15 minutes", "in 40 seconds".
    [[nodiscard]] static QString waitTime(std::chrono::seconds wait);
    [[nodiscard]] static QString fieldName(const std::string& field);

    // For the sync details list and the status bar's tooltip.
    [[nodiscard]] static QString syncErrorMessage(const SyncError& error);
    [[nodiscard]] static QString stageName(SyncError::Stage stage);
    // 14:02 today, or a short date and time otherwise.
    [[nodiscard]] static QString shortTime(const QDateTime& time);
};

} // namespace lectern::ui
