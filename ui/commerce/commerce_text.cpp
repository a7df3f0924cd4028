#include "commerce/commerce_text.h"

#include <QDateTime>
#include <QLocale>

#include "text/catalog_text.h"

namespace lectern::ui {

using commerce::CheckoutOutcome;
using commerce::CommerceErrorCode;

protocol::Money CommerceText::toCatalogMoney(const commerce::Money& money)
{
    return protocol::Money{money.amountMinor, money.currency};
}

QString CommerceText::money(const commerce::Money& money)
{
    if (money.amountMinor == 0) {
        // "Free" reads wrong for a total or a discount; the currency sign is enough.
        if (money.currency == "USD")
            return QStringLiteral("$0");
        if (money.currency.empty() || money.currency == "CNY")
            return QStringLiteral("¥0");
        return QStringLiteral("0 ") + toQString(money.currency);
    }
    return CatalogText::price(toCatalogMoney(money));
}

QString CommerceText::orderStatus(commerce::OrderStatus status)
{
    switch (status) {
    case commerce::OrderStatus::Pending: return tr("Awaiting payment");
    case commerce::OrderStatus::Paid: return tr("Paid");
    case commerce::OrderStatus::Refunded: return tr("Refunded");
    }
    return {};
}

QString CommerceText::date(std::int64_t unixSeconds)
{
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(unixSeconds).date(), QLocale::ShortFormat);
}

QString CommerceText::dateTime(std::int64_t unixSeconds)
{
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(unixSeconds), QLocale::ShortFormat);
}

QString CommerceText::planName(const QString& planId, const QString& fallback)
{
    if (planId == u"monthly")
        return tr("Monthly subscription");
    if (planId == u"yearly")
        return tr("Yearly subscription");
    return fallback.isEmpty() ? planId : fallback;
}

QString CommerceText::planPrice(const commerce::Plan& plan)
{
    const QString amount = money(plan.price);
    if (plan.period == "month")
        return tr("%1 a month").arg(amount);
    if (plan.period == "year")
        return tr("%1 a year").arg(amount);
    return amount;
}

QString CommerceText::itemTitle(const commerce::OrderItem& item)
{
    if (item.type == "plan")
        return planName(toQString(item.id), toQString(item.title));
    return toQString(item.title);
}

QString CommerceText::outcomeMessage(const commerce::CheckoutResult& result)
{
    switch (result.outcome) {
    case CheckoutOutcome::OrderPlaced: return {};
    case CheckoutOutcome::Paid: return tr("Payment received. Thank you!");
    case CheckoutOutcome::Declined:
        return tr("Your card was declined. Nothing was charged: try another card.");
    case CheckoutOutcome::InsufficientFunds:
        return tr("The card has insufficient funds. Nothing was charged: try another card.");
    case CheckoutOutcome::CouponInvalid: return tr("There is no coupon with this code. Check the spelling.");
    case CheckoutOutcome::CouponExpired: return tr("This coupon has expired and can no longer be used.");
    case CheckoutOutcome::CouponExhausted: return tr("This coupon has been used up.");
    case CheckoutOutcome::CouponNotApplicable: return tr("This coupon does not apply to these courses.");
    case CheckoutOutcome::AlreadyOwned:
        return tr("You already own this, or your subscription is still running. Nothing was charged.");
    case CheckoutOutcome::UnknownItem:
        return tr("This course is not on sale on the server (it may have been withdrawn, or it is not free).");
    case CheckoutOutcome::EmptyOrder: return tr("There is nothing left to buy: you own everything in it.");
    case CheckoutOutcome::NotPayable: return tr("This order was refunded and cannot be paid again.");
    case CheckoutOutcome::Unknown:
        return tr("We're checking with the server whether the payment went through. You will not be charged twice.");
    case CheckoutOutcome::NotPaid:
        return tr("The server says this order was not paid, and nothing was charged. You can pay again.");
    case CheckoutOutcome::Failed:
        return result.error ? errorMessage(*result.error) : tr("The purchase did not go through.");
    }
    return {};
}

QString CommerceText::errorMessage(const commerce::CommerceError& error)
{
    switch (error.code) {
    case CommerceErrorCode::SignInRequired: return tr("Sign in to buy courses and see your purchases.");
    case CommerceErrorCode::Network:
        return tr("Lectern could not reach the server. Check your connection and try again.");
    case CommerceErrorCode::Rejected:
        if (error.api && !error.api->message.empty())
            return tr("The server refused: %1").arg(toQString(error.api->message));
        return tr("The server refused the request.");
    case CommerceErrorCode::ServerKeyChanged:
        return tr("The server's signing key has changed, so your purchases could not be confirmed. Contact the "
                  "server's administrator.");
    case CommerceErrorCode::NoPinnedKey: return tr("Sign in once while online to confirm your purchases.");
    case CommerceErrorCode::Storage:
        return tr("Lectern could not read or write its database on this computer.");
    case CommerceErrorCode::Cancelled: return tr("Cancelled.");
    }
    return {};
}

QString CommerceText::refundRefused(const commerce::CommerceError& error)
{
    if (error.api && error.api->serverCode == "refund_not_allowed") {
        const QString reason = toQString(error.api->message);
        return reason.isEmpty() ? tr("This order cannot be refunded.")
                                : tr("This order cannot be refunded. The server says: “%1”").arg(reason);
    }
    return errorMessage(error);
}

QString CommerceText::sandboxCardsHelp()
{
    return tr("This server uses the sandbox payment provider: no real money moves. Test cards:\n"
              "4242 4242 4242 4242 — payment succeeds\n"
              "4000 0000 0000 0002 — card declined\n"
              "4000 0000 0000 9995 — insufficient funds");
}

} // namespace lectern::ui
