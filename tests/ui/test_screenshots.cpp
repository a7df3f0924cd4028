// Renders the main screens in English and Chinese and checks each one drew real
// content. The PNGs go to $LECTERN_SCREENSHOT_DIR when set (for reviewing the look
// and for the README), else to a temporary folder.
// $LECTERN_SCREENSHOT_COURSES=N adds shots of an N-course synthetic catalog.
#include <memory>

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QListView>
#include <QScrollBar>
#include <QSet>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include "course/course_page.h"
#include "discover/course_grid_model.h"
#include "discover/discover_page.h"
#include "services/catalog_service.h"
#include "shell/main_window.h"
#include "shell/theme.h"
#include "shell/translation_loader.h"
#include "ui_test_support.h"

using namespace lectern;

class TestScreenshots final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void screens_data();
    void screens();
    void largeCatalog();

private:
    struct Session {
        QTemporaryDir dir;
        std::unique_ptr<QSettings> settings;
        std::unique_ptr<ui::CatalogService> service;
        std::unique_ptr<ui::MainWindow> window;
    };
    [[nodiscard]] std::unique_ptr<Session> start(const QString& language, const QString& seed, int synthetic = 0);
    void save(QWidget& window, const QString& name);
    void search(Session& session, const QString& text);
    void openRow(Session& session, int row, const QString& expectedTitle = {});

    QString m_outDir;
    QTemporaryDir m_scratch;
    ui::TranslationLoader m_translations;
};

void TestScreenshots::initTestCase()
{
    m_outDir = qEnvironmentVariable("LECTERN_SCREENSHOT_DIR");
    if (m_outDir.isEmpty())
        m_outDir = m_scratch.path();
    QVERIFY(QDir().mkpath(m_outDir));
    // The look the app has on a light desktop.
    QApplication::setStyle(QStringLiteral("Fusion"));
    QApplication::setPalette(ui::Theme::lightPalette());
}

std::unique_ptr<TestScreenshots::Session> TestScreenshots::start(const QString& language, const QString& seed,
                                                                 int synthetic)
{
    m_translations.load(language);
    auto session = std::make_unique<Session>();
    if (synthetic > 0 && !test::writeSyntheticCatalog(session->dir.path(), static_cast<std::size_t>(synthetic)))
        return nullptr;
    session->settings = std::make_unique<QSettings>(session->dir.filePath(QStringLiteral("settings.ini")),
                                                    QSettings::IniFormat);
    session->service = std::make_unique<ui::CatalogService>();
    session->window = std::make_unique<ui::MainWindow>(*session->service, *session->settings, nullptr,
                                                       session->dir.path());
    session->service->open(test::databasePath(session->dir), seed);
    session->window->resize(1280, 800);
    session->window->show();
    if (!QTest::qWaitForWindowExposed(session->window.get()))
        return nullptr;
    if (!QTest::qWaitFor([&] { return session->service->isOpen(); }, 60000))
        return nullptr;
    auto* grid = session->window->findChild<QListView*>(QStringLiteral("courseGrid"));
    if (!QTest::qWaitFor([&] { return test::visibleCardsLoaded(*grid); }, 20000))
        return nullptr;
    return session;
}

void TestScreenshots::save(QWidget& window, const QString& name)
{
    QTest::qWait(80); // let the last page's repaint land
    const QString path = QDir(m_outDir).filePath(name + QStringLiteral(".png"));
    const QImage image = window.grab().toImage();
    // A screen that failed to draw is one or two flat colours; a real one has text,
    // covers and icons in many.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height() && colours.size() < 64; y += 7)
        for (int x = 0; x < image.width() && colours.size() < 64; x += 7)
            colours.insert(image.pixel(x, y));
    QVERIFY2(colours.size() >= 16, qPrintable(name + QStringLiteral(" looks blank")));
    QVERIFY2(image.save(path), qPrintable(path));
    qInfo("saved %s", qPrintable(path));
}

