// Notes end to end against the real lectern-server (--demo), two profiles of
// the demo learner: a note written in profile A reaches the server without
// anyone pressing "sync" (the debounced sync after a local change), shows up in
// profile B, and when both edit it offline the Notes page of A marks the
// conflict; resolving it there reaches B too.
#include <memory>

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "notes/notes_view.h"
#include "server_process.h"
#include "services/catalog_service.h"
#include "services/keychain_session_store.h"
#include "services/notes_service.h"
#include "services/sync_service.h"
#include "shell/main_window.h"
#include "shell/translation_loader.h"
#include "store/local_store.h"
#include "ui_test_support.h"

using namespace lectern;

namespace {

// One profile: its own data folder, catalog service, sync and notes.
struct Profile {
    QTemporaryDir dir;
    std::unique_ptr<ui::CatalogService> catalog;
    std::unique_ptr<ui::SyncService> sync;

    void start(const std::string& serverUrl, std::chrono::milliseconds afterLocalChange)
    {
        catalog = std::make_unique<ui::CatalogService>();
        ui::SyncService::Options options;
        options.serverUrl = QString::fromStdString(serverUrl);
        options.databasePath = test::databasePath(dir);
        options.makeSessionStore = [] { return std::make_unique<ui::MemorySessionStore>(); };
        options.afterLocalChange = afterLocalChange;
        sync = std::make_unique<ui::SyncService>(std::move(options));
        QObject::connect(catalog.get(), &ui::CatalogService::opened, sync.get(), &ui::SyncService::start);
        catalog->open(test::databasePath(dir), QStringLiteral(":/catalog/demo_catalog.json"));
    }

    std::int64_t count(const char* sql) const
    {
        auto db = store::openLocalStore(test::databasePath(dir).toStdString());
        if (!db)
            return -1;
        auto again = db->prepare(sql);
        if (!again)
            return -1;
        auto row = again->step();
        return row && *row ? again->int64(0) : -1;
    }
};

// Waits for the next notesLoaded answer for every course and returns it.
ui::NotesList loadAll(ui::NotesService& notes)
{
    QSignalSpy loaded(&notes, &ui::NotesService::notesLoaded);
    notes.load();
    if (!loaded.wait(10000))
        return {};
    return loaded.takeFirst().at(1).value<ui::NotesList>();
}

bool waitForChange(ui::NotesService& notes, const std::function<void()>& write)
{
    QSignalSpy changed(&notes, &ui::NotesService::changed);
    write();
    return changed.wait(10000);
}

} // namespace

Q_DECLARE_METATYPE(lectern::ui::NotesList)

class TestNotesE2e final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void aNoteSyncsSoonAfterItIsWritten();
    void conflictIsMarkedAndResolvedOnTheNotesPage();

private:
    void signIn(Profile& profile);
    void syncNow(Profile& profile);
    QWidget* card(const char* objectName);

    test::ServerProcess m_server;
    ui::TranslationLoader m_translations;
    Profile m_a;
    Profile m_b;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ui::MainWindow> m_window; // profile A's window
    std::unique_ptr<ui::NotesService> m_notesB;
    std::string m_courseId;
    std::string m_lessonId;
    std::string m_noteId;
};

