#include <QTest>

#include "catalog/catalog_import.h"
#include "catalog/catalog_repository.h"
#include "catalog/catalog_search.h"
#include "catalog_fixtures.h"
#include "protocol/catalog_json.h"
#include "store/local_store.h"

using namespace lectern;

class TestCatalogRepository final : public QObject {
    Q_OBJECT

    static store::Database freshStore()
    {
        auto db = store::openLocalStore(":memory:");
        if (!db)
            qFatal("cannot open store: %s", db.error().detail.c_str());
        return std::move(*db);
    }

private Q_SLOTS:
    void courseRoundTripsWithSyllabusInOrder()
    {
        auto db = freshStore();
        catalog::CatalogRepository repo(db);
        QVERIFY(repo.upsertInstructor(test::instructor(1, "王磊")).has_value());
        auto c = test::course(1, "Python 入门", "从零开始");
        c.tags = {"python", "入门"};
        c.inSubscription = true;
        c.sections.push_back({test::testId(9001), "第二章", {}});
        c.sections.back().lessons.push_back(
            {test::testId(9002), "音频", protocol::LessonKind::Audio, 1200, false, 4096, std::string(64, 'f')});
        auto key = repo.upsertCourse(c);
        QVERIFY2(key.has_value(), key ? "" : key.error().detail.c_str());
        auto detail = repo.courseDetail(c.id);
        QVERIFY(detail.has_value() && detail->has_value());
        QVERIFY((*detail)->course == c);
        QCOMPARE((*detail)->instructor.name, std::string("王磊"));
        QCOMPARE((*detail)->totalDurationSeconds, std::int64_t(600 + 1200));
        QCOMPARE((*detail)->lessonCount, std::int64_t(3));
        QVERIFY(!(*detail)->owned);
        auto byKey = repo.courseDetail(*key);
        QVERIFY(byKey && *byKey && (*byKey)->course == c);
        auto missing = repo.courseDetail(test::testId(424242));
        QVERIFY(missing.has_value() && !missing->has_value());
    }

    void upsertReplacesCourseAndItsIndexEntry()
    {
        auto db = freshStore();
        catalog::CatalogRepository repo(db);
        catalog::CatalogSearch search(db);
        QVERIFY(repo.upsertInstructor(test::instructor(1, "王磊")).has_value());
        auto c = test::course(1, "摄影入门");
        const auto key = repo.upsertCourse(c);
        QVERIFY(key.has_value());
        c.title = "钢琴入门";
        c.sections.pop_back();
        c.sections.push_back({test::testId(7000), "New", {{test::testId(7001), "L", protocol::LessonKind::Article, 300, false, {}, {}}}});
        QCOMPARE(*repo.upsertCourse(c), *key); // same course, same key
        QCOMPARE(*repo.courseCount(), std::int64_t(1));
        QVERIFY(search.rankedKeys({.text = "摄影"})->empty()); // old title no longer indexed
        QCOMPARE(search.rankedKeys({.text = "钢琴"})->size(), std::size_t(1));
        QCOMPARE((*repo.courseDetail(c.id))->course.sections.size(), std::size_t(1));
        auto lessons = db.prepare("SELECT count(*) FROM lessons");
        QVERIFY(lessons && *lessons->step());
        QCOMPARE(lessons->int64(0), std::int64_t(1)); // old lessons gone with their section
    }

    void renamedInstructorIsFoundUnderTheNewNameAfterReimport()
    {
        auto db = freshStore();
        catalog::CatalogRepository repo(db);
        catalog::CatalogSearch search(db);
        QVERIFY(repo.upsertInstructor(test::instructor(1, "Alice Walker")).has_value());
        const auto c = test::course(1, "Guitar");
        QVERIFY(repo.upsertCourse(c).has_value());
        QVERIFY(repo.upsertInstructor(test::instructor(1, "Alice Novak")).has_value());
        QVERIFY(repo.upsertCourse(c).has_value());
        QCOMPARE(search.rankedKeys({.text = "novak"})->size(), std::size_t(1));
        QVERIFY(search.rankedKeys({.text = "walker"})->empty());
    }

    void summariesFollowRequestedOrderAndShowOwnership()
    {
        auto db = freshStore();
        catalog::CatalogRepository repo(db);
        QVERIFY(repo.upsertInstructor(test::instructor(1, "A")).has_value());
        std::vector<catalog::CourseKey> keys;
        for (int i = 0; i < 5; ++i)
            keys.push_back(*repo.upsertCourse(test::course(static_cast<std::uint64_t>(i), "C" + std::to_string(i))));
        QVERIFY(repo.markOwned(test::testId(1003), 1'700'000'000, "test").has_value());
        const std::vector<catalog::CourseKey> order{keys[3], keys[0], 999999, keys[4]};
        auto cards = repo.summaries(order);
        QVERIFY(cards.has_value());
        QCOMPARE(cards->size(), std::size_t(3)); // the unknown key is skipped
        QCOMPARE((*cards)[0].title, std::string("C3"));
        QVERIFY((*cards)[0].owned);
        QCOMPARE((*cards)[1].title, std::string("C0"));
        QVERIFY(!(*cards)[1].owned);
        QCOMPARE((*cards)[2].title, std::string("C4"));
    }

    void importIsAllOrNothing()
    {
        auto db = freshStore();
        auto demo = catalog::importCatalogFile(db, test::demoCatalogPath());
        QVERIFY2(demo.has_value(), demo ? "" : demo.error().detail.c_str());
        catalog::CatalogRepository repo(db);
        const auto before = *repo.courseCount();
        QCOMPARE(std::size_t(before), demo->courses);

        // A file whose 3rd course points at an unknown instructor: nothing is imported.
        protocol::Catalog bad;
        bad.instructors.push_back(test::instructor(1, "New"));
        for (int i = 0; i < 3; ++i)
            bad.courses.push_back(test::course(static_cast<std::uint64_t>(50 + i), "New course"));
        bad.courses[2].instructorId = test::testId(777);
        auto result = catalog::importCatalogJson(db, protocol::serializeCatalog(bad));
        QVERIFY(!result.has_value());
        QCOMPARE(result.error().code, ErrorCode::InvalidData);
        QVERIFY2(result.error().detail.find("courses[2]") != std::string::npos, result.error().detail.c_str());
        QVERIFY(result.error().detail.find("instructor_id") != std::string::npos);
        QCOMPARE(*repo.courseCount(), before);
        QVERIFY(!*repo.instructorExists(test::testId(1)));

        auto missing = catalog::importCatalogFile(db, "/nonexistent/catalog.json");
        QVERIFY(!missing.has_value());
        QCOMPARE(missing.error().code, ErrorCode::Io);
    }
};

QTEST_APPLESS_MAIN(TestCatalogRepository)
#include "test_catalog_repository.moc"
