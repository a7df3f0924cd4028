// Sync against a misbehaving server: the real lectern-server behind a
// fault-injecting proxy. For every fault, on the catalog pull and on the
// user-data push and pull, the run fails with a typed error, nothing local is
// lost or half-applied, and the next run once the server behaves completes
// the data without duplicates.
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <array>
#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "fault_proxy.h"
#include "net/api_client.h"
#include "net/curl_http_client.h"
#include "net/retrying_http_client.h"
#include "net_fakes.h"
#include "server_process.h"
#include "short_timeout_http_client.h"
#include "store/local_store.h"
#include "sync/app_state.h"
#include "sync/catalog_sync.h"
#include "sync/notes_repository.h"
#include "sync/outbox.h"
#include "sync/user_data_sync.h"

using namespace lectern;
using namespace std::chrono_literals;

namespace {

constexpr const char* kCourse = "0190a000-0000-7000-8000-000000000001";
constexpr std::int64_t kNow = 1'790'000'000;
constexpr int kAttempts = 2;     // RetryPolicy::maxAttempts in this test
constexpr int kCatalogPage = 20; // several pages, so a fault can hit the second
constexpr int kPullPage = 2;

struct FaultCase {
    test::Fault fault;
    net::ApiErrorCode code;
};

constexpr std::array kCases{
    FaultCase{test::Fault::ServerError, net::ApiErrorCode::ServerError},
    FaultCase{test::Fault::Unavailable, net::ApiErrorCode::ServerError},
    FaultCase{test::Fault::RateLimited, net::ApiErrorCode::RateLimited},
    FaultCase{test::Fault::MalformedJson, net::ApiErrorCode::BadResponse},
    FaultCase{test::Fault::TruncatedBody, net::ApiErrorCode::BadResponse},
    FaultCase{test::Fault::WrongContentType, net::ApiErrorCode::BadResponse},
    FaultCase{test::Fault::HugeBody, net::ApiErrorCode::BadResponse},
    FaultCase{test::Fault::Hang, net::ApiErrorCode::Timeout},
    FaultCase{test::Fault::DropAnswer, net::ApiErrorCode::Timeout},
};

bool hasRetryAfter(test::Fault fault) { return fault == test::Fault::Unavailable || fault == test::Fault::RateLimited; }

// One profile: a data dir and its local store.
struct Profile {
    QTemporaryDir dir;
    std::optional<store::Database> db;

    bool open()
    {
        auto opened = store::openLocalStore(dir.filePath(QStringLiteral("lectern.db")).toStdString());
        if (opened)
            db.emplace(std::move(*opened));
        return db.has_value();
    }
};

std::string firstText(store::Database& db, std::string_view sql)
{
    auto statement = db.prepare(sql);
    if (!statement)
        return "prepare failed";
    auto row = statement->step();
    return row && *row ? statement->text(0) : "no row";
}

std::int64_t firstInt(store::Database& db, std::string_view sql)
{
    auto statement = db.prepare(sql);
    if (!statement)
        return -1;
    auto row = statement->step();
    return row && *row ? statement->int64(0) : -1;
}

std::string catalogCursor(store::Database& db)
{
    auto cursor = sync::readState(db, sync::CatalogSync::kCursorKey);
    return cursor && *cursor ? **cursor : std::string();
}

std::vector<std::string> noteTexts(store::Database& db)
{
    std::vector<std::string> out;
    auto all = sync::NotesRepository(db).all();
    if (all)
        for (const auto& note : *all)
            out.push_back(note.text);
    std::sort(out.begin(), out.end());
    return out;
}

std::int64_t pending(store::Database& db) { return sync::Outbox(db).pendingCount().value_or(-1); }

} // namespace

class TestSyncFaultsE2e final : public QObject {
    Q_OBJECT

    test::ServerProcess m_server;
    std::optional<test::FaultProxy> m_proxy;
    net::CurlHttpClient m_curl; // product defaults (64 MB body limit)
    // Straight to the server, for set-up and for checking what it holds. Reset
    // before the server stops, which otherwise waits out its idle connections.
    std::optional<net::CurlHttpClient> m_directCurl{std::in_place};
    test::ShortTimeoutHttpClient m_short{m_curl};
    test::RecordingSleeper m_sleeper; // retries without the wait
    net::RetryingHttpClient m_http{m_short, m_sleeper, net::RetryPolicy{.maxAttempts = kAttempts}};
    std::int64_t m_catalogCourses = 0;
    std::string m_catalogCursor;
    int m_users = 0;

