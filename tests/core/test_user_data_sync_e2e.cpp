// User-data sync between two profiles (two local databases) of one user,
// through the real transport against the real lectern-server on 127.0.0.1.
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <memory>

#include "net/api_client.h"
#include "server_process.h"
#include "net/curl_http_client.h"
#include "net/retrying_http_client.h"
#include "store/local_store.h"
#include "sync/event_log.h"
#include "sync/notes_repository.h"
#include "sync/outbox.h"
#include "sync/progress_repository.h"
#include "sync/user_data_sync.h"
#include "sync/wishlist_repository.h"

using namespace lectern;

namespace {

constexpr const char* kCourse = "0190a000-0000-7000-8000-000000000001";
constexpr const char* kLesson = "0190a000-0000-7000-8000-0000000000a1";

// Forwards to the real transport; while armed, the server's answer to a push
// is dropped after the server has stored it, like a connection lost (or the
// client killed) after the commit.
class AnswerDroppingHttpClient final : public net::HttpClient {
public:
    explicit AnswerDroppingHttpClient(net::HttpClient& real)
        : m_real(real)
    {
    }
    [[nodiscard]] net::HttpResult send(const net::HttpRequest& request, const net::CancelToken* cancel) override
    {
        auto result = m_real.send(request, cancel);
        if (armed && request.url.find("/v1/sync/push") != std::string::npos) {
            ++dropped;
            return net::apiFail(net::ApiErrorCode::Network, "answer dropped by the test");
        }
        return result;
    }
    std::atomic<bool> armed{true};
    std::atomic<int> dropped{0};

private:
    net::HttpClient& m_real;
};

// One profile: its own data dir, database and session.
struct Device {
    QTemporaryDir dir;
    store::Database db;
    std::string token;

    static std::unique_ptr<Device> open(std::string token)
    {
        auto device = std::make_unique<Device>();
        auto db = store::openLocalStore(device->dir.filePath(QStringLiteral("lectern.db")).toStdString());
        if (!db)
            return nullptr;
        device->db = std::move(*db);
        device->token = std::move(token);
        return device;
    }
    Device()
        : db(std::move(*store::Database::open(":memory:")))
    {
    }
};

} // namespace

class TestUserDataSyncE2e final : public QObject {
    Q_OBJECT

    lectern::test::ServerProcess m_server;
    std::string m_baseUrl;
    net::CurlHttpClient m_curl;
    net::SystemSleeper m_sleeper;
    net::RetryingHttpClient m_http{m_curl, m_sleeper};
    int m_users = 0;

    // Registers a fresh user and returns two devices signed in as that user.
    std::pair<std::unique_ptr<Device>, std::unique_ptr<Device>> twoDevices()
    {
        net::ApiClient api(m_http, m_baseUrl);
        const std::string email = "sync" + std::to_string(++m_users) + "@lectern.test";
        auto first = api.registerAccount({email, "correct horse battery", "Sync"});
        auto second = api.signIn({email, "correct horse battery", "second laptop"});
        if (!first || !second)
            return {};
        return {Device::open(first->accessToken), Device::open(second->accessToken)};
    }

    sync::SyncResult<sync::SyncReport> syncWith(Device& device, net::HttpClient& http)
    {
        net::ApiClient api(http, m_baseUrl);
        sync::UserDataSync engine(device.db, api, {.pushBatch = 500, .pullLimit = 2});
        return engine.run([&](bool) -> net::ApiResult<std::string> { return device.token; });
    }
    sync::SyncResult<sync::SyncReport> syncDevice(Device& device) { return syncWith(device, m_http); }

