// The Downloads section end to end against the real lectern-server (--demo):
// a free-preview lesson downloads through the app's DownloadService (with the
// signed-in session's token), lands encrypted, and shows in the Downloads page
// under its course; a lesson the learner has no access to fails with a
// sentence saying why; deleting removes the file and the row; with "download
// only when idle" on, a queued lesson the learner opens in the player still
// downloads at once.
#include <memory>

#include <QLabel>
#include <QMediaPlayer>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QToolButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include "downloads/downloads_page.h"
#include "media/encrypted_file.h"
#include "notes/notes_view.h"
#include "player/player_page.h"
#include "server_process.h"
#include "services/catalog_service.h"
#include "services/download_service.h"
#include "services/keychain_session_store.h"
#include "services/sync_service.h"
#include "shell/main_window.h"
#include "shell/translation_loader.h"
#include "ui_test_support.h"
#include "widgets/empty_state_widget.h"

using namespace lectern;

class TestDownloadsE2e final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void freePreviewDownloadsEncryptedAndShows();
    void lessonWithoutAccessFailsWithAReason();
    void downloadedLessonPlaysWithNotesBeside();
    void deletingRemovesFileAndRow();
    void lessonOpenedToPlaySkipsTheIdleWait();
    void screenshots();

private:
    [[nodiscard]] std::unique_ptr<ui::MainWindow> makeWindow();
    const protocol::Lesson* findLesson(bool freePreview) const;

    test::ServerProcess m_server;
    QTemporaryDir m_dir;
    ui::TranslationLoader m_translations;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ui::CatalogService> m_catalog;
    std::unique_ptr<ui::SyncService> m_sync;
    std::unique_ptr<ui::DownloadService> m_downloads;
    std::unique_ptr<ui::MainWindow> m_window;
    QString m_preview;
    QString m_paid;
    QString m_courseId;
};

const protocol::Lesson* TestDownloadsE2e::findLesson(bool freePreview) const
{
    for (const protocol::Course& course : test::demoCatalog().courses) {
        if (course.id != m_courseId.toStdString() && !m_courseId.isEmpty())
            continue;
        for (const protocol::Section& section : course.sections)
            for (const protocol::Lesson& lesson : section.lessons)
                if (lesson.freePreview == freePreview && lesson.kind == protocol::LessonKind::Video)
                    return &lesson;
    }
    return nullptr;
}

std::unique_ptr<ui::MainWindow> TestDownloadsE2e::makeWindow()
{
    auto window = std::make_unique<ui::MainWindow>(*m_catalog, *m_settings, nullptr, m_dir.path());
    window->setSyncService(m_sync.get());
    window->setDownloadService(m_downloads.get());
    window->resize(1100, 600);
    window->show();
    return window;
}

void TestDownloadsE2e::initTestCase()
{
    QVERIFY2(m_server.start(QStringLiteral(LECTERN_SERVER_BIN), {QStringLiteral("--demo")}),
             qPrintable(m_server.error()));
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/lectern-test-bus");
    m_translations.load(QStringLiteral("en"));
    m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    m_catalog = std::make_unique<ui::CatalogService>();

    ui::SyncService::Options options;
    options.serverUrl = QString::fromStdString(m_server.baseUrl());
    options.databasePath = test::databasePath(m_dir);
    options.makeSessionStore = [] { return std::make_unique<ui::MemorySessionStore>(); };
    m_sync = std::make_unique<ui::SyncService>(std::move(options));

    ui::DownloadService::Options downloads;
    downloads.dataDir = m_dir.path();
    downloads.serverUrl = QString::fromStdString(m_server.baseUrl());
    downloads.tokens = m_sync->tokenProvider();
    downloads.makeKeyStore = [dir = m_dir.path()] {
        return std::make_unique<media::FileDeviceKeyStore>(QString(dir + QStringLiteral("/device.key")).toStdString());
    };
    m_downloads = std::make_unique<ui::DownloadService>(std::move(downloads));
    connect(m_catalog.get(), &ui::CatalogService::opened, m_sync.get(), &ui::SyncService::start);
    connect(m_catalog.get(), &ui::CatalogService::opened, m_downloads.get(), &ui::DownloadService::start);
    m_catalog->open(test::databasePath(m_dir), QStringLiteral(":/catalog/demo_catalog.json"));
    m_window = makeWindow();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_VERIFY_WITH_TIMEOUT(m_catalog->isOpen(), 30000);
    QTRY_COMPARE_WITH_TIMEOUT(m_sync->state().phase, ui::SyncState::Phase::Synced, 30000);
    m_sync->signIn(QStringLiteral("learner@demo.lectern"), m_server.demoPassword(QStringLiteral("learner@demo.lectern")),
                   false);
    QTRY_VERIFY_WITH_TIMEOUT(m_sync->account().signedIn, 20000);

    // A course with both a free-preview video and one that must be bought.
    for (const protocol::Course& course : test::demoCatalog().courses) {
        m_courseId = QString::fromStdString(course.id);
        if (findLesson(true) && findLesson(false))
            break;
    }
    QVERIFY(findLesson(true) && findLesson(false));
    m_preview = QString::fromStdString(findLesson(true)->id);
    m_paid = QString::fromStdString(findLesson(false)->id);

    // Nothing downloaded yet: the page says what it is for.
    m_window->showSection(ui::MainWindow::Section::Downloads);
    QTRY_VERIFY(m_downloads->isStarted());
    ui::DownloadsPage* page = m_window->downloadsPage();
    QVERIFY(page);
    auto* empty = page->findChild<ui::EmptyStateWidget*>(QStringLiteral("downloadsEmpty"));
    QVERIFY(empty && empty->isVisible());
}