void TestScreenshots::search(Session& session, const QString& text)
{
    auto* field = session.window->findChild<QLineEdit*>(QStringLiteral("searchField"));
    field->setFocus();
    field->setText(text);
    auto* grid = session.window->findChild<QListView*>(QStringLiteral("courseGrid"));
    QTest::qWait(ui::DiscoverPage::kDebounceMs + 100);
    QTRY_VERIFY(!grid->isVisible() || test::visibleCardsLoaded(*grid));
}

void TestScreenshots::openRow(Session& session, int row, const QString& expectedTitle)
{
    auto* grid = session.window->findChild<QListView*>(QStringLiteral("courseGrid"));
    const QModelIndex index = grid->model()->index(row, 0);
    if (!expectedTitle.isEmpty())
        QTRY_COMPARE(index.data(ui::CourseGridModel::TitleRole).toString(), expectedTitle);
    grid->setCurrentIndex(index);
    Q_EMIT grid->activated(index);
    auto* page = session.window->coursePage();
    QTRY_VERIFY(page->isVisible());
    QTRY_VERIFY(!page->title().isEmpty());
    if (!expectedTitle.isEmpty())
        QTRY_COMPARE(page->title(), expectedTitle);
}

void TestScreenshots::screens_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("suffix");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("en");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("zh");
}

void TestScreenshots::screens()
{
    QFETCH(QString, language);
    QFETCH(QString, suffix);
    auto session = start(language, QStringLiteral(":/catalog/demo_catalog.json"));
    QVERIFY(session);
    QWidget& window = *session->window;
    save(window, QStringLiteral("discover-") + suffix);

    search(*session, QStringLiteral("数据"));
    save(window, QStringLiteral("discover-search-") + suffix);

    search(*session, QStringLiteral("机器学习"));
    openRow(*session, 0, QStringLiteral("机器学习实战：从线性回归到集成模型"));
    save(window, QStringLiteral("course-") + suffix);

    // The longest titles in the demo catalog, one per language.
    search(*session, QStringLiteral("Pandas"));
    openRow(*session, 0, QStringLiteral("零基础 Python 数据分析与可视化实战：从 Pandas 数据清洗到图表与自动化周报全流程"));
    save(window, QStringLiteral("course-long-zh-title-") + suffix);
    session->window->backToDiscover();
    search(*session, QStringLiteral("REST APIs"));
    openRow(*session, 0);
    save(window, QStringLiteral("course-long-en-title-") + suffix);
    session->window->backToDiscover();

    search(*session, QStringLiteral("量子烹饪"));
    save(window, QStringLiteral("empty-search-") + suffix);

    session->window->showSection(ui::MainWindow::Section::MyLearning);
    save(window, QStringLiteral("placeholder-") + suffix);

    session->window->showSection(ui::MainWindow::Section::Discover);
    search(*session, QString());
    QApplication::setPalette(ui::Theme::darkPalette());
    save(window, QStringLiteral("discover-dark-") + suffix);
    session->window->openCourse(session->window->discoverPage()->model()->keyAt(2));
    QTRY_VERIFY(!session->window->coursePage()->title().isEmpty());
    save(window, QStringLiteral("course-dark-") + suffix);
    QApplication::setPalette(ui::Theme::lightPalette());
}

void TestScreenshots::largeCatalog()
{
    const int courses = qEnvironmentVariableIntValue("LECTERN_SCREENSHOT_COURSES");
    if (courses <= 0)
        QSKIP("LECTERN_SCREENSHOT_COURSES is not set");
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        auto session = start(language, {}, courses);
        QVERIFY(session);
        const QString suffix = language.left(2);
        save(*session->window, QStringLiteral("large-top-") + suffix);
        auto* grid = session->window->findChild<QListView*>(QStringLiteral("courseGrid"));
        grid->verticalScrollBar()->setValue(grid->verticalScrollBar()->maximum());
        QTRY_VERIFY(test::visibleCardsLoaded(*grid));
        save(*session->window, QStringLiteral("large-end-") + suffix);
        search(*session, QStringLiteral("机器学习"));
        save(*session->window, QStringLiteral("large-search-") + suffix);
    }
}

QTEST_MAIN(TestScreenshots)
#include "test_screenshots.moc"
