// The learner's path through Discover: type a query, see the best match first, open
// it with Enter, read its syllabus, and come back with Esc.
#include <memory>

#include <QApplication>
#include <QComboBox>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSettings>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include "course/course_page.h"
#include "discover/course_grid_model.h"
#include "discover/discover_page.h"
#include "services/catalog_service.h"
#include "shell/main_window.h"
#include "shell/translation_loader.h"
#include "ui_test_support.h"
#include "widgets/empty_state_widget.h"

using namespace lectern;

class TestDiscoverFlow final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void searchOpenAndReturn_data();
    void searchOpenAndReturn();
    void emptyStateForNoMatches();
    void filtersNarrowTheResults();
    void ctrlFFocusesSearch();
    void placeholderPagesSayWhatComes();

private:
    void typeQuery(const QString& text);

    QTemporaryDir m_dir;
    ui::TranslationLoader m_translations;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ui::CatalogService> m_service;
    std::unique_ptr<ui::MainWindow> m_window;
    QLineEdit* m_search = nullptr;
    QListView* m_grid = nullptr;
};

void TestDiscoverFlow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_translations.load(QStringLiteral("en"));
    m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    m_service = std::make_unique<ui::CatalogService>();
    m_window = std::make_unique<ui::MainWindow>(*m_service, *m_settings, nullptr, m_dir.path());
    // First start on an empty folder: the demo catalog is imported on the worker.
    m_service->open(test::databasePath(m_dir), QStringLiteral(":/catalog/demo_catalog.json"));
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_VERIFY_WITH_TIMEOUT(m_service->isOpen(), 30000);
    QCOMPARE(m_service->courseCount(), static_cast<std::int64_t>(test::demoCatalog().courses.size()));

    m_search = m_window->findChild<QLineEdit*>(QStringLiteral("searchField"));
    m_grid = m_window->findChild<QListView*>(QStringLiteral("courseGrid"));
    QVERIFY(m_search);
    QVERIFY(m_grid);
    QCOMPARE(m_grid->viewMode(), QListView::IconMode);
    QVERIFY(m_grid->uniformItemSizes());
    QTRY_COMPARE(m_grid->model()->rowCount(), 59);
}

void TestDiscoverFlow::cleanupTestCase()
{
    m_window.reset();
    m_service.reset();
}

void TestDiscoverFlow::typeQuery(const QString& text)
{
    m_search->setFocus();
    QTRY_VERIFY(m_search->hasFocus());
    m_search->selectAll();
    QTest::keyClick(m_search, Qt::Key_Backspace);
    // QTest::keyClicks only types Latin-1; Chinese arrives the way an input method
    // delivers it, as committed text, one character at a time here.
    for (const QChar c : text) {
        if (c.unicode() < 0x80) {
            QTest::keyClicks(m_search, QString(c));
        } else {
            QInputMethodEvent commit;
            commit.setCommitString(QString(c));
            QApplication::sendEvent(m_search, &commit);
        }
    }
    QCOMPARE(m_search->text(), text);
}

void TestDiscoverFlow::searchOpenAndReturn_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("expectedTitle");
    QTest::newRow("chinese") << QStringLiteral("机器学习") << QStringLiteral("机器学习实战：从线性回归到集成模型");
    QTest::newRow("english") << QStringLiteral("react hooks") << QStringLiteral("React Hooks in Depth");
}