    [[nodiscard]] net::ApiClient viaProxy() { return net::ApiClient(m_http, m_proxy->baseUrl()); }
    [[nodiscard]] net::ApiClient direct() { return net::ApiClient(*m_directCurl, m_server.baseUrl()); }

    std::string newUser()
    {
        const std::string email = "faults" + std::to_string(++m_users) + "@lectern.test";
        auto session = direct().registerAccount({email, "correct horse battery", "Faults"});
        return session ? session->accessToken : std::string();
    }

    static sync::SyncResult<sync::SyncReport> syncNotes(store::Database& db, const net::ApiClient& api,
                                                                      const std::string& token,
                                                                      const sync::SyncProgressCallback& progress = {})
    {
        sync::UserDataSync engine(db, api, {.pullLimit = kPullPage});
        return engine.run([&](bool) -> net::ApiResult<std::string> { return token; }, nullptr, progress);
    }

    // What the learner is told: the typed code, with Retry-After where sent.
    // Transient faults were retried up to maxAttempts; the others were not.
    void checkFailure(const net::ApiError& error, const FaultCase& expected)
    {
        QVERIFY2(error.code == expected.code, error.describe().c_str());
        if (expected.code == net::ApiErrorCode::ServerError)
            QCOMPARE(error.httpStatus, expected.fault == test::Fault::Unavailable ? 503 : 500);
        if (hasRetryAfter(expected.fault)) {
            QVERIFY(error.retryAfter.has_value());
            QCOMPARE(error.retryAfter->count(), 1);
        }
        if (expected.fault == test::Fault::WrongContentType)
            QVERIFY2(error.detail.find("Content-Type") != std::string::npos, error.detail.c_str());
        const int attempts = net::isTransient(expected.code) ? kAttempts : 1;
        QCOMPARE(m_proxy->injected(), attempts);
        QCOMPARE(m_sleeper.delays.size(), std::size_t(attempts - 1));
        for (const auto delay : m_sleeper.delays)
            if (hasRetryAfter(expected.fault))
                QVERIFY(delay >= 1000ms); // Retry-After honoured
    }