void TestNotesE2e::initTestCase()
{
    qRegisterMetaType<ui::NotesList>();
    QVERIFY2(m_server.start(QStringLiteral(LECTERN_SERVER_BIN), {QStringLiteral("--demo")}),
             qPrintable(m_server.error()));
    m_translations.load(QStringLiteral("en"));
    m_a.start(m_server.baseUrl(), std::chrono::milliseconds(300));
    // B syncs only when told: its edits stay "offline" until then.
    m_b.start(m_server.baseUrl(), std::chrono::hours(1));
    m_settings = std::make_unique<QSettings>(m_a.dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    m_window = std::make_unique<ui::MainWindow>(*m_a.catalog, *m_settings, nullptr, m_a.dir.path());
    m_window->setSyncService(m_a.sync.get());
    m_window->resize(1100, 720);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_notesB = std::make_unique<ui::NotesService>(test::databasePath(m_b.dir));
    signIn(m_a);
    signIn(m_b);

    const protocol::Course& course = test::demoCatalog().courses.front();
    m_courseId = course.id;
    m_lessonId = course.sections.front().lessons.front().id;
}

void TestNotesE2e::cleanupTestCase()
{
    m_window.reset();
    m_notesB.reset();
    for (Profile* profile : {&m_a, &m_b}) {
        profile->sync.reset();
        profile->catalog.reset();
    }
    m_server.stop();
}

void TestNotesE2e::signIn(Profile& profile)
{
    QTRY_VERIFY_WITH_TIMEOUT(profile.catalog->isOpen(), 30000);
    QTRY_COMPARE_WITH_TIMEOUT(profile.sync->state().phase, ui::SyncState::Phase::Synced, 30000);
    profile.sync->signIn(QStringLiteral("learner@demo.lectern"), m_server.demoPassword(QStringLiteral("learner@demo.lectern")),
                         false);
    QTRY_VERIFY_WITH_TIMEOUT(profile.sync->account().signedIn, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(profile.sync->state().phase, ui::SyncState::Phase::Synced, 30000);
}

void TestNotesE2e::syncNow(Profile& profile)
{
    const int before = profile.sync->runsStarted();
    profile.sync->syncNow();
    QTRY_VERIFY_WITH_TIMEOUT(profile.sync->runsStarted() > before, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(profile.sync->state().phase, ui::SyncState::Phase::Synced, 30000);
}

QWidget* TestNotesE2e::card(const char* objectName)
{
    return m_window->notesView()->findChild<QWidget*>(QString::fromLatin1(objectName));
}

void TestNotesE2e::aNoteSyncsSoonAfterItIsWritten()
{
    ui::NotesService& notesA = m_window->notesService();
    const int runsBefore = m_a.sync->runsStarted();
    QVERIFY(waitForChange(notesA, [&] {
        notesA.add(QString::fromStdString(m_courseId), QString::fromStdString(m_lessonId), 61'000,
                   QStringLiteral("Written on A: the key idea at 1:01"));
    }));
    // Nobody asked for a sync: the local change schedules one.
    QTRY_VERIFY_WITH_TIMEOUT(m_a.sync->runsStarted() > runsBefore, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(m_a.sync->state().phase, ui::SyncState::Phase::Synced, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(m_a.count("SELECT count(*) FROM sync_outbox"), std::int64_t{0}, 10000);

    syncNow(m_b);
    const ui::NotesList onB = loadAll(*m_notesB);
    QVERIFY(onB);
    QCOMPARE(onB->size(), std::size_t{1});
    QCOMPARE(onB->front().note.text, std::string("Written on A: the key idea at 1:01"));
    QCOMPARE(onB->front().note.positionMs.value_or(-1), std::int64_t{61'000});
    QVERIFY(!onB->front().courseTitle.empty()); // shown with its course's title
    m_noteId = onB->front().note.id;

    // The Notes page of A lists it.
    m_window->showSection(ui::MainWindow::Section::Notes);
    QTRY_COMPARE(m_window->notesView()->visibleNoteCount(), 1);
    QVERIFY(card("noteCard"));
    QCOMPARE(card("noteCard")->findChild<QLabel*>(QStringLiteral("noteText"))->text(),
             QStringLiteral("Written on A: the key idea at 1:01"));
}

void TestNotesE2e::conflictIsMarkedAndResolvedOnTheNotesPage()
{
    QVERIFY(!m_noteId.empty());
    const QString id = QString::fromStdString(m_noteId);
    // Both edit the same note; A's edit reaches the server first (debounced sync).
    ui::NotesService& notesA = m_window->notesService();
    QVERIFY(waitForChange(*m_notesB, [&] { m_notesB->edit(id, QStringLiteral("B's version, written offline")); }));
    const int runsBefore = m_a.sync->runsStarted();
    QVERIFY(waitForChange(notesA, [&] { notesA.edit(id, QStringLiteral("A's version")); }));
    QTRY_VERIFY_WITH_TIMEOUT(m_a.sync->runsStarted() > runsBefore, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(m_a.count("SELECT count(*) FROM sync_outbox"), std::int64_t{0}, 30000);
    syncNow(m_b); // B's push conflicts: the server keeps both versions
    syncNow(m_a);

    // A's Notes page: the original with a badge, the other version below it, marked.
    ui::NotesView* view = m_window->notesView();
    view->reload();
    QTRY_COMPARE(view->conflictCount(), 1);
    QCOMPARE(view->visibleNoteCount(), 2);
    QWidget* copy = card("conflictNoteCard");
    QVERIFY(copy);
    QVERIFY(copy->findChild<QLabel*>(QStringLiteral("conflictBanner")));
    QVERIFY(card("noteCard")->findChild<QLabel*>(QStringLiteral("conflictBadge")));
    QCOMPARE(card("noteCard")->findChild<QLabel*>(QStringLiteral("noteText"))->text(), QStringLiteral("A's version"));
    QCOMPARE(copy->findChild<QLabel*>(QStringLiteral("noteText"))->text(),
             QStringLiteral("B's version, written offline"));
    QVERIFY(view->findChild<QLabel*>(QStringLiteral("notesSummary"))->text().contains(QStringLiteral("1 to review")));

    const QString out = qEnvironmentVariable("LECTERN_SCREENSHOT_DIR");
    if (!out.isEmpty()) {
        for (const QString& language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
            // Pages are translated when built, so each language gets its own window.
            ui::TranslationLoader translations;
            translations.load(language);
            ui::MainWindow window(*m_a.catalog, *m_settings, nullptr, m_a.dir.path());
            window.setSyncService(m_a.sync.get());
            window.resize(1100, 560);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.showSection(ui::MainWindow::Section::Notes);
            QTRY_COMPARE(window.notesView()->conflictCount(), 1);
            QVERIFY(window.grab().save(out + QStringLiteral("/notes-conflict-") + language + QStringLiteral(".png")));
            window.notesView()->findChild<QLineEdit*>(QStringLiteral("notesFilter"))->setText(QStringLiteral("nothing like this"));
            QTest::qWait(100); // the empty state lays out its icon on the next turn of the event loop
            QVERIFY(window.grab().save(out + QStringLiteral("/notes-no-match-") + language + QStringLiteral(".png")));
        }
    }

    // Keep B's version on A: one note with that text everywhere afterwards.
    auto* keep = copy->findChild<QPushButton*>(QStringLiteral("keepVersionButton"));
    QVERIFY(keep);
    const int runsBeforeKeep = m_a.sync->runsStarted();
    QTest::mouseClick(keep, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(view->conflictCount(), 0, 10000);
    QCOMPARE(view->visibleNoteCount(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(m_a.sync->runsStarted() > runsBeforeKeep, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(m_a.count("SELECT count(*) FROM sync_outbox"), std::int64_t{0}, 30000);
    syncNow(m_b);
    const ui::NotesList onB = loadAll(*m_notesB);
    QVERIFY(onB);
    QCOMPARE(onB->size(), std::size_t{1});
    QCOMPARE(onB->front().note.id, m_noteId);
    QCOMPARE(onB->front().note.text, std::string("B's version, written offline"));
}

QTEST_MAIN(TestNotesE2e)
#include "test_notes_e2e.moc"
