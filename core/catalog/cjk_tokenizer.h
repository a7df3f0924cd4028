// Full-text tokenization for mixed Chinese/English text.
//
// SQLite's unicode61 tokenizer treats a run of Han characters as one token, and
// trigram cannot match two-character words (the most common Chinese words). So
// Lectern registers its own FTS5 tokenizer, "lectern":
//   - Latin/digit runs become lower-cased words ("React" → "react");
//   - CJK runs become overlapping bigrams plus the run's last character as a
//     unigram: "机器学习" → 机器 器学 学习 习.
// A query for a CJK word is the phrase of its bigrams, so "机器学习" matches the
// consecutive tokens 机器 器学 学习 and "编程" matches the single bigram 编程; a
// one-character query "学" is a prefix query that hits every bigram starting with
// 学 and the run-final unigram 学, which together cover every occurrence.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "util/error.h"

struct sqlite3;

namespace lectern::catalog {

inline constexpr const char* kTokenizerName = "lectern";
inline constexpr const char* kTitleTierFunction = "lectern_title_tier";

struct SearchTerm {
    enum class Kind { Word, Cjk };
    Kind kind;
    std::string text;      // lower-cased word, or the CJK run as typed
    std::size_t codePoints;
};

// Splits free text the way the index does, without the bigram step: the
// building blocks of a query. Punctuation, symbols, emoji and invalid UTF-8 are
// separators. At most maxTerms terms, each cut to maxTermLength code points.
[[nodiscard]] std::vector<SearchTerm> segmentQuery(std::string_view text, std::size_t maxTerms = 16,
                                                   std::size_t maxTermLength = 64);

// The index tokens of text (for tests and diagnostics): what FTS5 stores.
[[nodiscard]] std::vector<std::string> indexTokens(std::string_view text);

// Registers the "lectern" tokenizer and the lectern_title_tier() ranking
// function on one connection. Database::open() calls it for every connection.
[[nodiscard]] Result<void> registerCjkTokenizer(sqlite3* db);

} // namespace lectern::catalog
