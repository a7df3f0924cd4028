#include "cli_commands.h"

#include <charconv>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <optional>

#include <nlohmann/json.hpp>

#include "catalog/catalog_import.h"
#include "catalog/catalog_repository.h"
#include "catalog/catalog_search.h"
#include "catalog/synthetic_catalog.h"
#include "data_dir.h"
#include "protocol/catalog_json.h"
#include "store/local_store.h"

namespace lectern::cli {

namespace {

int reportError(const Error& error)
{
    std::fprintf(stderr, "lectern-cli: %s: %s\n", errorCodeName(error.code), error.detail.c_str());
    return 1;
}

std::optional<std::int64_t> parseInt(const std::string& text)
{
    std::int64_t value = 0;
    const auto* end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, value);
    if (ec != std::errc() || ptr != end)
        return std::nullopt;
    return value;
}

// "199", "19.9", "19.90" yuan → minor units.
std::optional<std::int64_t> parseYuan(const std::string& text)
{
    const auto dot = text.find('.');
    auto whole = parseInt(text.substr(0, dot));
    if (!whole || *whole < 0)
        return std::nullopt;
    std::int64_t fraction = 0;
    if (dot != std::string::npos) {
        std::string digits = text.substr(dot + 1);
        if (digits.empty() || digits.size() > 2)
            return std::nullopt;
        if (digits.size() == 1)
            digits += '0';
        auto parsed = parseInt(digits);
        if (!parsed || *parsed < 0)
            return std::nullopt;
        fraction = *parsed;
    }
    return *whole * 100 + fraction;
}

std::string formatPrice(const protocol::Money& price)
{
    if (price.isFree())
        return "free";
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%s%lld.%02lld", price.currency == "CNY" ? "¥" : (price.currency + " ").c_str(),
                  static_cast<long long>(price.amountMinor / 100), static_cast<long long>(price.amountMinor % 100));
    return buffer;
}

} // namespace

int usageError(const std::string& message)
{
    std::fprintf(stderr, "lectern-cli: %s\n", message.c_str());
    return 2;
}

std::optional<store::Database> openStore(const GlobalOptions& global, int& exitCode)
{
    std::error_code ec;
    std::filesystem::create_directories(global.dataDir, ec);
    if (ec) {
        exitCode = reportError({ErrorCode::Io, "cannot create " + global.dataDir.string() + ": " + ec.message()});
        return std::nullopt;
    }
    auto db = store::openLocalStore(global.dataDir / kDatabaseFileName);
    if (!db) {
        exitCode = reportError(db.error());
        return std::nullopt;
    }
    return std::move(*db);
}

int runImportCatalog(const GlobalOptions& global, const Args& args)
{
    if (args.size() != 1)
        return usageError("usage: import-catalog FILE");
    int exitCode = 0;
    auto db = openStore(global, exitCode);
    if (!db)
        return exitCode;
    auto report = catalog::importCatalogFile(*db, args[0]);
    if (!report)
        return reportError(report.error());
    std::printf("imported %zu instructors, %zu courses, %zu lessons\n", report->instructors, report->courses,
                report->lessons);
    return 0;
}

int runGenerateCatalog(const GlobalOptions& global, const Args& args)
{
    catalog::SyntheticOptions options;
    std::optional<std::filesystem::path> output;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const bool hasValue = i + 1 < args.size();
        if (args[i] == "--courses" && hasValue) {
            auto n = parseInt(args[++i]);
            if (!n || *n < 0 || *n > 10'000'000)
                return usageError("--courses takes a count between 0 and 10000000");
            options.courses = static_cast<std::size_t>(*n);
        } else if (args[i] == "--seed" && hasValue) {
            auto n = parseInt(args[++i]);
            if (!n)
                return usageError("--seed takes an integer");
            options.seed = static_cast<std::uint64_t>(*n);
        } else if (args[i] == "--take" && hasValue) {
            auto n = parseInt(args[++i]);
            if (!n || *n < 0)
                return usageError("--take takes a count");
            options.take = static_cast<std::size_t>(*n);
        } else if (args[i] == "--revision" && hasValue) {
            auto n = parseInt(args[++i]);
            if (!n || *n < 0 || *n > 1000)
                return usageError("--revision takes a number between 0 and 1000");
            options.revision = static_cast<int>(*n);
        } else if (args[i] == "--output" && hasValue) {
            output = args[++i];
        } else {
            return usageError("usage: generate-catalog --courses N [--seed S] [--take K --revision R] [--output FILE]");
        }
    }
    const auto started = std::chrono::steady_clock::now();
    const protocol::Catalog generated = catalog::generateSyntheticCatalog(options);
    if (output) {
        std::ofstream out(*output, std::ios::binary | std::ios::trunc);
        out << protocol::serializeCatalog(generated);
        if (!out.flush())
            return reportError({ErrorCode::Io, "cannot write " + output->string()});
        std::printf("wrote %zu courses to %s\n", generated.courses.size(), output->c_str());
        return 0;
    }
    int exitCode = 0;
    auto db = openStore(global, exitCode);
    if (!db)
        return exitCode;
    auto report = catalog::importCatalog(*db, generated);
    if (!report)
        return reportError(report.error());
    const auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    std::printf("generated and imported %zu courses (%zu lessons) in %.1f s\n", report->courses, report->lessons,
                seconds);
    return 0;
}

