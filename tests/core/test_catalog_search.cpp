#include <QTest>

#include "catalog/catalog_import.h"
#include "catalog/catalog_repository.h"
#include "catalog/catalog_search.h"
#include "catalog_fixtures.h"
#include "store/local_store.h"

using namespace lectern;
using catalog::SearchQuery;
using catalog::SortOrder;

// A catalog small enough that the right answer to every query is obvious.
class TestCatalogSearch final : public QObject {
    Q_OBJECT

    std::optional<store::Database> m_db;
    std::map<std::string, std::string> m_idByTitle;

    void add(protocol::Course c)
    {
        m_idByTitle[c.title] = c.id;
        catalog::CatalogRepository repo(*m_db);
        auto key = repo.upsertCourse(c);
        QVERIFY2(key.has_value(), key ? "" : key.error().detail.c_str());
    }

    std::vector<std::string> titles(const SearchQuery& query)
    {
        catalog::CatalogSearch search(*m_db);
        auto page = search.search(query, 0, 1000);
        if (!page)
            qFatal("search failed: %s", page.error().detail.c_str());
        std::vector<std::string> out;
        for (const auto& c : page->courses)
            out.push_back(c.title);
        return out;
    }

    std::vector<std::string> titles(const std::string& text) { return titles(SearchQuery{.text = text}); }

    static bool contains(const std::vector<std::string>& list, const std::string& title)
    {
        return std::find(list.begin(), list.end(), title) != list.end();
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto db = store::openLocalStore(":memory:");
        QVERIFY(db.has_value());
        m_db = std::move(*db);
        catalog::CatalogRepository repo(*m_db);
        QVERIFY(repo.upsertInstructor(test::instructor(1, "王磊")).has_value());
        QVERIFY(repo.upsertInstructor(test::instructor(2, "Alice Walker")).has_value());
        int n = 0;
        auto make = [&](std::string title, std::string description, auto&& adjust) {
            auto c = test::course(static_cast<std::uint64_t>(++n), std::move(title), std::move(description));
            adjust(c);
            add(std::move(c));
        };
        auto none = [](protocol::Course&) {};
        make("机器学习实战", "动手训练模型", [](auto& c) { c.rating = 4.0; });
        make("推荐系统", "用机器学习构建推荐系统，机器学习的经典应用", [](auto& c) { c.rating = 4.9; c.enrolmentCount = 90000; });
        make("深度机器学习入门", "神经网络", [](auto& c) { c.rating = 4.5; });
        make("Python 入门", "零基础学编程", [](auto& c) { c.price.amountMinor = 0; c.level = protocol::Level::All; });
        make("React Hooks in Depth", "useState, useEffect and custom hooks", [](auto& c) {
            c.language = "en"; c.instructorId = test::testId(2); c.category = "programming";
            c.price.amountMinor = 49900; c.level = protocol::Level::Advanced; c.publishedAt = 1'790'000'000;
        });
        make("Reactive Programming with RxJS", "streams", [](auto& c) {
            c.language = "en"; c.instructorId = test::testId(2); c.price.amountMinor = 1990;
            c.sections[0].lessons[0].durationSeconds = 36000; c.rating = 3.9;
        });
        make("编程思维", "像程序员一样思考", none);
        make("高级编程技巧", "进阶", [](auto& c) { c.level = protocol::Level::Advanced; });
        make("统计与数学", "概率论", [](auto& c) { c.category = "data"; });
        make("人像摄影", "布光与构图", [](auto& c) { c.category = "photography"; c.tags = {"摄影", "portrait"}; });
    }

    void titleMatchesRankAboveDescriptionMatches()
    {
        const auto got = titles("机器学习");
        QCOMPARE(got.size(), std::size_t(3));
        QVERIFY(contains({got[0], got[1]}, "机器学习实战"));
        QVERIFY(contains({got[0], got[1]}, "深度机器学习入门"));
        QCOMPARE(got[2], std::string("推荐系统")); // best rated and most popular, but only in the description
    }

