#include "catalog/cjk_tokenizer.h"

#include <sqlite3.h>

#include <cstdint>

#include "util/utf8.h"

namespace lectern::catalog {

namespace {

enum class CharClass { Separator, Word, Cjk };

bool inRange(char32_t cp, char32_t lo, char32_t hi) { return cp >= lo && cp <= hi; }

bool isCjk(char32_t cp)
{
    return inRange(cp, 0x3040, 0x30FF)      // Hiragana, Katakana
        || inRange(cp, 0x31F0, 0x31FF)      // Katakana extensions
        || inRange(cp, 0x3400, 0x4DBF)      // CJK extension A
        || inRange(cp, 0x4E00, 0x9FFF)      // CJK unified ideographs
        || inRange(cp, 0xAC00, 0xD7AF)      // Hangul syllables
        || inRange(cp, 0xF900, 0xFAFF)      // CJK compatibility ideographs
        || inRange(cp, 0x20000, 0x3134F);   // CJK extensions B–G
}

bool isSeparatorAboveAscii(char32_t cp)
{
    return cp < 0xC0 || cp == 0xD7 || cp == 0xF7   // Latin-1 symbols, ×, ÷
        || inRange(cp, 0x2000, 0x2BFF)              // punctuation, arrows, math, boxes, dingbats
        || inRange(cp, 0x2E00, 0x2E7F)              // supplemental punctuation
        || inRange(cp, 0x3000, 0x303F)              // CJK punctuation: 、。「」
        || inRange(cp, 0xD800, 0xF8FF)              // surrogates, private use
        || inRange(cp, 0xFE10, 0xFE1F) || inRange(cp, 0xFE30, 0xFE6F) // vertical / small forms
        || inRange(cp, 0xFF00, 0xFF0F) || inRange(cp, 0xFF1A, 0xFF20) // full-width punctuation
        || inRange(cp, 0xFF3B, 0xFF40) || inRange(cp, 0xFF5B, 0xFF65)
        || inRange(cp, 0xFFF0, 0xFFFF)              // specials, U+FFFD
        || inRange(cp, 0x1F000, 0x1FAFF)            // emoji and pictographs
        || inRange(cp, 0xE0000, 0xE007F);           // tags
}

// Folds full-width ASCII to ASCII and lower-cases Latin, Greek and Cyrillic capitals.
char32_t fold(char32_t cp)
{
    if (inRange(cp, 0xFF10, 0xFF19) || inRange(cp, 0xFF21, 0xFF3A) || inRange(cp, 0xFF41, 0xFF5A))
        cp -= 0xFEE0;
    if (inRange(cp, 'A', 'Z') || (inRange(cp, 0xC0, 0xDE) && cp != 0xD7) || inRange(cp, 0x391, 0x3A9)
        || inRange(cp, 0x410, 0x42F))
        return cp + 0x20;
    if (inRange(cp, 0x400, 0x40F))
        return cp + 0x50;
    return cp;
}

CharClass classify(char32_t cp)
{
    if (cp < 0x80)
        return (inRange(cp, 'a', 'z') || inRange(cp, 'A', 'Z') || inRange(cp, '0', '9')) ? CharClass::Word
                                                                                         : CharClass::Separator;
    if (isCjk(cp))
        return CharClass::Cjk;
    if (inRange(cp, 0xFF10, 0xFF19) || inRange(cp, 0xFF21, 0xFF3A) || inRange(cp, 0xFF41, 0xFF5A))
        return CharClass::Word;
    return isSeparatorAboveAscii(cp) ? CharClass::Separator : CharClass::Word;
}

struct CodePoint {
    char32_t cp;
    int start; // byte offsets into the original text
    int end;
};

// Walks text and calls onWord(folded, start, end) for each word and
// onCjk(codepoints) for each CJK run. Returns early when a callback returns false.
template <typename OnWord, typename OnCjk>
bool walk(std::string_view text, OnWord&& onWord, OnCjk&& onCjk)
{
    std::string word;
    int wordStart = 0;
    int wordEnd = 0;
    std::vector<CodePoint> run;
    auto flushWord = [&] {
        if (word.empty())
            return true;
        const bool more = onWord(word, wordStart, wordEnd);
        word.clear();
        return more;
    };
    auto flushRun = [&] {
        if (run.empty())
            return true;
        const bool more = onCjk(run);
        run.clear();
        return more;
    };
    std::size_t pos = 0;
    while (pos < text.size()) {
        const auto start = static_cast<int>(pos);
        const char32_t cp = utf8::next(text, pos);
        const auto end = static_cast<int>(pos);
        switch (classify(cp)) {
        case CharClass::Word:
            if (!flushRun())
                return false;
            if (word.empty())
                wordStart = start;
            utf8::append(word, fold(cp));
            wordEnd = end;
            break;
        case CharClass::Cjk:
            if (!flushWord())
                return false;
            run.push_back({cp, start, end});
            break;
        case CharClass::Separator:
            if (!flushWord() || !flushRun())
                return false;
            break;
        }
    }
    return flushWord() && flushRun();
}

enum class Mode { Document, Query };

// Emits the index tokens of text through emit(token, start, end) → SQLite rc.
template <typename Emit>
int tokenize(std::string_view text, Mode mode, Emit&& emit)
{
    int rc = SQLITE_OK;
    std::string token;
    walk(
        text,
        [&](const std::string& word, int start, int end) {
            rc = emit(word, start, end);
            return rc == SQLITE_OK;
        },
        [&](const std::vector<CodePoint>& run) {
            for (std::size_t i = 0; i + 1 < run.size(); ++i) {
                token.clear();
                utf8::append(token, run[i].cp);
                utf8::append(token, run[i + 1].cp);
                if ((rc = emit(token, run[i].start, run[i + 1].end)) != SQLITE_OK)
                    return false;
            }
            // The run-final unigram: always in documents (so one-character prefix
            // queries find run-final characters); in queries only for a lone character.
            if (mode == Mode::Document || run.size() == 1) {
                token.clear();
                utf8::append(token, run.back().cp);
                rc = emit(token, run.back().start, run.back().end);
            }
            return rc == SQLITE_OK;
        });
    return rc;
}

// ---- FTS5 glue ----

struct Fts5Tokenizer {};

int xCreate(void*, const char**, int, ::Fts5Tokenizer** out)
{
    static Fts5Tokenizer instance; // stateless: every connection shares one
    *out = reinterpret_cast<::Fts5Tokenizer*>(&instance);
    return SQLITE_OK;
}

void xDelete(::Fts5Tokenizer*) {}

int xTokenize(::Fts5Tokenizer*, void* ctx, int flags, const char* text, int length,
              int (*xToken)(void*, int, const char*, int, int, int))
{
    const Mode mode = (flags & FTS5_TOKENIZE_QUERY) ? Mode::Query : Mode::Document;
    return tokenize(std::string_view(text, static_cast<std::size_t>(length)), mode,
                    [&](const std::string& token, int start, int end) {
                        return xToken(ctx, 0, token.data(), static_cast<int>(token.size()), start, end);
                    });
}

// lectern_title_tier(course_fts): 2 when every query phrase occurs in the title
// (column 0), 1 when some do, 0 when none. Title matches rank above description
// matches; bm25 orders within a tier.
void titleTier(const Fts5ExtensionApi* api, Fts5Context* fts, sqlite3_context* ctx, int, sqlite3_value**)
{
    const int phrases = api->xPhraseCount(fts);
    int inTitle = 0;
    for (int p = 0; p < phrases; ++p) {
        Fts5PhraseIter iter;
        int column = -1;
        if (api->xPhraseFirstColumn(fts, p, &iter, &column) == SQLITE_OK && column == 0)
            ++inTitle;
    }
    sqlite3_result_int(ctx, inTitle == 0 ? 0 : (inTitle == phrases ? 2 : 1));
}

fts5_api* fts5Api(sqlite3* db)
{
    fts5_api* api = nullptr;
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &stmt, nullptr) != SQLITE_OK)
        return nullptr;
    sqlite3_bind_pointer(stmt, 1, static_cast<void*>(&api), "fts5_api_ptr", nullptr);
    sqlite3_step(stmt);
    sqlite3_finalize(stmt);
    return api;
}

} // namespace

