#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include "catalog_fixtures.h"
#include "store/local_store.h"

using namespace lectern;

class TestMigrations final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void freshDatabaseReachesLatestVersion();
    void upgradesStepByStepKeepingData();
    void failedStepRollsBackWholly();
    void refusesNewerDatabaseAndLeavesFileUntouched();
    void refusesFileThatIsNotADatabase();

private:
    static std::string path(const QTemporaryDir& dir) { return dir.filePath(QStringLiteral("lectern.db")).toStdString(); }
};

void TestMigrations::freshDatabaseReachesLatestVersion()
{
    QTemporaryDir dir;
    auto db = store::openLocalStore(path(dir));
    QVERIFY2(db.has_value(), db ? "" : db.error().detail.c_str());
    QCOMPARE(*db->userVersion(), store::localStoreMigrations().back().version);
    auto mode = db->prepare("PRAGMA journal_mode");
    QVERIFY(mode && *mode->step());
    QCOMPARE(mode->text(0), std::string("wal"));
    auto fk = db->prepare("PRAGMA foreign_keys");
    QVERIFY(fk && *fk->step());
    QCOMPARE(fk->int64(0), 1);
    // Opening again is a no-op.
    db = store::openLocalStore(path(dir));
    QVERIFY(db.has_value());
}

void TestMigrations::upgradesStepByStepKeepingData()
{
    QTemporaryDir dir;
    const auto all = store::localStoreMigrations();
    QVERIFY(all.size() >= 2);
    {
        auto db = store::openLocalDatabase(path(dir));
        QVERIFY(db.has_value());
        auto v = store::migrate(*db, all.first(1));
        QVERIFY(v.has_value());
        QCOMPARE(*v, all[0].version);
        QVERIFY(db->exec("INSERT INTO instructors (id, name) VALUES ('i', 'Ada')").has_value());
        QVERIFY(!db->prepare("SELECT * FROM app_state").has_value()); // not there yet
    }
    auto db = store::openLocalStore(path(dir));
    QVERIFY(db.has_value());
    QCOMPARE(*db->userVersion(), all.back().version);
    auto row = db->prepare("SELECT name FROM instructors WHERE id = 'i'");
    QVERIFY(row && *row->step());
    QCOMPARE(row->text(0), std::string("Ada"));
    QVERIFY(db->prepare("SELECT * FROM app_state").has_value());
}

void TestMigrations::failedStepRollsBackWholly()
{
    QTemporaryDir dir;
    auto db = store::openLocalDatabase(path(dir));
    QVERIFY(db.has_value());
    const store::Migration steps[] = {
        {1, "CREATE TABLE a (x INTEGER);"},
        {2, "CREATE TABLE b (x INTEGER); CREATE TABLE a (x INTEGER);"}, // fails half way
    };
    auto v = store::migrate(*db, steps);
    QVERIFY(!v.has_value());
    QCOMPARE(v.error().code, ErrorCode::Database);
    QVERIFY(v.error().detail.find("migration to version 2") != std::string::npos);
    QCOMPARE(*db->userVersion(), 1);
    QVERIFY(!db->prepare("SELECT * FROM b").has_value()); // step 2's first table was rolled back
}

void TestMigrations::refusesNewerDatabaseAndLeavesFileUntouched()
{
    QTemporaryDir dir;
    {
        auto db = store::openLocalStore(path(dir));
        QVERIFY(db.has_value());
        QVERIFY(db->setUserVersion(store::localStoreMigrations().back().version + 5).has_value());
        QVERIFY(db->exec("PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode = DELETE").has_value());
    }
    const std::string before = test::readFile(path(dir));
    QVERIFY(!before.empty());
    auto db = store::openLocalStore(path(dir));
    QVERIFY(!db.has_value());
    QCOMPARE(db.error().code, ErrorCode::SchemaTooNew);
    QVERIFY(db.error().detail.find("newer") != std::string::npos);
    QCOMPARE(test::readFile(path(dir)), before);
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("lectern.db-wal"))));
}

void TestMigrations::refusesFileThatIsNotADatabase()
{
    QTemporaryDir dir;
    {
        std::ofstream out(path(dir));
        out << "this is not a database, it is a shopping list: milk, eggs, bread, and a few more words";
    }
    auto db = store::openLocalStore(path(dir));
    QVERIFY(!db.has_value());
    QCOMPARE(db.error().code, ErrorCode::Database);
    QVERIFY(db.error().detail.find("not a database") != std::string::npos);
}

QTEST_APPLESS_MAIN(TestMigrations)
#include "test_migrations.moc"
