#include "catalog/catalog_search.h"

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

Result<std::vector<CourseKey>> CatalogSearch::rankedKeys(const SearchQuery& query)
{
    SqlBuilder sql;
    std::string statement;
    const bool hasText = query.text.find_first_not_of(" \t\r\n") != std::string::npos;
    if (hasText) {
        const std::string match = matchExpression(query.text);
        if (match.empty())
            return std::vector<CourseKey>{}; // nothing searchable: no course can match
        sql.addText(match);
        addFilters(query, sql);
        // Title matches first, then bm25 (title and subtitle weigh most), then
        // quality and popularity, then key for a stable order.
        std::string order = query.sort == SortOrder::Relevance
            ? std::string(kTitleTierFunction)
                + "(course_fts) DESC, bm25(course_fts, 10.0, 5.0, 4.0, 3.0, 1.0), c.rating DESC, "
                  "c.enrolment_count DESC, c.key"
            : std::string(orderBy(query.sort));
        statement = "SELECT c.key FROM course_fts JOIN courses c ON c.key = course_fts.rowid "
                    "WHERE course_fts MATCH ?"
            + sql.where + " ORDER BY " + order;
    } else {
        addFilters(query, sql);
        statement = "SELECT c.key FROM courses c WHERE 1" + sql.where + " ORDER BY " + std::string(orderBy(query.sort));
    }
    auto stmt = m_db.cached(statement);
    if (!stmt)
        return std::unexpected(stmt.error());
    sql.bind(**stmt);
    std::vector<CourseKey> keys;
    for (;;) {
        auto row = (*stmt)->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        keys.push_back((*stmt)->int64(0));
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