int runSearch(const GlobalOptions& global, const Args& args)
{
    static constexpr const char* kHelp =
        "usage: search QUERY [--category SLUG]... [--level LEVEL]... [--language zh|en]...\n"
        "              [--free | --paid | --owned] [--min-price YUAN] [--max-price YUAN]\n"
        "              [--min-minutes N] [--max-minutes N]\n"
        "              [--sort relevance|rating|popularity|newest|price|price-desc]\n"
        "              [--limit N] [--offset N] [--json]\n"
        "QUERY may be empty (\"\") to browse with filters only.\n";
    catalog::SearchQuery query;
    std::size_t limit = 20;
    std::size_t offset = 0;
    bool json = false;
    bool haveQuery = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        const bool hasValue = i + 1 < args.size();
        auto count = [&](std::optional<std::int64_t> v, const char* what) -> std::optional<std::size_t> {
            if (!v || *v < 0) {
                usageError(std::string(what) + " takes a non-negative integer");
                return std::nullopt;
            }
            return static_cast<std::size_t>(*v);
        };
        if (a == "--help") {
            std::fputs(kHelp, stdout);
            return 0;
        } else if (a == "--category" && hasValue) {
            query.categories.push_back(args[++i]);
        } else if (a == "--level" && hasValue) {
            auto level = protocol::levelFromString(args[++i]);
            if (!level)
                return usageError("--level takes beginner, intermediate, advanced or all");
            query.levels.push_back(*level);
        } else if (a == "--language" && hasValue) {
            query.languages.push_back(args[++i]);
        } else if (a == "--free") {
            query.ownership = catalog::Ownership::Free;
        } else if (a == "--paid") {
            query.ownership = catalog::Ownership::Paid;
        } else if (a == "--owned") {
            query.ownership = catalog::Ownership::Owned;
        } else if ((a == "--min-price" || a == "--max-price") && hasValue) {
            auto minor = parseYuan(args[++i]);
            if (!minor)
                return usageError(a + " takes an amount in yuan, such as 99 or 19.9");
            (a == "--min-price" ? query.minPriceMinor : query.maxPriceMinor) = *minor;
        } else if ((a == "--min-minutes" || a == "--max-minutes") && hasValue) {
            auto minutes = count(parseInt(args[++i]), a.c_str());
            if (!minutes)
                return 2;
            (a == "--min-minutes" ? query.minDurationSeconds : query.maxDurationSeconds) =
                static_cast<std::int64_t>(*minutes) * 60;
        } else if (a == "--sort" && hasValue) {
            const std::string& s = args[++i];
            if (s == "relevance") query.sort = catalog::SortOrder::Relevance;
            else if (s == "rating") query.sort = catalog::SortOrder::Rating;
            else if (s == "popularity") query.sort = catalog::SortOrder::Popularity;
            else if (s == "newest") query.sort = catalog::SortOrder::Newest;
            else if (s == "price") query.sort = catalog::SortOrder::PriceLowToHigh;
            else if (s == "price-desc") query.sort = catalog::SortOrder::PriceHighToLow;
            else return usageError("unknown sort " + s);
        } else if ((a == "--limit" || a == "--offset") && hasValue) {
            auto n = count(parseInt(args[++i]), a.c_str());
            if (!n)
                return 2;
            (a == "--limit" ? limit : offset) = *n;
        } else if (a == "--json") {
            json = true;
        } else if (!haveQuery && (a.empty() || a[0] != '-' || a == "-")) {
            query.text = a;
            haveQuery = true;
        } else if (!haveQuery && a.size() > 1 && a[0] == '-' && a[1] != '-') {
            query.text = a; // "-foo" is a query, not an option
            haveQuery = true;
        } else {
            std::fputs(kHelp, stderr);
            return 2;
        }
    }
    if (!haveQuery) {
        std::fputs(kHelp, stderr);
        return 2;
    }
    int exitCode = 0;
    auto db = openStore(global, exitCode);
    if (!db)
        return exitCode;
    catalog::CatalogSearch search(*db);
    auto page = search.search(query, offset, limit);
    if (!page)
        return reportError(page.error());
    if (json) {
        nlohmann::json results = nlohmann::json::array();
        for (const auto& c : page->courses)
            results.push_back({{"id", c.id},
                               {"title", c.title},
                               {"instructor", c.instructorName},
                               {"category", c.category},
                               {"language", c.language},
                               {"level", protocol::toString(c.level)},
                               {"price_minor", c.price.amountMinor},
                               {"currency", c.price.currency},
                               {"rating", c.rating},
                               {"rating_count", c.ratingCount},
                               {"enrolment_count", c.enrolmentCount},
                               {"total_duration_seconds", c.totalDurationSeconds},
                               {"owned", c.owned}});
        const nlohmann::json out{{"total", page->total}, {"offset", offset}, {"results", std::move(results)}};
        std::puts(out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace).c_str());
        return 0;
    }
    std::size_t rank = offset;
    for (const auto& c : page->courses) {
        std::printf("%zu\t%s\t%s\t%.1f (%lld)\t%s\t%s\n", ++rank, c.title.c_str(), c.instructorName.c_str(), c.rating,
                    static_cast<long long>(c.ratingCount), c.owned ? "owned" : formatPrice(c.price).c_str(),
                    c.id.c_str());
    }
    std::fprintf(stderr, "%zu of %zu matching courses\n", page->courses.size(), page->total);
    return 0;
}

int runInfo(const GlobalOptions& global, const Args& args)
{
    if (!args.empty())
        return usageError("usage: info");
    int exitCode = 0;
    auto db = openStore(global, exitCode);
    if (!db)
        return exitCode;
    auto version = db->userVersion();
    if (!version)
        return reportError(version.error());
    catalog::CatalogRepository repository(*db);
    auto courses = repository.courseCount();
    if (!courses)
        return reportError(courses.error());
    std::printf("data folder: %s\nschema version: %d\ncourses: %lld\n", global.dataDir.c_str(), *version,
                static_cast<long long>(*courses));
    return 0;
}

} // namespace lectern::cli