    static std::vector<std::string> texts(Device& device)
    {
        sync::NotesRepository notes(device.db);
        std::vector<std::string> out;
        const auto all = notes.all();
        for (const auto& note : all.value())
            out.push_back(note.text);
        std::sort(out.begin(), out.end());
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(QStringLiteral(LECTERN_SERVER_BIN)), qPrintable(m_server.error()));
        m_baseUrl = m_server.baseUrl();
    }

    void cleanupTestCase() { QCOMPARE(m_server.stop(), 0); }

    void differentNotesOfflineReachBothDevices()
    {
        auto [a, b] = twoDevices();
        QVERIFY(a && b);
        sync::NotesRepository notesA(a->db);
        sync::NotesRepository notesB(b->db);
        QVERIFY(notesA.create({kCourse, kLesson, 61000, "from laptop A"}));
        QVERIFY(notesB.create({kCourse, std::nullopt, std::nullopt, "from laptop B — 日本語 ✓"}));
        for (int round = 0; round < 2; ++round) {
            for (Device* device : {a.get(), b.get()}) {
                auto report = syncDevice(*device);
                QVERIFY2(report, report ? "" : report.error().describe().c_str());
            }
        }
        const std::vector<std::string> expected{"from laptop A", "from laptop B — 日本語 ✓"};
        QCOMPARE(texts(*a), expected);
        QCOMPARE(texts(*b), expected);
        QCOMPARE(*sync::Outbox(a->db).pendingCount(), std::int64_t{0});
        QCOMPARE(*sync::Outbox(b->db).pendingCount(), std::int64_t{0});
    }

    void sameNoteEditedOnBothKeepsBothVersions()
    {
        auto [a, b] = twoDevices();
        QVERIFY(a && b);
        sync::NotesRepository notesA(a->db);
        sync::NotesRepository notesB(b->db);
        auto note = notesA.create({kCourse, kLesson, 1000, "original"});
        QVERIFY(note);
        QVERIFY(syncDevice(*a));
        QVERIFY(syncDevice(*b));
        QCOMPARE(texts(*b), std::vector<std::string>{"original"});

        // Offline on both: several edits each (the unsent ones coalesce).
        QVERIFY(notesA.editText(note->id, "A: first"));
        QVERIFY(notesA.editText(note->id, "A: final"));
        QVERIFY(notesB.editText(note->id, "B: final"));
        for (int round = 0; round < 2; ++round) {
            for (Device* device : {a.get(), b.get()}) {
                auto report = syncDevice(*device);
                QVERIFY2(report, report ? "" : report.error().describe().c_str());
            }
        }
        const std::vector<std::string> expected{"A: final", "B: final"};
        for (Device* device : {a.get(), b.get()}) {
            QCOMPARE(texts(*device), expected);
            sync::NotesRepository notes(device->db);
            auto original = notes.find(note->id);
            QVERIFY(original && *original);
            QCOMPARE((*original)->text, std::string("A: final")); // the first to reach the server
            QVERIFY(!(*original)->isConflictCopy());
            int copies = 0;
            const auto all = notes.all();
            QVERIFY(all);
            for (const auto& one : *all)
                if (one.conflictOf == note->id) {
                    ++copies;
                    QCOMPARE(one.text, std::string("B: final"));
                }
            QCOMPARE(copies, 1);
        }
    }

    void progressMerges()
    {
        auto [a, b] = twoDevices();
        QVERIFY(a && b);
        std::int64_t fakeNow = sync::systemNowMillis() - 60'000;
        sync::ProgressRepository progressA(a->db, [&] { return fakeNow; });
        sync::ProgressRepository progressB(b->db, [&] { return fakeNow; });
        QVERIFY(progressA.record(kLesson, kCourse, 90'000, true)); // finished earlier on A
        fakeNow += 5'000;
        QVERIFY(progressB.record(kLesson, kCourse, 30'000, false)); // later rewatch on B
        for (int round = 0; round < 2; ++round)
            for (Device* device : {a.get(), b.get()})
                QVERIFY(syncDevice(*device));
        for (Device* device : {a.get(), b.get()}) {
            auto merged = sync::ProgressRepository(device->db).find(kLesson);
            QVERIFY(merged && *merged);
            QCOMPARE((*merged)->positionMs, std::int64_t{30'000}); // last writer by client time
            QVERIFY((*merged)->completed);                         // sticky
        }
    }

    void eventsAndWishlistAreNotDuplicated()
    {
        auto [a, b] = twoDevices();
        QVERIFY(a && b);
        sync::EventLog eventsA(a->db);
        QVERIFY(eventsA.append("lesson_started", kCourse, kLesson));
        QVERIFY(eventsA.append("quiz_answered", kCourse, kLesson, 0.75));
        QVERIFY(eventsA.append("search", std::nullopt, std::nullopt, "python"));
        QVERIFY(sync::WishlistRepository(a->db).add(kCourse));
        for (int round = 0; round < 3; ++round)
            for (Device* device : {a.get(), b.get()})
                QVERIFY(syncDevice(*device));
        QCOMPARE(sync::EventLog(a->db).all()->size(), std::size_t{3});
        QCOMPARE(sync::EventLog(b->db).all()->size(), std::size_t{3});
        QVERIFY(*sync::WishlistRepository(b->db).contains(kCourse));

        QVERIFY(sync::WishlistRepository(b->db).remove(kCourse));
        QVERIFY(syncDevice(*b));
        QVERIFY(syncDevice(*a));
        QVERIFY(!*sync::WishlistRepository(a->db).contains(kCourse));
    }

    void lostPushAnswerIsReplayedWithoutDuplicates()
    {
        auto [a, b] = twoDevices();
        QVERIFY(a && b);
        sync::NotesRepository notesA(a->db);
        for (int i = 0; i < 3; ++i)
            QVERIFY(notesA.create({kCourse, kLesson, i * 1000, "note " + std::to_string(i)}));
        QVERIFY(sync::EventLog(a->db).append("lesson_completed", kCourse, kLesson));

        AnswerDroppingHttpClient dropping(m_curl);
        auto failed = syncWith(*a, dropping);
        QVERIFY(!failed);
        QCOMPARE(failed.error().code, sync::SyncErrorCode::Network);
        QCOMPARE(dropping.dropped.load(), 1);
        QCOMPARE(*sync::Outbox(a->db).pendingCount(), std::int64_t{4}); // nothing lost locally

        // A local edit after the lost answer must not ride on the frozen op_id.
        const auto all = notesA.all();
        QVERIFY(all);
        const auto first = std::find_if(all->begin(), all->end(), [](const auto& n) { return n.text == "note 0"; });
        QVERIFY(first != all->end());
        QVERIFY(notesA.editText(first->id, "note 0, edited after the crash"));

        auto report = syncDevice(*a);
        QVERIFY2(report, report ? "" : report.error().describe().c_str());
        QCOMPARE(report->duplicates, std::int64_t{4});
        QVERIFY(syncDevice(*a)); // the queued edit, after its rebase
        QVERIFY(syncDevice(*b));
        const std::vector<std::string> expected{"note 0, edited after the crash", "note 1", "note 2"};
        QCOMPARE(texts(*a), expected);
        QCOMPARE(texts(*b), expected);
        QCOMPARE(sync::EventLog(b->db).all()->size(), std::size_t{1});
        QCOMPARE(*sync::Outbox(a->db).pendingCount(), std::int64_t{0});
    }

    void expiredTokenRefreshesOnceThenAsksToSignIn()
    {
        auto [a, b] = twoDevices();
        QVERIFY(a && b);
        QVERIFY(sync::NotesRepository(a->db).create({kCourse, std::nullopt, std::nullopt, "kept"}));
        net::ApiClient api(m_http, m_baseUrl);
        sync::UserDataSync engine(a->db, api);

        int refreshes = 0;
        auto revoked = engine.run([&](bool force) -> net::ApiResult<std::string> {
            if (!force)
                return std::string("expired-token");
            ++refreshes;
            net::ApiError error;
            error.code = net::ApiErrorCode::Unauthorized;
            error.serverCode = "invalid_refresh_token";
            return std::unexpected(error);
        });
        QVERIFY(!revoked);
        QCOMPARE(revoked.error().code, sync::SyncErrorCode::SignInRequired);
        QCOMPARE(refreshes, 1);
        QCOMPARE(*sync::Outbox(a->db).pendingCount(), std::int64_t{1});

        auto refreshed = engine.run([&](bool force) -> net::ApiResult<std::string> {
            return force ? a->token : std::string("expired-token");
        });
        QVERIFY2(refreshed, refreshed ? "" : refreshed.error().describe().c_str());
        QCOMPARE(refreshed->applied, std::int64_t{1});
        QCOMPARE(*sync::Outbox(a->db).pendingCount(), std::int64_t{0});
    }
};

QTEST_GUILESS_MAIN(TestUserDataSyncE2e)
#include "test_user_data_sync_e2e.moc"
