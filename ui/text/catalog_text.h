// Turns core slugs, codes and amounts into the learner's language. Core never makes
// user-facing sentences; every one of them is made here, through tr().
#pragma once

#include <cstdint>
#include <string_view>

#include <QCoreApplication>
#include <QString>

#include "protocol/catalog_types.h"
#include "util/error.h"

namespace lectern::ui {

class CatalogText final {
    Q_DECLARE_TR_FUNCTIONS(CatalogText)

public:
    [[nodiscard]] static QString categoryName(std::string_view slug);
    [[nodiscard]] static QString levelName(protocol::Level level);
    [[nodiscard]] static QString languageName(std::string_view code);
    [[nodiscard]] static QString lessonKindName(protocol::LessonKind kind);

    // "¥199", "¥19.90"; "Free" for zero.
    [[nodiscard]] static QString price(const protocol::Money& money);
    // What a card shows: "Owned" wins over the price.
    [[nodiscard]] static QString cardPrice(const protocol::Money& money, bool owned);
    // "1 h 25 min", "12 min", "45 s".
    [[nodiscard]] static QString duration(std::int64_t seconds);
    // "mm:ss" or "h:mm:ss" for a lesson row.
    [[nodiscard]] static QString clockDuration(std::int64_t seconds);
    [[nodiscard]] static QString count(std::int64_t value); // locale grouping: 12,345

    // A sentence for a failure, without the technical detail (callers show that apart).
    [[nodiscard]] static QString errorMessage(const Error& error);
    [[nodiscard]] static QString openErrorMessage(const Error& error, const QString& dataDir);
};

[[nodiscard]] inline QString toQString(std::string_view utf8)
{
    return QString::fromUtf8(utf8.data(), static_cast<qsizetype>(utf8.size()));
}

} // namespace lectern::ui
