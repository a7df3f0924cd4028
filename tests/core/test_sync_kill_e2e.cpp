// kill -9 at random moments while lectern-cli pulls a large catalog and while it
// pushes many notes, against the real lectern-server: afterwards the database
// passes integrity_check, the sync completes, nothing is duplicated and no local
// change is lost.
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <set>

#include "net/api_client.h"
#include "net/curl_http_client.h"
#include "server_process.h"
#include "store/local_store.h"
#include "sync/notes_repository.h"
#include "sync/outbox.h"

using namespace lectern;

namespace {

constexpr int kCourses = 3000;
constexpr int kKills = 20;

std::int64_t scalar(store::Database& db, const char* sql)
{
    auto stmt = db.prepare(sql);
    if (!stmt || !*stmt->step())
        return -1;
    return stmt->int64(0);
}

std::string integrity(store::Database& db)
{
    auto stmt = db.prepare("PRAGMA integrity_check");
    return stmt && *stmt->step() ? stmt->text(0) : std::string("failed to run");
}

} // namespace

class TestSyncKillE2e final : public QObject {
    Q_OBJECT

    QTemporaryDir m_work;
    test::ServerProcess m_server;
    QString m_cli = qEnvironmentVariable("LECTERN_CLI");
    QRandomGenerator m_random{20261204};

