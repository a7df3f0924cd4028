#include "catalog/catalog_search.h"

#include <algorithm>

#include "catalog/catalog_repository.h"
#include "catalog/cjk_tokenizer.h"
#include "util/utf8.h"

namespace lectern::catalog {

namespace {

// Binds values in the order their placeholders were written into the SQL.
struct SqlBuilder {
    std::string where;
    std::vector<std::string> textArgs;
    std::vector<std::int64_t> intArgs;
    std::vector<int> order; // 0 = text, 1 = int, indexes into the vectors in sequence

    void addText(const std::string& value)
    {
        textArgs.push_back(value);
        order.push_back(0);
    }
    void addInt(std::int64_t value)
    {
        intArgs.push_back(value);
        order.push_back(1);
    }
    void clause(const std::string& sql) { where += " AND " + sql; }

    void bind(store::Statement& stmt) const
    {
        std::size_t t = 0, i = 0;
        for (std::size_t n = 0; n < order.size(); ++n) {
            if (order[n] == 0)
                stmt.bind(static_cast<int>(n + 1), textArgs[t++]);
            else
                stmt.bind(static_cast<int>(n + 1), intArgs[i++]);
        }
    }
};

std::string placeholders(std::size_t count)
{
    std::string out;
    for (std::size_t i = 0; i < count; ++i)
        out += i ? ", ?" : "?";
    return out;
}

void addFilters(const SearchQuery& q, SqlBuilder& sql)
{
    if (!q.categories.empty()) {
        sql.clause("c.category IN (" + placeholders(q.categories.size()) + ")");
        for (const auto& category : q.categories)
            sql.addText(category);
    }
    if (!q.levels.empty()) {
        sql.clause("c.level IN (" + placeholders(q.levels.size()) + ")");
        for (const auto level : q.levels)
            sql.addText(std::string(protocol::toString(level)));
    }
    if (!q.languages.empty()) {
        sql.clause("c.language IN (" + placeholders(q.languages.size()) + ")");
        for (const auto& language : q.languages)
            sql.addText(language);
    }
    switch (q.ownership) {
    case Ownership::Any: break;
    case Ownership::Free: sql.clause("c.price_minor = 0"); break;
    case Ownership::Paid: sql.clause("c.price_minor > 0"); break;
    case Ownership::Owned: sql.clause("EXISTS (SELECT 1 FROM owned_courses o WHERE o.course_id = c.id)"); break;
    }
    if (q.minPriceMinor) {
        sql.clause("c.price_minor >= ?");
        sql.addInt(*q.minPriceMinor);
    }
    if (q.maxPriceMinor) {
        sql.clause("c.price_minor <= ?");
        sql.addInt(*q.maxPriceMinor);
    }
    if (q.minDurationSeconds) {
        sql.clause("c.total_duration >= ?");
        sql.addInt(*q.minDurationSeconds);
    }
    if (q.maxDurationSeconds) {
        sql.clause("c.total_duration <= ?");
        sql.addInt(*q.maxDurationSeconds);
    }
}

// ORDER BY for the explicit sorts; every one ends in c.key so ties are stable
// across pages and runs.
std::string_view orderBy(SortOrder sort)
{
    switch (sort) {
    case SortOrder::Rating: return "c.rating DESC, c.rating_count DESC, c.key";
    case SortOrder::Newest: return "c.published_at DESC, c.key";
    case SortOrder::PriceLowToHigh: return "c.price_minor, c.key";
    case SortOrder::PriceHighToLow: return "c.price_minor DESC, c.key DESC";
    case SortOrder::Relevance:
    case SortOrder::Popularity: break;
    }
    return "c.enrolment_count DESC, c.key";
}

bool endsInSeparator(std::string_view text)
{
    if (text.empty())
        return true;
    const auto last = static_cast<unsigned char>(text.back());
    return last == ' ' || last == '\t' || last == '\n' || last == ',' || last == ';';
}

} // namespace

CatalogSearch::CatalogSearch(store::Database& db)
    : m_db(db)
{
}

std::string CatalogSearch::matchExpression(std::string_view text)
{
    const auto terms = segmentQuery(text);
    std::string expression;
    for (std::size_t i = 0; i < terms.size(); ++i) {
        const SearchTerm& term = terms[i];
        if (!expression.empty())
            expression += ' ';
        expression += '"';
        expression += term.text; // separators (quotes included) never reach a term
        expression += '"';
        const bool last = i + 1 == terms.size();
        const bool lone = term.kind == SearchTerm::Kind::Cjk && term.codePoints == 1;
        if (lone || (last && term.kind == SearchTerm::Kind::Word && !endsInSeparator(text)))
            expression += '*';
    }
    return expression;
}

Result<void> CatalogSearch::refreshCaches()
{
    auto stamp = m_db.changeStamp();
    if (!stamp)
        return std::unexpected(stamp.error());
    if (*stamp == m_stamp)
        return {};
    auto maxKey = m_db.cached("SELECT coalesce(max(key), 0) FROM courses");
    if (!maxKey)
        return std::unexpected(maxKey.error());
    auto row = (*maxKey)->step();
    if (!row)
        return std::unexpected(row.error());
    m_maxKey = (*maxKey)->int64(0);
    (*maxKey)->reset();
    auto retired = m_db.cached("SELECT key FROM courses WHERE retired_at IS NOT NULL ORDER BY key");
    if (!retired)
        return std::unexpected(retired.error());
    auto retiredKeys = collectKeys(**retired);
    if (!retiredKeys)
        return std::unexpected(retiredKeys.error());
    m_retired = std::move(*retiredKeys);
    m_orders.assign(6, {});
    m_orderLoaded.assign(6, false);
    m_stamp = *stamp;
    return {};
}

Result<std::vector<CourseKey>> CatalogSearch::collectKeys(store::Statement& stmt)
{
    std::vector<CourseKey> keys;
    for (;;) {
        auto row = stmt.step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            return keys;
        keys.push_back(stmt.int64(0));
    }
}

Result<const std::vector<CourseKey>*> CatalogSearch::cachedOrder(SortOrder sort)
{
    if (sort == SortOrder::Relevance)
        sort = SortOrder::Popularity;
    const auto slot = static_cast<std::size_t>(sort);
    if (!m_orderLoaded[slot]) {
        auto stmt = m_db.cached("SELECT c.key FROM courses c ORDER BY " + std::string(orderBy(sort)));
        if (!stmt)
            return std::unexpected(stmt.error());
        auto keys = collectKeys(**stmt);
        if (!keys)
            return std::unexpected(keys.error());
        m_orders[slot] = std::move(*keys);
        m_orderLoaded[slot] = true;
    }
    return &m_orders[slot];
}

CatalogSearch::KeySet CatalogSearch::toSet(const std::vector<CourseKey>& keys) const
{
    KeySet set(static_cast<std::size_t>(m_maxKey) + 1, false);
    for (const CourseKey key : keys) {
        if (key >= 0 && static_cast<std::size_t>(key) < set.size())
            set[static_cast<std::size_t>(key)] = true;
    }
    return set;
}

Result<std::vector<CourseKey>> CatalogSearch::exactRanking(const std::string& match, const SearchQuery& query)
{
    SqlBuilder sql;
    sql.addText(match);
    addFilters(query, sql);
    // The narrow covering index makes the per-match lookup of ranking signals cheap.
    const std::string statement =
        "SELECT c.key FROM course_fts JOIN courses c INDEXED BY courses_search_signals ON c.key = course_fts.rowid "
        "WHERE course_fts MATCH ?"
        + sql.where + " ORDER BY " + kTitleTierFunction
        + "(course_fts) DESC, bm25(course_fts, 10.0, 5.0, 4.0, 3.0, 1.0), c.rating DESC, c.enrolment_count DESC, c.key";
    auto stmt = m_db.cached(statement);
    if (!stmt)
        return std::unexpected(stmt.error());
    sql.bind(**stmt);
    return collectKeys(**stmt);
}

Result<std::vector<CourseKey>> CatalogSearch::rankedKeys(const SearchQuery& query)
{
    if (auto ok = refreshCaches(); !ok)
        return std::unexpected(ok.error());

    std::optional<KeySet> matchSet;
    std::optional<KeySet> titleSet;
    const bool hasText = query.text.find_first_not_of(" \t\r\n") != std::string::npos;
    if (hasText) {
        const std::string match = matchExpression(query.text);
        if (match.empty())
            return std::vector<CourseKey>{}; // nothing searchable: no course can match
        auto matchStmt = m_db.cached("SELECT rowid FROM course_fts WHERE course_fts MATCH ?1");
        if (!matchStmt)
            return std::unexpected(matchStmt.error());
        (*matchStmt)->bind(1, match);
        auto matches = collectKeys(**matchStmt);
        if (!matches)
            return std::unexpected(matches.error());
        if (matches->empty())
            return matches;
        if (query.sort == SortOrder::Relevance && matches->size() <= kExactRankingLimit)
            return exactRanking(match, query);
        matchSet = toSet(*matches);
        if (query.sort == SortOrder::Relevance) {
            (*matchStmt)->reset();
            (*matchStmt)->bind(1, "title : (" + match + ")");
            auto inTitle = collectKeys(**matchStmt);
            if (!inTitle)
                return std::unexpected(inTitle.error());
            titleSet = toSet(*inTitle);
        }
    }

    std::optional<KeySet> filterSet;
    SqlBuilder sql;
    addFilters(query, sql);
    if (!sql.where.empty()) {
        auto stmt = m_db.cached("SELECT c.key FROM courses c INDEXED BY courses_search_signals WHERE 1" + sql.where);
        if (!stmt)
            return std::unexpected(stmt.error());
        sql.bind(**stmt);
        auto keys = collectKeys(**stmt);
        if (!keys)
            return std::unexpected(keys.error());
        filterSet = toSet(*keys);
    }

    auto order = cachedOrder(query.sort);
    if (!order)
        return std::unexpected(order.error());
    auto in = [](const std::optional<KeySet>& set, CourseKey key) {
        return !set || (static_cast<std::size_t>(key) < set->size() && (*set)[static_cast<std::size_t>(key)]);
    };
    std::vector<CourseKey> keys;
    // Title matches first when ranking by relevance; one pass otherwise.
    for (int pass = titleSet ? 0 : 1; pass < 2; ++pass) {
        for (const CourseKey key : **order) {
            if (!in(matchSet, key) || !in(filterSet, key))
                continue;
            if (!m_retired.empty() && std::binary_search(m_retired.begin(), m_retired.end(), key))
                continue;
            if (titleSet && in(titleSet, key) != (pass == 0))
                continue;
            keys.push_back(key);
        }
    }
    return keys;
}

Result<SearchPage> CatalogSearch::search(const SearchQuery& query, std::size_t offset, std::size_t limit)
{
    auto keys = rankedKeys(query);
    if (!keys)
        return std::unexpected(keys.error());
    SearchPage page;
    page.total = keys->size();
    if (offset >= keys->size())
        return page;
    const std::size_t count = std::min(limit, keys->size() - offset);
    CatalogRepository repository(m_db);
    auto cards = repository.summaries(std::span<const CourseKey>(keys->data() + offset, count));
    if (!cards)
        return std::unexpected(cards.error());
    page.courses = std::move(*cards);
    return page;
}

} // namespace lectern::catalog
