#include "text/catalog_text.h"

#include <QLocale>

namespace lectern::ui {

QString CatalogText::categoryName(std::string_view slug)
{
    if (slug == "programming")
        return tr("Programming");
    if (slug == "data")
        return tr("Data & AI");
    if (slug == "design")
        return tr("Design");
    if (slug == "languages")
        return tr("Languages");
    if (slug == "business")
        return tr("Business");
    if (slug == "music")
        return tr("Music");
    if (slug == "photography")
        return tr("Photography");
    if (slug == "exam")
        return tr("Exam prep");
    if (slug == "personal-growth")
        return tr("Personal growth");
    // A category added on the server before this client knew it: show the slug.
    return toQString(slug);
}

QString CatalogText::levelName(protocol::Level level)
{
    switch (level) {
    case protocol::Level::Beginner: return tr("Beginner");
    case protocol::Level::Intermediate: return tr("Intermediate");
    case protocol::Level::Advanced: return tr("Advanced");
    case protocol::Level::All: return tr("All levels");
    }
    return {};
}

QString CatalogText::languageName(std::string_view code)
{
    if (code == "zh")
        return tr("Chinese");
    if (code == "en")
        return tr("English");
    return toQString(code);
}

QString CatalogText::lessonKindName(protocol::LessonKind kind)
{
    switch (kind) {
    case protocol::LessonKind::Video: return tr("Video");
    case protocol::LessonKind::Audio: return tr("Audio");
    case protocol::LessonKind::Article: return tr("Article");
    case protocol::LessonKind::Quiz: return tr("Quiz");
    }
    return {};
}

QString CatalogText::price(const protocol::Money& money)
{
    if (money.isFree())
        return tr("Free");
    const QLocale locale;
    const std::int64_t whole = money.amountMinor / 100;
    const std::int64_t cents = money.amountMinor % 100;
    QString amount = locale.toString(static_cast<qlonglong>(whole));
    if (cents != 0)
        amount += locale.decimalPoint() + QStringLiteral("%1").arg(cents, 2, 10, QLatin1Char('0'));
    if (money.currency == "CNY")
        return QStringLiteral("¥") + amount;
    if (money.currency == "USD")
        return QStringLiteral("$") + amount;
    return amount + QLatin1Char(' ') + toQString(money.currency);
}

QString CatalogText::cardPrice(const protocol::Money& money, bool owned)
{
    return owned ? tr("Owned") : price(money);
}

QString CatalogText::duration(std::int64_t seconds)
{
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    const std::int64_t minutes = (seconds + 30) / 60;
    if (minutes < 60)
        return tr("%1 min").arg(minutes);
    const std::int64_t hours = minutes / 60;
    const std::int64_t rest = minutes % 60;
    if (rest == 0)
        return tr("%1 h").arg(hours);
    return tr("%1 h %2 min").arg(hours).arg(rest);
}

QString CatalogText::clockDuration(std::int64_t seconds)
{
    const std::int64_t h = seconds / 3600;
    const std::int64_t m = (seconds % 3600) / 60;
    const std::int64_t s = seconds % 60;
    const auto two = [](std::int64_t v) { return QStringLiteral("%1").arg(v, 2, 10, QLatin1Char('0')); };
    if (h > 0)
        return QString::number(h) + QLatin1Char(':') + two(m) + QLatin1Char(':') + two(s);
    return QString::number(m) + QLatin1Char(':') + two(s);
}

QString CatalogText::count(std::int64_t value)
{
    return QLocale().toString(static_cast<qlonglong>(value));
}

QString CatalogText::errorMessage(const Error& error)
{
    switch (error.code) {
    case ErrorCode::Io: return tr("A file could not be read or written.");
    case ErrorCode::Database: return tr("The local library could not be read.");
    case ErrorCode::DatabaseBusy:
        return tr("The local library is busy. Another Lectern window may be using it; try again in a moment.");
    case ErrorCode::SchemaTooNew:
        return tr("This data folder was created by a newer version of Lectern.");
    case ErrorCode::NotFound: return tr("The item could not be found.");
    case ErrorCode::InvalidArgument: return tr("The request was not valid.");
    case ErrorCode::InvalidData: return tr("The catalog data is damaged or in an unknown format.");
    }
    return tr("Something went wrong.");
}

QString CatalogText::openErrorMessage(const Error& error, const QString& dataDir)
{
    switch (error.code) {
    case ErrorCode::SchemaTooNew:
        return tr("This data folder was created by a newer version of Lectern, so this version cannot open it "
                  "without risking your notes and progress. Nothing in it was changed.\n\n"
                  "Install the newer version of Lectern, or start this one with a different data folder "
                  "(--data-dir).\n\nData folder: %1")
            .arg(dataDir);
    case ErrorCode::DatabaseBusy:
        return tr("Your library is in use by another program, probably another Lectern window. "
                  "Close it and start Lectern again.\n\nData folder: %1")
            .arg(dataDir);
    case ErrorCode::Io:
        return tr("Lectern cannot read or write its data folder. Check that the folder exists, that you may "
                  "write to it and that the disk is not full.\n\nData folder: %1")
            .arg(dataDir);
    case ErrorCode::Database:
    case ErrorCode::NotFound:
    case ErrorCode::InvalidArgument:
    case ErrorCode::InvalidData: break;
    }
    return tr("Lectern could not open your library. The file may be damaged.\n\nData folder: %1").arg(dataDir);
}

} // namespace lectern::ui