    static void addFaultRows()
    {
        QTest::addColumn<int>("index");
        for (std::size_t i = 0; i < kCases.size(); ++i)
            QTest::newRow(test::faultName(kCases[i].fault)) << static_cast<int>(i);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(QStringLiteral(LECTERN_SERVER_BIN), {QStringLiteral("--demo")}),
                 qPrintable(m_server.error()));
        m_proxy.emplace(m_server.baseUrl());
        QVERIFY(m_proxy->start());
        // What a well-behaved server gives: the reference for every recovered run.
        Profile reference;
        QVERIFY(reference.open());
        auto api = direct();
        auto pulled = sync::CatalogSync(*reference.db, api, kCatalogPage).run(kNow);
        QVERIFY2(pulled, pulled ? "" : pulled.error().describe().c_str());
        m_catalogCourses = firstInt(*reference.db, "SELECT COUNT(*) FROM courses");
        m_catalogCursor = catalogCursor(*reference.db);
        QVERIFY(m_catalogCourses > 2 * kCatalogPage);
    }

    void cleanupTestCase()
    {
        m_proxy.reset();
        m_directCurl.reset();
        QCOMPARE(m_server.stop(), 0);
    }

    void init() { m_sleeper.delays.clear(); }
    void cleanup() { m_proxy->disarm(); }

    void catalogPullSurvivesFault_data() { addFaultRows(); }
    void catalogPullSurvivesFault()
    {
        QFETCH(int, index);
        const FaultCase& expected = kCases[static_cast<std::size_t>(index)];
        Profile profile;
        QVERIFY(profile.open());
        auto api = viaProxy();
        sync::CatalogSync catalog(*profile.db, api, kCatalogPage);

        // The first page goes through; the second meets the fault, for more
        // attempts than the retry policy makes.
        m_proxy->arm("/v1/catalog/changes", expected.fault, kAttempts + 1, 1);
        std::string cursorAfterFirstPage;
        auto failed = catalog.run(kNow, nullptr, [&](const sync::CatalogSyncProgress&) {
            if (cursorAfterFirstPage.empty())
                cursorAfterFirstPage = catalogCursor(*profile.db);
        });
        m_proxy->disarm();
        QVERIFY(!failed);
        QVERIFY2(failed.error().api, failed.error().describe().c_str());
        checkFailure(*failed.error().api, expected);
        if (QTest::currentTestFailed())
            return;

        // The applied page is kept with its cursor, and nothing past it.
        QCOMPARE(firstInt(*profile.db, "SELECT COUNT(*) FROM courses"), std::int64_t{kCatalogPage});
        QVERIFY(!cursorAfterFirstPage.empty());
        QCOMPARE(catalogCursor(*profile.db), cursorAfterFirstPage);
        QCOMPARE(firstText(*profile.db, "PRAGMA integrity_check"), std::string("ok"));

        auto healed = catalog.run(kNow);
        QVERIFY2(healed, healed ? "" : healed.error().describe().c_str());
        QCOMPARE(firstInt(*profile.db, "SELECT COUNT(*) FROM courses"), m_catalogCourses);
        QCOMPARE(firstInt(*profile.db, "SELECT COUNT(DISTINCT id) FROM courses"), m_catalogCourses);
        QCOMPARE(catalogCursor(*profile.db), m_catalogCursor);
    }

    void userDataPushSurvivesFault_data() { addFaultRows(); }
    void userDataPushSurvivesFault()
    {
        QFETCH(int, index);
        const FaultCase& expected = kCases[static_cast<std::size_t>(index)];
        const std::string token = newUser();
        QVERIFY(!token.empty());
        Profile device;
        QVERIFY(device.open());
        std::vector<std::string> texts;
        sync::NotesRepository notes(*device.db);
        for (int i = 0; i < 3; ++i) {
            texts.push_back("offline note " + std::to_string(i));
            QVERIFY(notes.create({kCourse, std::nullopt, i * 1000, texts.back()}));
        }
        std::sort(texts.begin(), texts.end());

        auto api = viaProxy();
        m_proxy->arm("/v1/sync/push", expected.fault, kAttempts + 1);
        auto failed = syncNotes(*device.db, api, token);
        m_proxy->disarm();
        QVERIFY(!failed);
        QCOMPARE(failed.error().code, sync::SyncErrorCode::Network);
        QVERIFY(failed.error().api);
        checkFailure(*failed.error().api, expected);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(pending(*device.db), std::int64_t{3}); // every change still owed to the server
        QCOMPARE(noteTexts(*device.db), texts);
        QCOMPARE(firstText(*device.db, "PRAGMA integrity_check"), std::string("ok"));

        auto healed = syncNotes(*device.db, api, token);
        QVERIFY2(healed, healed ? "" : healed.error().describe().c_str());
        QCOMPARE(healed->applied + healed->duplicates, std::int64_t{3});
        if (expected.fault == test::Fault::DropAnswer)
            QCOMPARE(healed->duplicates, std::int64_t{3}); // the server had them; op_ids deduped
        QCOMPARE(pending(*device.db), std::int64_t{0});
        QCOMPARE(noteTexts(*device.db), texts);

        // What the server holds, seen by a fresh profile of the same user.
        Profile fresh;
        QVERIFY(fresh.open());
        auto server = direct();
        QVERIFY(syncNotes(*fresh.db, server, token));
        QCOMPARE(noteTexts(*fresh.db), texts);
    }

    void userDataPullSurvivesFault_data() { addFaultRows(); }
    void userDataPullSurvivesFault()
    {
        QFETCH(int, index);
        const FaultCase& expected = kCases[static_cast<std::size_t>(index)];
        const std::string token = newUser();
        QVERIFY(!token.empty());
        auto server = direct();
        // Another device already put notes on the server: more than one pull page.
        Profile other;
        QVERIFY(other.open());
        std::vector<std::string> texts;
        for (int i = 0; i < 4; ++i) {
            texts.push_back("from the other laptop " + std::to_string(i));
            QVERIFY(sync::NotesRepository(*other.db).create({kCourse, std::nullopt, std::nullopt, texts.back()}));
        }
        QVERIFY(syncNotes(*other.db, server, token));
        Profile device;
        QVERIFY(device.open());
        texts.push_back("written here, offline");
        QVERIFY(sync::NotesRepository(*device.db).create({kCourse, std::nullopt, std::nullopt, texts.back()}));
        std::sort(texts.begin(), texts.end());

        auto api = viaProxy();
        m_proxy->arm("/v1/sync/changes", expected.fault, kAttempts + 1, 1);
        std::string cursorAfterFirstPage;
        auto failed = syncNotes(*device.db, api, token, [&](const sync::SyncProgress& progress) {
            if (progress.phase == sync::SyncProgress::Phase::Pulling && cursorAfterFirstPage.empty())
                cursorAfterFirstPage = sync::UserDataSync(*device.db, api).cursor().value_or("");
        });
        m_proxy->disarm();
        QVERIFY(!failed);
        QCOMPARE(failed.error().code, sync::SyncErrorCode::Network);
        QVERIFY(failed.error().api);
        checkFailure(*failed.error().api, expected);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(!cursorAfterFirstPage.empty());
        QCOMPARE(sync::UserDataSync(*device.db, api).cursor().value_or(""), cursorAfterFirstPage);
        QCOMPARE(pending(*device.db), std::int64_t{0}); // the push before the pull went through
        QVERIFY(std::ranges::count(noteTexts(*device.db), std::string("written here, offline")) == 1);
        QCOMPARE(firstText(*device.db, "PRAGMA integrity_check"), std::string("ok"));

        auto healed = syncNotes(*device.db, api, token);
        QVERIFY2(healed, healed ? "" : healed.error().describe().c_str());
        QCOMPARE(noteTexts(*device.db), texts);
        Profile fresh;
        QVERIFY(fresh.open());
        QVERIFY(syncNotes(*fresh.db, server, token));
        QCOMPARE(noteTexts(*fresh.db), texts);
    }

    // Armed once, a transient fault is absorbed by RetryingHttpClient: the run
    // succeeds and the learner never sees it.
    void transientFaultOnceIsRetriedTransparently_data()
    {
        QTest::addColumn<int>("index");
        QTest::addColumn<QString>("prefix");
        for (std::size_t i = 0; i < kCases.size(); ++i)
            if (net::isTransient(kCases[i].code))
                for (const char* prefix : {"/v1/catalog/changes", "/v1/sync/push"})
                    QTest::addRow("%s %s", test::faultName(kCases[i].fault), prefix) << static_cast<int>(i) << QString::fromLatin1(prefix);
    }
    void transientFaultOnceIsRetriedTransparently()
    {
        QFETCH(int, index);
        QFETCH(QString, prefix);
        const FaultCase& expected = kCases[static_cast<std::size_t>(index)];
        auto api = viaProxy();
        Profile device;
        QVERIFY(device.open());
        m_proxy->arm(prefix.toStdString(), expected.fault, 1);
        if (prefix.contains(QLatin1String("catalog"))) {
            auto pulled = sync::CatalogSync(*device.db, api, kCatalogPage).run(kNow);
            QVERIFY2(pulled, pulled ? "" : pulled.error().describe().c_str());
            QCOMPARE(firstInt(*device.db, "SELECT COUNT(DISTINCT id) FROM courses"), m_catalogCourses);
        } else {
            const std::string token = newUser();
            QVERIFY(sync::NotesRepository(*device.db).create({kCourse, std::nullopt, std::nullopt, "retried"}));
            auto pushed = syncNotes(*device.db, api, token);
            QVERIFY2(pushed, pushed ? "" : pushed.error().describe().c_str());
            QCOMPARE(pending(*device.db), std::int64_t{0});
            Profile fresh;
            QVERIFY(fresh.open());
            auto server = direct();
            QVERIFY(syncNotes(*fresh.db, server, token));
            QCOMPARE(noteTexts(*fresh.db), std::vector<std::string>{"retried"});
        }
        QCOMPARE(m_proxy->injected(), 1);
        QCOMPARE(m_sleeper.delays.size(), std::size_t{1});
        if (hasRetryAfter(expected.fault))
            QVERIFY(m_sleeper.delays.front() >= 1000ms);
    }
};

QTEST_GUILESS_MAIN(TestSyncFaultsE2e)
#include "test_sync_faults_e2e.moc"
