// Where sessions are kept: with no keychain reachable (no D-Bus session, as on
// this machine and in CI) FallbackSessionStore uses the 0600 file; a session
// not remembered never touches the disk.
#include <sys/stat.h>

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "services/keychain_session_store.h"

using namespace lectern;

namespace {

account::StoredSession sampleSession()
{
    return account::StoredSession{"http://127.0.0.1:9", "u1", "ada@example.com", "Ada", "access-token", 100,
                                  "refresh-token", 200};
}

} // namespace

class TestSessionStores final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // No Secret Service: the keychain must be unreachable for this test.
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/lectern-test-bus");
    }
    void fallsBackToFileWhenNoKeychain();
    void memoryModeNeverWritesTheFile();
};

void TestSessionStores::fallsBackToFileWhenNoKeychain()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("session.json"));
    ui::FallbackSessionStore store(QStringLiteral("session:test"), file.toStdString());

    QVERIFY(store.save(sampleSession()));
    QCOMPARE(store.backend(), ui::FallbackSessionStore::Backend::File);
    QVERIFY(QFile::exists(file));
    struct stat info {};
    QCOMPARE(::stat(QFile::encodeName(file).constData(), &info), 0);
    QCOMPARE(info.st_mode & 0777, 0600u);

    auto loaded = store.load();
    QVERIFY(loaded && *loaded);
    QCOMPARE((*loaded)->refreshToken, std::string("refresh-token"));
    QCOMPARE((*loaded)->displayName, std::string("Ada"));

    // A fresh store (next run) finds it too.
    ui::FallbackSessionStore again(QStringLiteral("session:test"), file.toStdString());
    auto reloaded = again.load();
    QVERIFY(reloaded && *reloaded);
    QCOMPARE(again.backend(), ui::FallbackSessionStore::Backend::File);

    QVERIFY(again.clear());
    QVERIFY(!QFile::exists(file));
}

void TestSessionStores::memoryModeNeverWritesTheFile()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("session.json"));
    ui::RememberableSessionStore store(
        std::make_unique<ui::FallbackSessionStore>(QStringLiteral("session:test2"), file.toStdString()));
    store.setRemember(false);
    QVERIFY(store.save(sampleSession()));
    QVERIFY(!QFile::exists(file));
    auto loaded = store.load();
    QVERIFY(loaded && *loaded);

    // Choosing "remember" later and signing in moves it to the file, and the
    // memory copy is forgotten.
    store.setRemember(true);
    QVERIFY(store.save(sampleSession()));
    store.forgetTheOther();
    QVERIFY(QFile::exists(file));
    QVERIFY(store.clear());
    QVERIFY(!QFile::exists(file));
}

QTEST_GUILESS_MAIN(TestSessionStores)
#include "test_session_stores.moc"