void TestDiscoverFlow::searchOpenAndReturn()
{
    QFETCH(QString, query);
    QFETCH(QString, expectedTitle);

    typeQuery(query);
    QTRY_COMPARE(m_grid->model()->index(0, 0).data(ui::CourseGridModel::TitleRole).toString(), expectedTitle);

    QTest::keyClick(m_search, Qt::Key_Return);
    auto* coursePage = m_window->coursePage();
    QTRY_VERIFY(coursePage->isVisible());
    QTRY_COMPARE(coursePage->title(), expectedTitle);
    auto* title = coursePage->findChild<QLabel*>(QStringLiteral("courseTitle"));
    QVERIFY(title && title->isVisible());
    QCOMPARE(title->text(), expectedTitle);

    // The syllabus lists every section with its lessons, in order.
    const protocol::Course& course = test::demoCourse(expectedTitle);
    auto* syllabus = coursePage->findChild<QTreeView*>(QStringLiteral("syllabusTree"));
    QVERIFY(syllabus);
    const QAbstractItemModel* model = syllabus->model();
    QCOMPARE(model->rowCount(), static_cast<int>(course.sections.size()));
    for (int s = 0; s < model->rowCount(); ++s) {
        const QModelIndex section = model->index(s, 0);
        const auto& expected = course.sections[static_cast<std::size_t>(s)];
        QCOMPARE(section.data().toString(), QString::fromStdString(expected.title));
        QCOMPARE(model->rowCount(section), static_cast<int>(expected.lessons.size()));
        QVERIFY(syllabus->isExpanded(section));
        for (int l = 0; l < model->rowCount(section); ++l)
            QCOMPARE(model->index(l, 0, section).data().toString(),
                     QString::fromStdString(expected.lessons[static_cast<std::size_t>(l)].title));
    }

    // Esc goes back to Discover, with the same results still there.
    QTRY_VERIFY(QApplication::focusWidget() == coursePage || coursePage->isAncestorOf(QApplication::focusWidget()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QTRY_VERIFY(m_window->discoverPage()->isVisible());
    QVERIFY(!coursePage->isVisible());
    QCOMPARE(m_grid->model()->index(0, 0).data(ui::CourseGridModel::TitleRole).toString(), expectedTitle);
}

void TestDiscoverFlow::emptyStateForNoMatches()
{
    const QString query = QStringLiteral("zqxjvk");
    typeQuery(query);
    auto* empty = m_window->findChild<ui::EmptyStateWidget*>(QStringLiteral("emptyState"));
    QVERIFY(empty);
    QTRY_VERIFY(empty->isVisible());
    QVERIFY(!m_grid->isVisible());
    QVERIFY2(empty->heading().contains(query), qPrintable(empty->heading()));
    QVERIFY(!empty->body().isEmpty());
    auto* count = m_window->findChild<QLabel*>(QStringLiteral("resultCount"));
    QVERIFY(count);
    QCOMPARE(count->text(), QStringLiteral("0 results"));

    // Clearing the query brings the whole catalog back.
    typeQuery(QString());
    QTRY_VERIFY(m_grid->isVisible());
    QTRY_COMPARE(m_grid->model()->rowCount(), 59);
    QCOMPARE(count->text(), QStringLiteral("59 courses"));
}

void TestDiscoverFlow::filtersNarrowTheResults()
{
    typeQuery(QString());
    QTRY_COMPARE(m_grid->model()->rowCount(), 59);
    auto* category = m_window->findChild<QComboBox*>(QStringLiteral("categoryFilter"));
    auto* price = m_window->findChild<QComboBox*>(QStringLiteral("priceFilter"));
    auto* sort = m_window->findChild<QComboBox*>(QStringLiteral("sortOrder"));
    QVERIFY(category && price && sort);

    category->setCurrentIndex(category->findData(QStringLiteral("data")));
    QTRY_VERIFY(m_grid->model()->rowCount() > 0 && m_grid->model()->rowCount() < 59);
    const int dataCourses = m_grid->model()->rowCount();
    for (int row = 0; row < dataCourses; ++row)
        QTRY_COMPARE(m_grid->model()->index(row, 0).data(ui::CourseGridModel::CategoryRole).toString(),
                     QStringLiteral("data"));

    // Cheapest first among the paid ones.
    price->setCurrentIndex(price->findData(static_cast<int>(catalog::Ownership::Paid)));
    sort->setCurrentIndex(sort->findData(static_cast<int>(catalog::SortOrder::PriceLowToHigh)));
    const auto paidCheapestFirst = [this] {
        const QAbstractItemModel* model = m_grid->model();
        qint64 previous = 1;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, 0);
            const qint64 amount = index.data(ui::CourseGridModel::PriceMinorRole).toLongLong();
            if (!index.data(ui::CourseGridModel::LoadedRole).toBool() || amount < previous)
                return false;
            previous = amount;
        }
        return model->rowCount() > 0;
    };
    QTRY_VERIFY(paidCheapestFirst());
    QVERIFY(m_grid->model()->rowCount() <= dataCourses);
    category->setCurrentIndex(0);
    price->setCurrentIndex(0);
    sort->setCurrentIndex(0);
    QTRY_COMPARE(m_grid->model()->rowCount(), 59);
}

void TestDiscoverFlow::ctrlFFocusesSearch()
{
    m_window->showSection(ui::MainWindow::Section::Notes);
    QTRY_VERIFY(!m_search->isVisible());
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(m_search->isVisible());
    QTRY_VERIFY(m_search->hasFocus());
}

void TestDiscoverFlow::placeholderPagesSayWhatComes()
{
    using Section = ui::MainWindow::Section;
    const std::pair<Section, QString> pages[] = {{Section::MyLearning, QStringLiteral("myLearningPage")},
                                                 {Section::Downloads, QStringLiteral("downloadsPage")},
                                                 {Section::Notes, QStringLiteral("notesEmpty")}, // no notes yet
                                                 {Section::Authoring, QStringLiteral("authoringPage")}};
    for (const auto& [section, name] : pages) {
        m_window->showSection(section); // pages are built when first opened
        auto* page = m_window->findChild<ui::EmptyStateWidget*>(name);
        QVERIFY2(page, qPrintable(name));
        QTRY_VERIFY(!page->heading().isEmpty()); // the notes page fills its own once the notes are loaded
        QVERIFY(!page->body().isEmpty());
        QVERIFY(!page->body().contains(QStringLiteral("TODO"), Qt::CaseInsensitive));
    }
}

QTEST_MAIN(TestDiscoverFlow)
#include "test_discover_flow.moc"
