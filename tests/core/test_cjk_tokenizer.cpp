#include <QTest>

#include "catalog/catalog_search.h"
#include "catalog/cjk_tokenizer.h"

using namespace lectern::catalog;
using Tokens = std::vector<std::string>;

class TestCjkTokenizer final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void indexesChineseAsBigramsWithFinalUnigram()
    {
        QCOMPARE(indexTokens("深度机器学习入门"), (Tokens{"深度", "度机", "机器", "器学", "学习", "习入", "入门", "门"}));
        QCOMPARE(indexTokens("学"), (Tokens{"学"}));
    }
    void splitsMixedScriptsAndFoldsCase()
    {
        QCOMPARE(indexTokens("Python入门，React-Hooks！"), (Tokens{"python", "入门", "门", "react", "hooks"}));
        QCOMPARE(indexTokens("ＰＹＴＨＯＮ３"), (Tokens{"python3"})); // full-width ASCII
        QCOMPARE(indexTokens("Café ÉCOLE"), (Tokens{"café", "école"}));
    }
    void treatsPunctuationEmojiAndBadBytesAsSeparators()
    {
        QCOMPARE(indexTokens("a😀b《机器》"), (Tokens{"a", "b", "机器", "器"}));
        QCOMPARE(indexTokens(std::string("ab\xff\xfe" "cd\xe6\x9c", 8)), (Tokens{"ab", "cd"}));
        QVERIFY(indexTokens("!!! ??? ... —— 。。").empty());
    }
    void queryKeepsCjkRunsWhole()
    {
        const auto terms = segmentQuery("Python 入门 机器学习");
        QCOMPARE(terms.size(), std::size_t(3));
        QCOMPARE(terms[1].text, std::string("入门"));
        QVERIFY(terms[2].kind == SearchTerm::Kind::Cjk);
        QCOMPARE(terms[2].codePoints, std::size_t(4));
    }
    void queryIsBoundedForHugeInput()
    {
        std::string huge;
        for (int i = 0; i < 2000; ++i)
            huge += "word ";
        QCOMPARE(segmentQuery(huge).size(), std::size_t(16));
        const auto one = segmentQuery(std::string(10000, 'x'));
        QCOMPARE(one.size(), std::size_t(1));
        QCOMPARE(one[0].text.size(), std::size_t(64));
    }
    void randomBytesNeverBreakTokenizingOrSearch()
    {
        // Deterministic noise biased towards UTF-8 lead bytes, quotes and FTS5 operators.
        std::uint64_t state = 42;
        auto next = [&] {
            state = state * 6364136223846793005ULL + 1442695040888963407ULL;
            return static_cast<unsigned>(state >> 33);
        };
        const char alphabet[] = "\"*^:()-+ NEARORANDNOTab\xe6\x9c\xba\xe5\xad\xa6\xf0\x9f\x98\x80\xc3\xff";
        for (int round = 0; round < 3000; ++round) {
            std::string text;
            const unsigned length = next() % 40;
            for (unsigned i = 0; i < length; ++i)
                text.push_back(next() % 3 ? alphabet[next() % (sizeof alphabet - 1)] : static_cast<char>(next() & 0xFF));
            for (const auto& term : segmentQuery(text))
                QVERIFY(!term.text.empty() && term.text.find('"') == std::string::npos);
            (void)indexTokens(text);
            const std::string expression = CatalogSearch::matchExpression(text);
            QVERIFY(expression.empty() || expression.front() == '"');
        }
    }

    void matchExpressionQuotesEverything()
    {
        QCOMPARE(CatalogSearch::matchExpression("react hoo"), std::string("\"react\" \"hoo\"*"));
        QCOMPARE(CatalogSearch::matchExpression("react hooks "), std::string("\"react\" \"hooks\""));
        QCOMPARE(CatalogSearch::matchExpression("NEAR(\"a\" b) OR -c*"),
                 std::string("\"near\" \"a\" \"b\" \"or\" \"c\"*"));
        QCOMPARE(CatalogSearch::matchExpression("学 机器学习"), std::string("\"学\"* \"机器学习\""));
        QCOMPARE(CatalogSearch::matchExpression("\"\"\" *** ---"), std::string());
    }
};

QTEST_APPLESS_MAIN(TestCjkTokenizer)
#include "test_cjk_tokenizer.moc"