    int cli(const QString& profile, const QStringList& args, int killAfterMs = -1, const QByteArray& input = {})
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.start(m_cli, QStringList{QStringLiteral("--data-dir"), profile, QStringLiteral("--server"),
                                         QString::fromStdString(m_server.baseUrl())}
                                 + args);
        if (!process.waitForStarted(10000))
            return -100;
        if (!input.isEmpty()) {
            process.write(input);
            process.closeWriteChannel();
        }
        if (killAfterMs >= 0 && !process.waitForFinished(killAfterMs)) {
            process.kill(); // SIGKILL: no chance to clean up
            process.waitForFinished(10000);
            return -9;
        }
        process.waitForFinished(300000);
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }

    // Runs `lectern-cli sync` and kills it -9 shortly after it reports having
    // committed `pages` catalog pages in this run: a kill that lands mid-pull
    // whatever the machine's speed. Returns true when the kill landed before the
    // sync finished by itself.
    bool killDuringCatalogPull(const QString& profile, int pages, int extraMs)
    {
        QProcess process;
        process.start(m_cli, {QStringLiteral("--data-dir"), profile, QStringLiteral("--server"),
                              QString::fromStdString(m_server.baseUrl()), QStringLiteral("sync"),
                              QStringLiteral("--page-size"), QStringLiteral("25")});
        if (!process.waitForStarted(10000))
            return false;
        const QByteArray marker = "catalog: " + QByteArray::number(pages) + " pages";
        QByteArray progress;
        while (process.state() == QProcess::Running && !progress.contains(marker)) {
            process.waitForReadyRead(50);
            progress += process.readAllStandardError();
        }
        if (process.state() != QProcess::Running)
            return false;
        QThread::msleep(static_cast<unsigned long>(extraMs)); // somewhere inside the next page
        process.kill();
        process.waitForFinished(10000);
        return process.exitStatus() == QProcess::CrashExit;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(!m_cli.isEmpty());
        const QString catalog = m_work.filePath(QStringLiteral("catalog.json"));
        QProcess generate;
        generate.start(m_cli, {QStringLiteral("generate-catalog"), QStringLiteral("--courses"),
                               QString::number(kCourses), QStringLiteral("--output"), catalog});
        QVERIFY(generate.waitForFinished(120000) && generate.exitCode() == 0);
        QVERIFY2(m_server.start(QStringLiteral(LECTERN_SERVER_BIN), {QStringLiteral("--import-catalog"), catalog}),
                 qPrintable(m_server.error()));
        net::CurlHttpClient http;
        net::ApiClient api(http, m_server.baseUrl());
        QVERIFY(api.registerAccount({"crash@lectern.test", "correct horse battery", "Crash Test"}).has_value());
    }

    void cleanupTestCase() { QCOMPARE(m_server.stop(), 0); }

    void killedCatalogPullsResumeWithoutDamage()
    {
        const QString profile = m_work.filePath(QStringLiteral("pull"));
        int killed = 0;
        // Small pages and short lives: each run commits a page or three before it is
        // killed, so the pull only completes by resuming many times.
        for (int i = 0; i < kKills; ++i)
            killed += killDuringCatalogPull(profile, m_random.bounded(1, 4), m_random.bounded(0, 25)) ? 1 : 0;
        qInfo("killed %d of %d catalog syncs mid-way", killed, kKills);
        QCOMPARE(killed, kKills); // every kill landed mid-pull, or the test proves nothing
        QCOMPARE(cli(profile, {QStringLiteral("sync")}), 0);

        auto db = store::openLocalStore(QString(profile + QStringLiteral("/lectern.db")).toStdString());
        QVERIFY(db.has_value());
        QCOMPARE(integrity(*db), std::string("ok"));
        QCOMPARE(scalar(*db, "SELECT count(*) FROM courses"), std::int64_t(kCourses));
        QCOMPARE(scalar(*db, "SELECT count(DISTINCT id) FROM courses"), std::int64_t(kCourses));
        QCOMPARE(scalar(*db, "SELECT count(*) FROM lessons l LEFT JOIN sections s ON s.id = l.section_id "
                             "WHERE s.id IS NULL"),
                 std::int64_t(0));
        // The full-text index agrees with the table: every course is found exactly once.
        QCOMPARE(scalar(*db, "SELECT count(*) FROM course_fts WHERE course_fts MATCH '\"python\" OR \"rust\" OR "
                             "\"java\"'"),
                 scalar(*db, "SELECT count(*) FROM courses WHERE tags LIKE '%\"python\"%' OR tags LIKE "
                             "'%\"rust\"%' OR tags LIKE '%\"java\"%' OR title LIKE '%Python%' OR title LIKE '%Rust%' "
                             "OR title LIKE '%Java%' OR description LIKE '%Python%' OR description LIKE '%Rust%' OR "
                             "description LIKE '%Java%'"));
    }

    void killedPushesLoseNothingAndDuplicateNothing()
    {
        const QString profile = m_work.filePath(QStringLiteral("push"));
        QCOMPARE(cli(profile, {QStringLiteral("login"), QStringLiteral("crash@lectern.test"),
                               QStringLiteral("--password-stdin")},
                     -1, "correct horse battery\n"),
                 0);
        std::set<std::string> expected; // note id + text the server must end up with
        const std::string courseId = "0190a1b2-0001-7000-8000-000000000001";
        for (int round = 0; round < kKills; ++round) {
            {
                // Learners keep studying between (killed) syncs: 60 new notes and an edit.
                auto db = store::openLocalStore(QString(profile + QStringLiteral("/lectern.db")).toStdString());
                QVERIFY(db.has_value());
                sync::NotesRepository notes(*db);
                for (int n = 0; n < 60; ++n) {
                    auto note = notes.create({courseId, std::nullopt, std::nullopt,
                                              "round " + std::to_string(round) + " note " + std::to_string(n)});
                    QVERIFY(note.has_value());
                    expected.insert(note->id + "|" + note->text);
                }
            }
            cli(profile, {QStringLiteral("sync")}, m_random.bounded(20, 700));
        }
        QCOMPARE(cli(profile, {QStringLiteral("sync")}), 0);
        QCOMPARE(cli(profile, {QStringLiteral("sync")}), 0);

        auto db = store::openLocalStore(QString(profile + QStringLiteral("/lectern.db")).toStdString());
        QVERIFY(db.has_value());
        QCOMPARE(integrity(*db), std::string("ok"));
        QCOMPARE(*sync::Outbox(*db).pendingCount(), std::int64_t(0));

        // A fresh device of the same user sees exactly what was written: no note
        // lost, none twice.
        const QString fresh = m_work.filePath(QStringLiteral("fresh"));
        QCOMPARE(cli(fresh, {QStringLiteral("login"), QStringLiteral("crash@lectern.test"),
                             QStringLiteral("--password-stdin")},
                     -1, "correct horse battery\n"),
                 0);
        QCOMPARE(cli(fresh, {QStringLiteral("sync")}), 0);
        auto other = store::openLocalStore(QString(fresh + QStringLiteral("/lectern.db")).toStdString());
        QVERIFY(other.has_value());
        auto all = sync::NotesRepository(*other).all();
        QVERIFY(all.has_value());
        std::multiset<std::string> got;
        for (const auto& note : *all)
            got.insert(note.id + "|" + note.text);
        QCOMPARE(got.size(), expected.size());
        QVERIFY(std::equal(got.begin(), got.end(), expected.begin(), expected.end()));
    }
};

QTEST_GUILESS_MAIN(TestSyncKillE2e)
#include "test_sync_kill_e2e.moc"
