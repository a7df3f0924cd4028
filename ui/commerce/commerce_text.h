// Sentences for purchases: prices and totals, order states, checkout outcomes
// and failures, in the learner's language. Core returns codes; words are made here.
#pragma once

#include <cstdint>

#include <QCoreApplication>
#include <QString>

#include "commerce/checkout_service.h"
#include "commerce/commerce_error.h"
#include "commerce/commerce_types.h"
#include "protocol/catalog_types.h"

namespace lectern::ui {

class CommerceText final {
    Q_DECLARE_TR_FUNCTIONS(CommerceText)

public:
    // "¥199", "¥19.90"; "¥0" for a zero amount (a total, not a catalog price).
    [[nodiscard]] static QString money(const commerce::Money& money);
    [[nodiscard]] static protocol::Money toCatalogMoney(const commerce::Money& money);
    // "Paid", "Awaiting payment", "Refunded".
    [[nodiscard]] static QString orderStatus(commerce::OrderStatus status);
    // A date (and time) in the learner's locale from Unix seconds.
    [[nodiscard]] static QString date(std::int64_t unixSeconds);
    [[nodiscard]] static QString dateTime(std::int64_t unixSeconds);
    // "Monthly" / "Yearly" for a plan id; the server's title otherwise.
    [[nodiscard]] static QString planName(const QString& planId, const QString& fallback = {});
    // "¥39 a month", "¥299 a year".
    [[nodiscard]] static QString planPrice(const commerce::Plan& plan);
    // The title of an order line: a plan is named in the learner's language.
    [[nodiscard]] static QString itemTitle(const commerce::OrderItem& item);

    // What happened at checkout, as one or two sentences for the learner.
    // Empty for OrderPlaced (nothing to explain: the total is shown).
    [[nodiscard]] static QString outcomeMessage(const commerce::CheckoutResult& result);
    // A failure that is not a business outcome (offline, signed out…).
    [[nodiscard]] static QString errorMessage(const commerce::CommerceError& error);
    // A refused refund: the server's own reason when it gave one.
    [[nodiscard]] static QString refundRefused(const commerce::CommerceError& error);

    // The sandbox test cards, for the checkout's help text.
    [[nodiscard]] static QString sandboxCardsHelp();
};

} // namespace lectern::ui
