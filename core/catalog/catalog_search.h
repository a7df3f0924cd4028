// Ranked, filtered catalog search over the local store.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "catalog/catalog_views.h"
#include "store/database.h"

namespace lectern::catalog {

enum class Ownership { Any, Free, Paid, Owned };
enum class SortOrder { Relevance, Rating, Popularity, Newest, PriceLowToHigh, PriceHighToLow };

struct SearchQuery {
    std::string text;                      // free text; empty browses everything
    std::vector<std::string> categories;   // any of; empty = all
    std::vector<Level> levels;             // any of
    std::vector<std::string> languages;    // any of ("zh", "en")
    Ownership ownership = Ownership::Any;
    std::optional<std::int64_t> minPriceMinor, maxPriceMinor;
    std::optional<std::int64_t> minDurationSeconds, maxDurationSeconds;
    SortOrder sort = SortOrder::Relevance; // Relevance without text means Popularity
};

struct SearchPage {
    std::vector<CourseSummary> courses;
    std::size_t total = 0; // matches across all pages
};

class CatalogSearch final {
public:
    explicit CatalogSearch(store::Database& db);

    // Every matching course key, best first. Cheap enough to compute whole (ids
    // only), so paging is a slice and stays as fast on page 5,000 as on page 1.
    [[nodiscard]] Result<std::vector<CourseKey>> rankedKeys(const SearchQuery& query);

    // One page of cards plus the total.
    [[nodiscard]] Result<SearchPage> search(const SearchQuery& query, std::size_t offset, std::size_t limit);

    // The FTS5 MATCH expression for free text, or "" when the text has nothing
    // searchable (only punctuation, emoji, invalid bytes…). Every term is quoted,
    // so FTS5 syntax in the input (", *, NEAR, AND, -, parentheses) is literal.
    // The last word gets a prefix star unless the text ends in a separator, for
    // search-as-you-type ("react ho" finds "react hooks").
    [[nodiscard]] static std::string matchExpression(std::string_view text);

private:
    store::Database& m_db;
};

} // namespace lectern::catalog
