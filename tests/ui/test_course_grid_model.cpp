// CourseGridModel against QAbstractItemModelTester: resets across searches, pages
// arriving asynchronously, and a 20,000-course catalog scrolled to its end.
#include <memory>

#include <QAbstractItemModelTester>
#include <QListView>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "discover/course_card_delegate.h"
#include "discover/course_grid_model.h"
#include "services/catalog_service.h"
#include "ui_test_support.h"

using namespace lectern;

namespace {

// Runs a search through the service and waits for its keys.
ui::CourseKeys searchNow(ui::CatalogService& service, catalog::SearchQuery query)
{
    ui::CourseKeys result;
    const ui::RequestId id = service.search(std::move(query));
    const auto connection = QObject::connect(&service, &ui::CatalogService::searchFinished, &service,
                                             [&](ui::RequestId answered, const ui::CourseKeys& keys) {
                                                 if (answered == id)
                                                     result = keys;
                                             });
    (void)QTest::qWaitFor([&] { return result != nullptr; }, 30000);
    QObject::disconnect(connection);
    if (!result) // the caller's row-count check reports the failure
        return std::make_shared<const std::vector<catalog::CourseKey>>();
    return result;
}

// Reads every row (which requests its page) and waits until all have loaded.
bool loadAllRows(ui::CourseGridModel& model)
{
    for (int row = 0; row < model.rowCount(); row += ui::CourseGridModel::kPageSize) {
        const QModelIndex index = model.index(row);
        if (!QTest::qWaitFor([&] { return index.data(ui::CourseGridModel::LoadedRole).toBool(); }, 10000))
            return false;
    }
    return true;
}

} // namespace

class TestCourseGridModel final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void demoCatalogAcrossQueries();
    void staleSearchesAreDropped();
    void largeCatalogScrolledToTheEnd();
};

void TestCourseGridModel::demoCatalogAcrossQueries()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ui::CatalogService service;
    service.open(test::databasePath(dir), QStringLiteral(":/catalog/demo_catalog.json"));
    QTRY_VERIFY_WITH_TIMEOUT(service.isOpen(), 30000);

    ui::CourseGridModel model(service);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);

    const auto query = [](std::string text, catalog::SortOrder sort = catalog::SortOrder::Relevance) {
        catalog::SearchQuery q;
        q.text = std::move(text);
        q.sort = sort;
        return q;
    };
    QSignalSpy loaded(&model, &ui::CourseGridModel::pageLoaded);

    model.setKeys(searchNow(service, query({})));
    QCOMPARE(model.rowCount(), 59);
    QCOMPARE(model.index(0).data(ui::CourseGridModel::LoadedRole).toBool(), false); // placeholder first
    QVERIFY(loadAllRows(model));
    QVERIFY(loaded.count() >= 1);
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row);
        QVERIFY(!index.data(ui::CourseGridModel::TitleRole).toString().isEmpty());
        QVERIFY(!index.data(ui::CourseGridModel::PriceTextRole).toString().isEmpty());
        QCOMPARE(index.data(ui::CourseGridModel::KeyRole).toLongLong(), model.keyAt(row));
    }

    model.setKeys(searchNow(service, query("机器学习")));
    QVERIFY(model.rowCount() >= 1);
    QVERIFY(loadAllRows(model));
    QCOMPARE(model.index(0).data().toString(), QStringLiteral("机器学习实战：从线性回归到集成模型"));

    model.setKeys(searchNow(service, query("react hooks")));
    QVERIFY(loadAllRows(model));
    QCOMPARE(model.index(0).data().toString(), QStringLiteral("React Hooks in Depth"));

    model.setKeys(searchNow(service, query({}, catalog::SortOrder::PriceHighToLow)));
    QCOMPARE(model.rowCount(), 59);
    QVERIFY(loadAllRows(model));
    for (int row = 1; row < model.rowCount(); ++row)
        QVERIFY(model.index(row - 1).data(ui::CourseGridModel::PriceMinorRole).toLongLong()
                >= model.index(row).data(ui::CourseGridModel::PriceMinorRole).toLongLong());

    model.setKeys(searchNow(service, query("zqxjvk")));
    QCOMPARE(model.rowCount(), 0);
}

