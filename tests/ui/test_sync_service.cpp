// SyncService's scheduling, against a fake server that answers slowly with 503:
// requests made while a sync runs are coalesced into one more run, and a
// failure is reported with its next retry and kept in the recent errors.
#include <atomic>
#include <thread>

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "services/keychain_session_store.h"
#include "services/sync_service.h"

using namespace lectern;

namespace {

class SlowUnavailableServer final : public net::HttpClient {
public:
    explicit SlowUnavailableServer(std::shared_ptr<std::atomic<int>> requests)
        : m_requests(std::move(requests))
    {
    }
    [[nodiscard]] net::HttpResult send(const net::HttpRequest&, const net::CancelToken*) override
    {
        ++*m_requests;
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        net::HttpResponse response;
        response.status = 503;
        response.headers.add("Content-Type", "application/json");
        response.body = R"({"error": {"code": "unavailable", "message": "maintenance"}})";
        return response;
    }

private:
    std::shared_ptr<std::atomic<int>> m_requests;
};

} // namespace

class TestSyncService final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void coalescesRequestsWhileRunning();
};

void TestSyncService::coalescesRequestsWhileRunning()
{
    QTemporaryDir dir;
    auto requests = std::make_shared<std::atomic<int>>(0);
    ui::SyncService::Options options;
    options.serverUrl = QStringLiteral("http://127.0.0.1:9");
    options.databasePath = dir.filePath(QStringLiteral("lectern.db"));
    options.makeSessionStore = [] { return std::make_unique<ui::MemorySessionStore>(); };
    options.makeHttpClient = [requests] { return std::make_unique<SlowUnavailableServer>(requests); };
    options.firstRetry = std::chrono::hours(1); // no retry inside this test
    options.maxRetry = std::chrono::hours(2);
    ui::SyncService sync(std::move(options));
    QSignalSpy states(&sync, &ui::SyncService::stateChanged);

    sync.start();
    QCOMPARE(sync.state().phase, ui::SyncState::Phase::Syncing);
    for (int i = 0; i < 5; ++i)
        sync.syncNow();
    QCOMPARE(sync.runsStarted(), 1);

    QTRY_COMPARE_WITH_TIMEOUT(sync.runsStarted(), 2, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(sync.state().phase, ui::SyncState::Phase::Failed, 10000);
    QTest::qWait(500);
    QCOMPARE(sync.runsStarted(), 2); // five requests during run 1 made exactly one more run
    QCOMPARE(requests->load(), 2);

    const ui::SyncState& state = sync.state();
    QVERIFY(state.error);
    QVERIFY(state.error->network);
    QCOMPARE(state.error->network->code, net::ApiErrorCode::ServerError);
    QVERIFY(state.nextRetry > QDateTime::currentDateTime().addSecs(30 * 60));
    QCOMPARE(sync.recentErrors().size(), std::size_t{2});
    QCOMPARE(sync.recentErrors().front().stage, ui::SyncError::Stage::Catalog);
    // The account was never needed: the app works without one.
    QVERIFY(!sync.account().signedIn);
}

QTEST_GUILESS_MAIN(TestSyncService)
#include "test_sync_service.moc"