void TestDownloadsE2e::cleanupTestCase()
{
    m_window.reset();
    m_downloads.reset();
    m_sync.reset();
    m_catalog.reset();
    m_server.stop();
}

void TestDownloadsE2e::freePreviewDownloadsEncryptedAndShows()
{
    m_downloads->downloadLesson(m_preview);
    QTRY_VERIFY_WITH_TIMEOUT(m_downloads->entries().value(m_preview).state == media::DownloadState::Completed, 30000);
    const media::DownloadEntry entry = m_downloads->entries().value(m_preview);
    QVERIFY(entry.bytesTotal > 0);
    QCOMPARE(entry.bytesDone, entry.bytesTotal);

    // On disk: encrypted, readable only with this profile's device key.
    QVERIFY(std::filesystem::exists(entry.path));
    media::FileDeviceKeyStore keys(m_dir.filePath(QStringLiteral("device.key")).toStdString());
    auto key = keys.loadOrCreate();
    QVERIFY(key);
    auto reader = media::EncryptedFileReader::open(entry.path, *key);
    QVERIFY2(reader, reader ? "" : reader.error().detail.c_str());
    QCOMPARE(reader->plaintextSize(), entry.bytesTotal);
    std::array<char, 8> head{};
    QVERIFY(reader->readAt(0, std::span<char>(head)));
    QCOMPARE(QByteArray(head.data() + 4, 4), QByteArray("ftyp")); // an MP4 inside
    QFile raw(QString::fromStdString(entry.path.string()));
    QVERIFY(raw.open(QIODevice::ReadOnly));
    QVERIFY(!raw.readAll().contains("ftyp")); // … but not in the clear

    // The page lists it under its course, with the course's title.
    ui::DownloadsPage* page = m_window->downloadsPage();
    QTRY_COMPARE(page->tree()->topLevelItemCount(), 1);
    QTreeWidgetItem* course = page->tree()->topLevelItem(0);
    const protocol::Course* demo = nullptr;
    for (const protocol::Course& c : test::demoCatalog().courses)
        if (QString::fromStdString(c.id) == m_courseId)
            demo = &c;
    QTRY_COMPARE(course->text(0), QString::fromStdString(demo->title));
    QCOMPARE(course->childCount(), 1);
    QCOMPARE(course->child(0)->text(1), QStringLiteral("Downloaded"));
    QCOMPARE(course->child(0)->text(0), QString::fromStdString(findLesson(true)->title));
    QVERIFY(m_downloads->totalUsage() > 0);
}

void TestDownloadsE2e::lessonWithoutAccessFailsWithAReason()
{
    m_downloads->downloadLesson(m_paid);
    QTRY_VERIFY_WITH_TIMEOUT(m_downloads->entries().value(m_paid).state == media::DownloadState::Failed, 30000);
    const media::DownloadEntry entry = m_downloads->entries().value(m_paid);
    QVERIFY(entry.error);
    QCOMPARE(entry.error->code, media::MediaErrorCode::NotEntitled);
    QVERIFY(!std::filesystem::exists(entry.path)); // nothing half-written left behind
    ui::DownloadsPage* page = m_window->downloadsPage();
    QTRY_COMPARE(page->tree()->topLevelItem(0)->childCount(), 2);
    bool explained = false;
    for (int i = 0; i < 2; ++i)
        explained |= page->tree()->topLevelItem(0)->child(i)->text(1).contains(QStringLiteral("don't have access"));
    QVERIFY(explained);
}