void TestCourseGridModel::staleSearchesAreDropped()
{
    QTemporaryDir dir;
    ui::CatalogService service;
    service.open(test::databasePath(dir), QStringLiteral(":/catalog/demo_catalog.json"));
    QTRY_VERIFY_WITH_TIMEOUT(service.isOpen(), 30000);

    QList<ui::RequestId> answered;
    connect(&service, &ui::CatalogService::searchFinished, &service,
            [&](ui::RequestId id, const ui::CourseKeys&) { answered << id; });
    // Typing "react" one letter at a time, faster than the worker can answer.
    ui::RequestId last = 0;
    for (const char* prefix : {"r", "re", "rea", "reac", "react"}) {
        catalog::SearchQuery q;
        q.text = prefix;
        last = service.search(q);
    }
    QTRY_VERIFY(answered.contains(last));
    QTest::qWait(50);
    QCOMPARE(answered, QList<ui::RequestId>{last});

    // A model drops pages that belong to a ranking it has already replaced.
    ui::CourseGridModel model(service);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setKeys(searchNow(service, catalog::SearchQuery{}));
    (void)model.index(0).data(); // requests page 0 of the first ranking
    catalog::SearchQuery english;
    english.languages = {"en"};
    model.setKeys(searchNow(service, english));
    QVERIFY(loadAllRows(model));
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.index(row).data(ui::CourseGridModel::LanguageRole).toString(), QStringLiteral("en"));
}

void TestCourseGridModel::largeCatalogScrolledToTheEnd()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    constexpr std::size_t kCourses = 20000;
    QVERIFY(test::writeSyntheticCatalog(dir.path(), kCourses));

    ui::CatalogService service;
    service.open(test::databasePath(dir));
    QTRY_VERIFY_WITH_TIMEOUT(service.isOpen(), 30000);
    QCOMPARE(service.courseCount(), static_cast<std::int64_t>(kCourses));

    ui::CourseGridModel model(service);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setKeys(searchNow(service, catalog::SearchQuery{}));
    QCOMPARE(model.rowCount(), static_cast<int>(kCourses));

    // A real grid over it, scrolled from the top to the very end.
    QListView grid;
    grid.setViewMode(QListView::IconMode);
    grid.setMovement(QListView::Static);
    grid.setResizeMode(QListView::Adjust);
    grid.setUniformItemSizes(true);
    grid.setItemDelegate(new ui::CourseCardDelegate(&grid));
    grid.setModel(&model);
    grid.resize(1200, 800);
    grid.show();
    QVERIFY(QTest::qWaitForWindowExposed(&grid));
    QTRY_VERIFY(test::visibleCardsLoaded(grid));

    QScrollBar* bar = grid.verticalScrollBar();
    QTRY_VERIFY(bar->maximum() > 0);
    for (int step = 1; step <= 10; ++step) {
        bar->setValue(bar->maximum() * step / 10);
        QTRY_VERIFY(test::visibleCardsLoaded(grid));
    }
    QCOMPARE(bar->value(), bar->maximum());
    const QModelIndex last = model.index(model.rowCount() - 1);
    QTRY_VERIFY(grid.viewport()->rect().intersects(grid.visualRect(last)));
    QTRY_VERIFY(last.data(ui::CourseGridModel::LoadedRole).toBool());
    QVERIFY(!last.data(ui::CourseGridModel::TitleRole).toString().isEmpty());

    // Walking every page keeps the cache bounded.
    QVERIFY(loadAllRows(model));
    QVERIFY(model.cachedPageCount() <= ui::CourseGridModel::kMaxCachedPages);

    // A filtered search over the big catalog resets cleanly under the tester.
    catalog::SearchQuery free;
    free.ownership = catalog::Ownership::Free;
    model.setKeys(searchNow(service, free));
    QTRY_VERIFY(test::visibleCardsLoaded(grid) || model.rowCount() == 0);
    for (int row = 0; row < qMin(model.rowCount(), 120); ++row) {
        const QModelIndex index = model.index(row);
        if (index.data(ui::CourseGridModel::LoadedRole).toBool())
            QCOMPARE(index.data(ui::CourseGridModel::PriceMinorRole).toLongLong(), 0);
    }
}

QTEST_MAIN(TestCourseGridModel)
#include "test_course_grid_model.moc"