    void chineseWordsOfTwoThreeAndFourCharacters()
    {
        const auto two = titles("编程");
        QCOMPARE(two.size(), std::size_t(3)); // two titles + "零基础学编程" in a description
        QVERIFY(contains({two[0], two[1]}, "编程思维"));
        QVERIFY(contains({two[0], two[1]}, "高级编程技巧"));
        QCOMPARE(two[2], std::string("Python 入门"));
        QCOMPARE(titles("机器学").size(), std::size_t(3));
        QCOMPARE(titles("深度机器学习").size(), std::size_t(1));
        QCOMPARE(titles("摄影").front(), std::string("人像摄影")); // via title and tag
        QVERIFY(titles("学机").empty()); // not a substring anywhere
    }

    void singleCharacterFindsEveryOccurrence()
    {
        const auto got = titles("学");
        QVERIFY(contains(got, "统计与数学")); // 学 ends the run
        QVERIFY(contains(got, "机器学习实战"));
        QVERIFY(!contains(got, "人像摄影"));
    }

    void englishPrefixAsYouType()
    {
        const auto reac = titles("reac");
        QCOMPARE(reac.size(), std::size_t(2));
        QCOMPARE(titles("react hoo"), std::vector<std::string>{"React Hooks in Depth"});
        QCOMPARE(titles("REACT HOOKS"), std::vector<std::string>{"React Hooks in Depth"});
        QVERIFY(titles("react ").size() == 1); // a finished word is no longer a prefix
        QCOMPARE(titles("walker").size(), std::size_t(2)); // instructor names are searchable
    }

    void mixedChineseAndEnglish()
    {
        QCOMPARE(titles("Python 入门").front(), std::string("Python 入门"));
        QCOMPARE(titles("python入门").front(), std::string("Python 入门"));
    }