// The player opens the downloaded (encrypted) lesson through the app's
// locator — decrypted into memory, never to disk — and the lesson without
// access is refused with the reason; the Notes tab writes a note at the
// current moment.
void TestDownloadsE2e::downloadedLessonPlaysWithNotesBeside()
{
    m_window->openLessonAt(m_courseId, m_preview, 0);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->playerPage() && m_window->playerPage()->lessonId() == m_preview, 10000);
    ui::PlayerPage* player = m_window->playerPage();
    QTRY_VERIFY_WITH_TIMEOUT(player->mediaPlayer()->duration() > 0, 20000);
    QCOMPARE(player->problem(), ui::PlayerPage::Problem::None);
    QVERIFY(player->mediaPlayer()->source().toLocalFile().startsWith(QStringLiteral("/proc/self/fd/")));

    auto* notes = player->findChild<ui::NotesView*>(QStringLiteral("playerNotes"));
    QVERIFY(notes);
    QVERIFY(player->sidePanel()->indexOf(notes) >= 0);
    notes->findChild<QPlainTextEdit*>(QStringLiteral("noteDraft"))->setPlainText(QStringLiteral("Remember this part"));
    QTest::mouseClick(notes->findChild<QPushButton*>(QStringLiteral("addNoteButton")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(notes->visibleNoteCount(), 1, 10000);
    QVERIFY(notes->findChild<QToolButton*>(QStringLiteral("noteTimeButton"))); // linked to a moment

    m_window->openLessonAt(m_courseId, m_paid, 0);
    QTRY_VERIFY_WITH_TIMEOUT(player->lessonId() == m_paid, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(player->problem(), ui::PlayerPage::Problem::NotEntitled, 10000);
    player->release();
}

void TestDownloadsE2e::deletingRemovesFileAndRow()
{
    const std::filesystem::path file = m_downloads->entries().value(m_preview).path;
    m_window->showSection(ui::MainWindow::Section::Downloads);
    m_downloads->deleteCourse(m_courseId);
    QTRY_VERIFY_WITH_TIMEOUT(m_downloads->entries().isEmpty(), 10000);
    QVERIFY(!std::filesystem::exists(file));
    ui::DownloadsPage* page = m_window->downloadsPage();
    QTRY_COMPARE(page->tree()->topLevelItemCount(), 0);
    QTRY_VERIFY(page->findChild<ui::EmptyStateWidget*>(QStringLiteral("downloadsEmpty"))->isVisible());
}

// The learner is here (input just now, the window on screen), so queued
// downloads wait; opening the lesson in the player makes it a play-now
// download, which the wait does not hold, and the player opens it on arrival.
void TestDownloadsE2e::lessonOpenedToPlaySkipsTheIdleWait()
{
    QTest::mouseMove(m_window->windowHandle(), QPoint(400, 300));
    m_downloads->setDownloadOnlyWhenIdle(true);
    QVERIFY(m_downloads->waitingForIdle());
    m_downloads->downloadLesson(m_preview);
    QTRY_VERIFY(m_downloads->entries().contains(m_preview));
    QTest::qWait(500);
    QCOMPARE(m_downloads->entries().value(m_preview).state, media::DownloadState::Queued);

    m_window->openLessonAt(m_courseId, m_preview, 0);
    QTRY_COMPARE_WITH_TIMEOUT(m_downloads->entries().value(m_preview).state, media::DownloadState::Completed, 30000);
    QVERIFY(m_downloads->waitingForIdle()); // it did not wait for the learner to leave
    ui::PlayerPage* player = m_window->playerPage();
    QTRY_VERIFY_WITH_TIMEOUT(player->mediaPlayer()->duration() > 0, 20000);
    QCOMPARE(player->problem(), ui::PlayerPage::Problem::None);
    player->release();
    m_downloads->setDownloadOnlyWhenIdle(false);
}

// With LECTERN_SCREENSHOT_DIR set: a course mid-download and a failed lesson, in en and zh_CN.
void TestDownloadsE2e::screenshots()
{
    const QString out = qEnvironmentVariable("LECTERN_SCREENSHOT_DIR");
    if (out.isEmpty())
        QSKIP("set LECTERN_SCREENSHOT_DIR to write screenshots");
    m_downloads->downloadLesson(m_preview);
    m_downloads->downloadLesson(m_paid);
    QTRY_VERIFY_WITH_TIMEOUT(m_downloads->entries().value(m_preview).state == media::DownloadState::Completed, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(m_downloads->entries().value(m_paid).state == media::DownloadState::Failed, 30000);
    m_downloads->setStorageLimit(quint64{5} << 30);
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        ui::TranslationLoader translations;
        translations.load(language);
        auto window = makeWindow();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        window->showSection(ui::MainWindow::Section::Downloads);
        QTest::qWait(300);
        QVERIFY(window->grab().save(out + QStringLiteral("/downloads-") + language + QStringLiteral(".png")));
        // The player on the downloaded lesson, with its Notes tab open.
        window->openLessonAt(m_courseId, m_preview, 0);
        QTRY_VERIFY_WITH_TIMEOUT(window->playerPage() && window->playerPage()->mediaPlayer()->duration() > 0, 20000);
        ui::PlayerPage* player = window->playerPage();
        auto* notes = player->findChild<ui::NotesView*>(QStringLiteral("playerNotes"));
        player->sidePanel()->setCurrentWidget(notes);
        QTRY_VERIFY(notes->visibleNoteCount() > 0);
        QTest::qWait(300);
        QVERIFY(window->grab().save(out + QStringLiteral("/player-notes-") + language + QStringLiteral(".png")));
        player->release();
    }
}

QTEST_MAIN(TestDownloadsE2e)
#include "test_downloads_e2e.moc"
