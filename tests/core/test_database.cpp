#include <QTemporaryDir>
#include <QTest>

#include "store/database.h"

using namespace lectern;

class TestDatabase final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void typedBindAndReadRoundTrip()
    {
        auto db = store::Database::open(":memory:");
        QVERIFY(db.has_value());
        QVERIFY(db->exec("CREATE TABLE t (i INTEGER, r REAL, s TEXT, n TEXT)").has_value());
        auto insert = db->prepare("INSERT INTO t VALUES (?1, ?2, ?3, ?4)");
        QVERIFY(insert.has_value());
        const std::string withNul("a\0b", 3);
        QVERIFY(insert->bindAll(std::int64_t{1} << 40, 2.5, withNul, nullptr).run().has_value());
        auto read = db->prepare("SELECT i, r, s, n FROM t");
        QVERIFY(read.has_value() && *read->step());
        QCOMPARE(read->int64(0), std::int64_t{1} << 40);
        QCOMPARE(read->real(1), 2.5);
        QCOMPARE(read->text(2), withNul); // lengths are explicit, NUL survives
        QVERIFY(read->isNull(3));
        QCOMPARE(*read->step(), false);
    }

    void errorsCarryTheSqliteMessage()
    {
        auto db = store::Database::open(":memory:");
        auto bad = db->prepare("SELECT * FROM nowhere");
        QVERIFY(!bad.has_value());
        QCOMPARE(bad.error().code, ErrorCode::Database);
        QVERIFY(bad.error().detail.find("no such table: nowhere") != std::string::npos);
        QVERIFY(db->exec("CREATE TABLE u (x INTEGER UNIQUE)").has_value());
        QVERIFY(db->exec("INSERT INTO u VALUES (1)").has_value());
        auto dup = db->exec("INSERT INTO u VALUES (1)");
        QVERIFY(!dup.has_value());
        QVERIFY(dup.error().detail.find("UNIQUE constraint failed") != std::string::npos);
    }

    void cachedStatementsAreResetForReuse()
    {
        auto db = store::Database::open(":memory:");
        QVERIFY(db->exec("CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (1), (2), (3)").has_value());
        auto first = db->cached("SELECT x FROM t WHERE x >= ?1 ORDER BY x");
        QVERIFY(first.has_value());
        (*first)->bind(1, 2);
        QVERIFY(*(*first)->step()); // left mid-iteration on purpose
        auto again = db->cached("SELECT x FROM t WHERE x >= ?1 ORDER BY x");
        QCOMPARE(*again, *first); // the same prepared statement
        QCOMPARE(*(*again)->step(), false); // bindings were cleared: x >= NULL matches nothing
        (*again)->reset();
        (*again)->bind(1, 3);
        QVERIFY(*(*again)->step()); // and it starts from the first row again
        QCOMPARE((*again)->int64(0), std::int64_t(3));
    }

    void transactionRollsBackOnError()
    {
        auto db = store::Database::open(":memory:");
        QVERIFY(db->exec("CREATE TABLE t (x INTEGER)").has_value());
        auto failed = db->transaction([&]() -> Result<void> {
            if (auto ok = db->exec("INSERT INTO t VALUES (1)"); !ok)
                return ok;
            auto nested = db->transaction([&]() -> Result<void> { return db->exec("INSERT INTO t VALUES (2)"); });
            if (!nested)
                return nested;
            return fail(ErrorCode::InvalidData, "stop");
        });
        QVERIFY(!failed.has_value());
        QCOMPARE(failed.error().detail, std::string("stop"));
        auto count = db->prepare("SELECT count(*) FROM t");
        QVERIFY(*count->step());
        QCOMPARE(count->int64(0), std::int64_t(0));
        QVERIFY(db->transaction([&] { return db->exec("INSERT INTO t VALUES (3)"); }).has_value());
        count->reset();
        QVERIFY(*count->step());
        QCOMPARE(count->int64(0), std::int64_t(1));
    }

    void secondWriterWaitsThenReportsBusy()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("busy.db")).toStdString();
        auto a = store::Database::open(path);
        auto b = store::Database::open(path);
        QVERIFY(a && b && a->enableWal() && b->enableWal());
        QVERIFY(a->exec("CREATE TABLE t (x INTEGER)").has_value());
        QVERIFY(b->exec("PRAGMA busy_timeout = 50").has_value());
        QVERIFY(a->exec("BEGIN IMMEDIATE; INSERT INTO t VALUES (1)").has_value());
        auto blocked = b->exec("INSERT INTO t VALUES (2)");
        QVERIFY(!blocked.has_value());
        QCOMPARE(blocked.error().code, ErrorCode::DatabaseBusy);
        auto reader = b->prepare("SELECT count(*) FROM t"); // WAL: readers are not blocked
        QVERIFY(reader && *reader->step());
        QCOMPARE(reader->int64(0), std::int64_t(0));
        QVERIFY(a->exec("COMMIT").has_value());
    }
};

QTEST_APPLESS_MAIN(TestDatabase)
#include "test_database.moc"