    void filtersCombineWithQuery()
    {
        QCOMPARE(titles(SearchQuery{.text = "", .languages = {"en"}}).size(), std::size_t(2));
        QCOMPARE(titles(SearchQuery{.text = "react", .levels = {protocol::Level::Advanced}}),
                 std::vector<std::string>{"React Hooks in Depth"});
        QCOMPARE(titles(SearchQuery{.text = "", .ownership = catalog::Ownership::Free}),
                 std::vector<std::string>{"Python 入门"});
        QCOMPARE(titles(SearchQuery{.text = "", .categories = {"data", "photography"}}).size(), std::size_t(2));
        QCOMPARE(titles(SearchQuery{.text = "react", .ownership = catalog::Ownership::Paid, .maxPriceMinor = 9900}),
                 std::vector<std::string>{"Reactive Programming with RxJS"});
        QCOMPARE(titles(SearchQuery{.text = "", .minDurationSeconds = 10 * 3600}),
                 std::vector<std::string>{"Reactive Programming with RxJS"});
        QCOMPARE(titles(SearchQuery{.text = "", .maxDurationSeconds = 10 * 3600 - 1}).size(), std::size_t(9));

        catalog::CatalogRepository repo(*m_db);
        QVERIFY(titles(SearchQuery{.text = "", .ownership = catalog::Ownership::Owned}).empty());
        QVERIFY(repo.markOwned(m_idByTitle.at("编程思维"), 1'700'000'000, "test").has_value());
        QCOMPARE(titles(SearchQuery{.text = "编程", .ownership = catalog::Ownership::Owned}),
                 std::vector<std::string>{"编程思维"});
    }

    void sortsApplyWithAndWithoutQuery()
    {
        const auto byRating = titles(SearchQuery{.text = "机器学习", .sort = SortOrder::Rating});
        QCOMPARE(byRating.front(), std::string("推荐系统"));
        QCOMPARE(byRating.back(), std::string("机器学习实战"));
        QCOMPARE(titles(SearchQuery{.text = "", .sort = SortOrder::Popularity}).front(), std::string("推荐系统"));
        QCOMPARE(titles(SearchQuery{.text = "", .sort = SortOrder::Newest}).front(), std::string("React Hooks in Depth"));
        QCOMPARE(titles(SearchQuery{.text = "", .sort = SortOrder::PriceHighToLow}).front(),
                 std::string("React Hooks in Depth"));
        QCOMPARE(titles(SearchQuery{.text = "", .sort = SortOrder::PriceLowToHigh}).front(), std::string("Python 入门"));
    }

    void pagesAreSlicesOfOneRanking()
    {
        catalog::CatalogSearch search(*m_db);
        const SearchQuery all{.text = "", .sort = SortOrder::Rating};
        const auto everything = *search.rankedKeys(all);
        QCOMPARE(everything.size(), std::size_t(10));
        std::vector<catalog::CourseKey> paged;
        for (std::size_t offset = 0; offset < 12; offset += 3) {
            auto page = search.search(all, offset, 3);
            QVERIFY(page.has_value());
            QCOMPARE(page->total, std::size_t(10));
            for (const auto& c : page->courses)
                paged.push_back(c.key);
        }
        QCOMPARE(paged, everything);
        QVERIFY(search.search(all, 500, 10)->courses.empty());
    }

    void hostileInputNeverErrors_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("empty") << QByteArray("");
        QTest::newRow("spaces") << QByteArray("   \t ");
        QTest::newRow("punctuation") << QByteArray("!!!???,,,。。");
        QTest::newRow("quote") << QByteArray("\"");
        QTest::newRow("unbalanced") << QByteArray("\"react hooks");
        QTest::newRow("star") << QByteArray("*");
        QTest::newRow("near") << QByteArray("NEAR(react hooks, 2)");
        QTest::newRow("minus") << QByteArray("-react");
        QTest::newRow("boolean") << QByteArray("react AND OR NOT");
        QTest::newRow("column filter") << QByteArray("title:react {title description}: ^x");
        QTest::newRow("sql") << QByteArray("'; DROP TABLE courses; --");
        QTest::newRow("invalid utf8") << QByteArray("\xff\xfe\xe6\x9c react \xc3");
        QTest::newRow("nul") << QByteArray("re\0act", 6);
        QTest::newRow("10k chars") << QByteArray(10000, 'a');
        QTest::newRow("10k chinese") << QString(5000, QChar(0x5B66)).toUtf8();
        QTest::newRow("emoji") << QByteArray("😀🎉");
    }

    void hostileInputNeverErrors()
    {
        QFETCH(QByteArray, text);
        catalog::CatalogSearch search(*m_db);
        auto page = search.search(SearchQuery{.text = text.toStdString()}, 0, 20);
        QVERIFY2(page.has_value(), page ? "" : page.error().detail.c_str());
        QCOMPARE(*m_db->prepare("SELECT count(*) FROM courses")->step(), true); // nothing was dropped
        QCOMPARE(*catalog::CatalogRepository(*m_db).courseCount(), std::int64_t(10));
    }

    void randomInputNeverErrors()
    {
        catalog::CatalogSearch search(*m_db);
        std::uint64_t state = 7;
        const char alphabet[] = "\"*^:(){}-+ NEARORANDNOTreact\xe6\x9c\xba\xe5\xad\xa6\xf0\x9f\x98\x80\xc3\xff";
        for (int round = 0; round < 500; ++round) {
            std::string text;
            for (int i = 0; i < round % 30; ++i) {
                state = state * 6364136223846793005ULL + 1442695040888963407ULL;
                text.push_back(alphabet[(state >> 33) % (sizeof alphabet - 1)]);
            }
            auto page = search.search(SearchQuery{.text = text}, 0, 5);
            QVERIFY2(page.has_value(), (text + ": " + (page ? "" : page.error().detail)).c_str());
        }
    }

    void hostileInputGivesSensibleResults()
    {
        QCOMPARE(titles("").size(), std::size_t(10));        // empty browses everything
        QVERIFY(titles("!!!???").empty());                    // nothing searchable matches nothing
        QCOMPARE(titles("\"react hooks").front(), std::string("React Hooks in Depth"));
        QCOMPARE(titles("-react").size(), std::size_t(2));    // minus is not NOT
        QCOMPARE(titles(std::string("\xff" "react\xfe")).size(), std::size_t(2));
    }

    void broadQueriesKeepTitleMatchesFirstAndHonourFilters()
    {
        // More matches than the exact-ranking limit: the broad path must still put
        // title matches first, order by popularity, and apply filters.
        auto db = store::openLocalStore(":memory:");
        QVERIFY(db.has_value());
        catalog::CatalogRepository repo(*db);
        QVERIFY(repo.upsertInstructor(test::instructor(1, "王磊")).has_value());
        const std::size_t broad = catalog::CatalogSearch::kExactRankingLimit + 300;
        QVERIFY(db->transaction([&]() -> Result<void> {
            for (std::size_t i = 0; i < broad; ++i) {
                auto c = test::course(i, "课程 " + std::to_string(i), "这门课讲编程");
                c.enrolmentCount = static_cast<std::int64_t>(i);
                c.language = i % 2 ? "en" : "zh";
                if (auto ok = repo.upsertCourse(c); !ok)
                    return std::unexpected(ok.error());
            }
            for (std::size_t i = 0; i < 5; ++i) {
                auto c = test::course(broad + i, "编程 " + std::to_string(i), "");
                c.enrolmentCount = static_cast<std::int64_t>(i);
                if (auto ok = repo.upsertCourse(c); !ok)
                    return std::unexpected(ok.error());
            }
            return {};
        }).has_value());
        catalog::CatalogSearch search(*db);
        auto page = search.search(SearchQuery{.text = "编程"}, 0, 7);
        QVERIFY(page.has_value());
        QCOMPARE(page->total, broad + 5);
        for (int i = 0; i < 5; ++i) // title matches, most popular first
            QCOMPARE(page->courses[static_cast<std::size_t>(i)].title, "编程 " + std::to_string(4 - i));
        QCOMPARE(page->courses[5].title, "课程 " + std::to_string(broad - 1)); // then by popularity
        auto english = search.search(SearchQuery{.text = "编程", .languages = {"en"}}, 0, 1);
        QCOMPARE(english->total, broad / 2);
        QCOMPARE(english->courses[0].title, "课程 " + std::to_string(broad - 1));
        // The cached orders follow changes to the catalog.
        auto c = test::course(0, "课程 0", "这门课讲编程");
        c.enrolmentCount = 1'000'000;
        QVERIFY(repo.upsertCourse(c).has_value());
        QCOMPARE(search.search(SearchQuery{.text = "编程"}, 5, 1)->courses[0].title, std::string("课程 0"));
    }

    void demoCatalogAnswersTheExampleQueries()
    {
        auto db = store::openLocalStore(":memory:");
        QVERIFY(db.has_value());
        QVERIFY(catalog::importCatalogFile(*db, test::demoCatalogPath()).has_value());
        catalog::CatalogSearch search(*db);
        auto first = [&](const std::string& text) {
            auto page = search.search(SearchQuery{.text = text}, 0, 1);
            return page && !page->courses.empty() ? page->courses[0].title : std::string();
        };
        QVERIFY2(first("Python 入门").find("Python") != std::string::npos, first("Python 入门").c_str());
        QVERIFY2(first("Python 入门").find("入门") != std::string::npos, first("Python 入门").c_str());
        QVERIFY2(first("react hooks").find("React Hooks") != std::string::npos, first("react hooks").c_str());
        QVERIFY2(first("机器学习").find("机器学习") != std::string::npos, first("机器学习").c_str());
        QVERIFY2(first("编程").find("编程") != std::string::npos, first("编程").c_str());
        QVERIFY(search.search(SearchQuery{.text = "机器学习"}, 0, 100)->total >= 2);
    }
};

QTEST_APPLESS_MAIN(TestCatalogSearch)
#include "test_catalog_search.moc"