std::vector<SearchTerm> segmentQuery(std::string_view text, std::size_t maxTerms, std::size_t maxTermLength)
{
    std::vector<SearchTerm> terms;
    auto add = [&](SearchTerm::Kind kind, std::string value, std::size_t codePoints) {
        if (codePoints > maxTermLength) {
            std::string cut;
            std::size_t pos = 0;
            for (std::size_t i = 0; i < maxTermLength; ++i)
                utf8::append(cut, utf8::next(value, pos));
            value = std::move(cut);
            codePoints = maxTermLength;
        }
        terms.push_back({kind, std::move(value), codePoints});
        return terms.size() < maxTerms;
    };
    walk(
        text,
        [&](const std::string& word, int, int) { return add(SearchTerm::Kind::Word, word, utf8::length(word)); },
        [&](const std::vector<CodePoint>& run) {
            std::string value;
            for (const auto& c : run)
                utf8::append(value, c.cp);
            return add(SearchTerm::Kind::Cjk, std::move(value), run.size());
        });
    return terms;
}

std::vector<std::string> indexTokens(std::string_view text)
{
    std::vector<std::string> tokens;
    tokenize(text, Mode::Document, [&](const std::string& token, int, int) {
        tokens.push_back(token);
        return SQLITE_OK;
    });
    return tokens;
}

Result<void> registerCjkTokenizer(sqlite3* db)
{
    fts5_api* api = fts5Api(db);
    if (!api)
        return fail(ErrorCode::Database, "this SQLite has no FTS5");
    fts5_tokenizer tokenizer{xCreate, xDelete, xTokenize};
    if (api->xCreateTokenizer(api, kTokenizerName, nullptr, &tokenizer, nullptr) != SQLITE_OK)
        return fail(ErrorCode::Database, "could not register the FTS5 tokenizer");
    if (api->xCreateFunction(api, kTitleTierFunction, nullptr, &titleTier, nullptr) != SQLITE_OK)
        return fail(ErrorCode::Database, "could not register the ranking function");
    return {};
}

} // namespace lectern::catalog
