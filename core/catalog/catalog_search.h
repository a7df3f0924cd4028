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

// Keep one CatalogSearch per connection and reuse it: it caches each sort order's
// full key list (reloaded when the database changes), which is what makes broad
// queries fast.
//
// How a query is answered:
//   - the full-text index yields the matching keys (rowids only: cheap);
//   - a narrow match set (<= kExactRankingLimit) is ranked exactly in SQL: title
//     matches first, then bm25, then rating and popularity;
//   - a broad one ("学", "design": thousands of matches, where bm25 over every row
//     would cost tens of milliseconds and tell little) keeps title matches first
//     and orders each group by popularity, read off the cached order;
//   - filters become a key set from one SQL scan; explicit sorts walk the cached
//     order for that sort, keeping keys in the match and filter sets.
class CatalogSearch final {
public:
    static constexpr std::size_t kExactRankingLimit = 2000;

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
    using KeySet = std::vector<bool>; // indexed by CourseKey

    [[nodiscard]] Result<void> refreshCaches();
    [[nodiscard]] Result<const std::vector<CourseKey>*> cachedOrder(SortOrder sort);
    [[nodiscard]] Result<std::vector<CourseKey>> collectKeys(store::Statement& stmt);
    [[nodiscard]] Result<std::vector<CourseKey>> exactRanking(const std::string& match, const SearchQuery& query);
    [[nodiscard]] KeySet toSet(const std::vector<CourseKey>& keys) const;

    store::Database& m_db;
    std::int64_t m_stamp = -1;
    CourseKey m_maxKey = 0;
    std::vector<std::vector<CourseKey>> m_orders; // by SortOrder; empty until first used
    std::vector<CourseKey> m_retired;             // sorted; owned courses the server retired: not browsable
    std::vector<bool> m_orderLoaded;
};

} // namespace lectern::catalog
