#include "text/account_text.h"

#include <QLocale>

#include "text/catalog_text.h"

namespace lectern::ui {

QString AccountText::waitTime(std::chrono::seconds wait)
{
    const auto seconds = wait.count();
    if (seconds < 60)
        return tr("in %n second(s)", nullptr, static_cast<int>(std::max<std::int64_t>(seconds, 1)));
    const auto minutes = (seconds + 59) / 60; // never promise sooner than the server allows
    if (minutes < 120)
        return tr("in %n minute(s)", nullptr, static_cast<int>(minutes));
    return tr("in %n hour(s)", nullptr, static_cast<int>((minutes + 59) / 60));
}

QString AccountText::fieldName(const std::string& field)
{
    if (field == "email")
        return tr("email address");
    if (field == "password")
        return tr("password");
    if (field == "display_name")
        return tr("display name");
    if (field == "device_name")
        return tr("device name");
    return QString::fromStdString(field);
}

QString AccountText::errorMessage(const net::ApiError& error, Context context)
{
    using net::ApiErrorCode;
    switch (error.code) {
    case ApiErrorCode::Offline:
        return tr("Cannot reach the server. Check your network connection and the server address in Settings.");
    case ApiErrorCode::Timeout:
        return tr("The server did not answer in time. Try again in a moment.");
    case ApiErrorCode::Network:
        return tr("The connection to the server broke off. Try again.");
    case ApiErrorCode::Tls:
        return tr("The server's identity could not be verified (its certificate is not trusted).");
    case ApiErrorCode::Cancelled:
        return tr("Cancelled.");
    case ApiErrorCode::Unauthorized:
        if (error.serverCode == "invalid_credentials")
            return tr("Wrong email or password.");
        if (error.serverCode == "sign_in_required" && context == Context::Sync)
            return tr("Your sign-in has ended. Sign in again to sync your notes and progress; nothing on this "
                      "computer is lost.");
        return tr("The server no longer accepts this sign-in. Please sign in again.");
    case ApiErrorCode::Forbidden:
        return tr("Your account is not allowed to do this.");
    case ApiErrorCode::NotFound:
        return tr("The server does not know this request. Check the server address in Settings.");
    case ApiErrorCode::Conflict:
        if (error.serverCode == "email_taken")
            return tr("An account with this email address already exists. Sign in instead.");
        return tr("This conflicts with something already on the server.");
    case ApiErrorCode::RateLimited:
        if (error.retryAfter)
            return tr("Too many attempts. Try again %1.").arg(waitTime(*error.retryAfter));
        return tr("Too many attempts. Wait a few minutes and try again.");
    case ApiErrorCode::ServerError:
        if (error.httpStatus == 503) {
            if (error.retryAfter)
                return tr("The server is busy. Try again %1.").arg(waitTime(*error.retryAfter));
            return tr("The server is busy. Try again in a moment.");
        }
        return tr("The server had a problem (error %1). Try again later.").arg(error.httpStatus);
    case ApiErrorCode::Rejected:
        if (error.serverCode == "resync_required")
            return tr("The server asked for a fresh copy of the catalog; it is downloaded again from the start.");
        if (error.field == "email")
            return tr("Enter a valid email address.");
        if (error.field == "password")
            return context == Context::SignUp ? tr("Choose a password of 8 to 256 characters.")
                                              : tr("Enter your password.");
        if (error.field == "display_name")
            return tr("Enter a display name.");
        if (!error.field.empty())
            return tr("The server did not accept the %1.").arg(fieldName(error.field));
        return tr("The server refused the request (%1).")
            .arg(QString::fromStdString(error.serverCode.empty() ? std::to_string(error.httpStatus)
                                                                 : error.serverCode));
    case ApiErrorCode::BadResponse:
        return tr("The server sent an answer Lectern cannot read. Check the server address in Settings.");
    case ApiErrorCode::InvalidRequest:
        if (error.detail.starts_with("session store"))
            return tr("Lectern could not keep your sign-in on this computer.");
        return tr("The server address is not valid. Check it in Settings.");
    }
    return tr("Something went wrong.");
}

QString AccountText::stageName(SyncError::Stage stage)
{
    switch (stage) {
    case SyncError::Stage::Catalog: return tr("Catalog");
    case SyncError::Stage::Account: return tr("Account");
    case SyncError::Stage::UserData: return tr("Notes and progress");
    }
    return {};
}

QString AccountText::syncErrorMessage(const SyncError& error)
{
    if (error.network)
        return errorMessage(*error.network, Context::Sync);
    if (error.local)
        return CatalogText::errorMessage(*error.local);
    return tr("Something went wrong.");
}

QString AccountText::shortTime(const QDateTime& time)
{
    const QLocale locale;
    if (time.date() == QDate::currentDate())
        return locale.toString(time.time(), QLocale::ShortFormat);
    return locale.toString(time, QLocale::ShortFormat);
}

} // namespace lectern::ui
