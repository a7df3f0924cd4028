// Catalog sync and the account session against the real lectern-server: the
// feed lands in the local store page by page, resumes, and sign-in survives
// token expiry through a refresh.
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

#include "account/account_session.h"
#include "catalog/catalog_repository.h"
#include "catalog/catalog_search.h"
#include "net/api_client.h"
#include "net/curl_http_client.h"
#include "server_process.h"
#include "store/local_store.h"
#include "sync/app_state.h"
#include "sync/catalog_sync.h"

using namespace lectern;

class TestCatalogSyncE2e final : public QObject {
    Q_OBJECT

    test::ServerProcess m_server;
    net::CurlHttpClient m_http;

    static std::int64_t now() { return 1'790'000'000; }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_server.start(QStringLiteral(LECTERN_SERVER_BIN), {QStringLiteral("--demo")}), qPrintable(m_server.error())); }
    void cleanupTestCase() { QCOMPARE(m_server.stop(), 0); }

    void pullsTheWholeFeedAndResumes()
    {
        QTemporaryDir profile;
        auto db = store::openLocalStore(profile.filePath(QStringLiteral("lectern.db")).toStdString());
        QVERIFY(db.has_value());
        net::ApiClient api(m_http, m_server.baseUrl());
        sync::CatalogSync sync(*db, api);
        std::size_t progressCalls = 0;
        auto first = sync.run(now(), nullptr, [&](const sync::CatalogSyncProgress&) { ++progressCalls; });
        QVERIFY2(first.has_value(), first ? "" : first.error().describe().c_str());
        QCOMPARE(first->upserted, std::size_t(59));
        QCOMPARE(progressCalls, first->pages);
        catalog::CatalogRepository repository(*db);
        QCOMPARE(*repository.courseCount(), std::int64_t(59));
        // The synced courses are searchable at once, media metadata included.
        catalog::CatalogSearch search(*db);
        auto found = search.search({.text = "机器学习"}, 0, 5);
        QVERIFY(found && found->total >= 2);
        auto detail = repository.courseDetail(found->courses.front().key);
        QVERIFY(detail && *detail);
        bool hasMedia = false;
        for (const auto& section : (*detail)->course.sections)
            for (const auto& lesson : section.lessons)
                hasMedia = hasMedia || (lesson.mediaSize && lesson.mediaSha256.size() == 64);
        QVERIFY(hasMedia);

        // Nothing new: the stored cursor makes the next run a no-op.
        auto second = sync.run(now());
        QVERIFY(second.has_value());
        QCOMPARE(second->upserted, std::size_t(0));
        QCOMPARE(*repository.courseCount(), std::int64_t(59));
    }

    void unreachableServerKeepsTheLocalCatalog()
    {
        QTemporaryDir profile;
        auto db = store::openLocalStore(profile.filePath(QStringLiteral("lectern.db")).toStdString());
        net::ApiClient good(m_http, m_server.baseUrl());
        QVERIFY(sync::CatalogSync(*db, good).run(now()).has_value());
        net::ApiClient offline(m_http, "http://127.0.0.1:1");
        auto failed = sync::CatalogSync(*db, offline).run(now());
        QVERIFY(!failed.has_value());
        QVERIFY(failed.error().api);
        QCOMPARE(failed.error().api->code, net::ApiErrorCode::Offline);
        QCOMPARE(*catalog::CatalogRepository(*db).courseCount(), std::int64_t(59));
    }

    void sessionSurvivesTokenExpiryAndSignOut()
    {
        QTemporaryDir profile;
        const auto file = profile.filePath(QStringLiteral("session.json")).toStdString();
        account::FileSessionStore store(file);
        net::ApiClient api(m_http, m_server.baseUrl());
        std::int64_t clock = 1'790'000'000;
        // The client's own clock decides when to refresh; the server's tokens are real.
        account::AccountSession session(store, api, [&] { return clock; });
        const QString password = m_server.demoPassword(QStringLiteral("learner@demo.lectern"));
        QVERIFY(!password.isEmpty());
        auto signedIn = session.signIn("learner@demo.lectern", password.toStdString(), "test");
        QVERIFY2(signedIn.has_value(), signedIn ? "" : signedIn.error().describe().c_str());
        struct stat info {};
        QCOMPARE(::stat(file.c_str(), &info), 0);
        QCOMPARE(info.st_mode & 0777, 0600u); // only the user can read the tokens

        auto token = session.accessToken();
        QVERIFY(token.has_value());
        QCOMPARE(*token, signedIn->accessToken);
        QVERIFY(api.me(*token).has_value());

        // A 401 from the server → forced refresh → a new, working token.
        auto refreshed = session.accessToken(true);
        QVERIFY2(refreshed.has_value(), refreshed ? "" : refreshed.error().describe().c_str());
        QVERIFY(*refreshed != *token);
        QVERIFY(api.me(*refreshed).has_value());

        // Someone replays the old refresh token: the server ends the session, and
        // the next refresh asks the user to sign in again.
        QVERIFY(!api.refreshSession(signedIn->refreshToken).has_value());
        auto ended = session.accessToken(true);
        QVERIFY(!ended.has_value());
        QCOMPARE(ended.error().serverCode, std::string("sign_in_required"));
        QVERIFY(!session.current().has_value());
    }
};

QTEST_GUILESS_MAIN(TestCatalogSyncE2e)
#include "test_catalog_sync_e2e.moc"
