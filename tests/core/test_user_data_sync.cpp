// UserDataSync against a scripted server: how push results and pulled pages
// are applied, and that every failure keeps the outbox.
#include <QTemporaryDir>
#include <QTest>

#include "net_fakes.h"
#include "net/api_client.h"
#include "store/local_store.h"
#include "sync/notes_repository.h"
#include "sync/outbox.h"
#include "sync/progress_repository.h"
#include "sync/user_data_sync.h"
#include "sync/wishlist_repository.h"

using namespace lectern;
using nlohmann::json;

namespace {

constexpr const char* kCourse = "0190a000-0000-7000-8000-000000000001";
constexpr const char* kLesson = "0190a000-0000-7000-8000-0000000000a1";
constexpr const char* kCopy = "0190a000-0000-7000-8000-0000000000c1";

std::string pushAnswer(const json& results) { return json{{"results", results}}.dump(); }

std::string page(const json& changes, const std::string& next, bool more = false)
{
    return json{{"changes", changes}, {"next_cursor", next}, {"has_more", more}}.dump();
}

json noteChange(std::int64_t seq, const std::string& id, std::int64_t revision, const std::string& text,
                const json& conflictOf = nullptr)
{
    json fields{{"course_id", kCourse}, {"lesson_id", nullptr}, {"position_ms", nullptr}, {"text", text}};
    if (!conflictOf.is_null())
        fields["conflict_of"] = conflictOf;
    return json{{"seq", seq},      {"entity", "note"}, {"id", id},   {"revision", revision},
                {"deleted", false}, {"fields", fields}, {"updated_at", "2026-01-01T00:00:00Z"}};
}

json sentOpIds(const net::HttpRequest& request)
{
    json ids = json::array();
    for (const json& m : json::parse(request.body)["mutations"])
        ids.push_back(m["op_id"]);
    return ids;
}

} // namespace

class TestUserDataSync final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;

    store::Database open()
    {
        auto db = store::openLocalStore(m_dir.filePath(QString::number(++m_n) + QStringLiteral(".db")).toStdString());
        if (!db)
            qFatal("open: %s", db.error().detail.c_str());
        return std::move(*db);
    }

    static net::ApiResult<std::string> token(bool) { return std::string("token"); }

private Q_SLOTS:
    void conflictKeepsLocalTextUntilBothVersionsArrive()
    {
        auto db = open();
        sync::NotesRepository notes(db);
        auto note = notes.create({kCourse, std::nullopt, std::nullopt, "mine"});
        QVERIFY(note);
        test::ScriptedHttpClient http;
        net::ApiClient api(http, "http://server");
        sync::UserDataSync engine(db, api);

        // The push is answered "conflict" only after we know the op_id, so the
        // first run pushes and fails on the (scripted) malformed pull.
        auto opId = (*sync::Outbox(db).nextBatch(1))[0].opId;
        http.pushJson(200, pushAnswer(json::array(
                               {{{"op_id", opId}, {"status", "conflict"}, {"revision", 3}, {"conflict_id", kCopy}}})));
        http.pushJson(200, "{\"changes\": [}"); // malformed
        auto first = engine.run(token);
        QVERIFY(!first);
        QCOMPARE(first.error().code, sync::SyncErrorCode::Network);
        QCOMPARE(first.error().api->code, net::ApiErrorCode::BadResponse);
        QCOMPARE((*notes.find(note->id))->text, std::string("mine")); // kept until the pull
        QVERIFY(http.requests[0].safeToRepeat());                    // op_ids make the POST repeatable

        test::ScriptedHttpClient later; // a scripted client repeats its last answer: start afresh
        net::ApiClient laterApi(later, "http://server");
        sync::UserDataSync laterEngine(db, laterApi);
        later.pushJson(200, page(json::array({noteChange(7, note->id, 3, "theirs"),
                                              noteChange(8, kCopy, 1, "mine", note->id)}),
                                 "8"));
        auto second = laterEngine.run(token);
        QVERIFY2(second, second ? "" : second.error().describe().c_str());
        QCOMPARE((*notes.find(note->id))->text, std::string("theirs"));
        auto copy = notes.find(kCopy);
        QVERIFY(copy && *copy);
        QCOMPARE((*copy)->text, std::string("mine"));
        QCOMPARE((*copy)->conflictOf, std::optional<std::string>(note->id));
        QCOMPARE(*engine.cursor(), std::string("8"));
    }

    void pulledChangeWaitsBehindAQueuedEdit()
    {
        auto db = open();
        sync::NotesRepository notes(db);
        auto note = notes.create({kCourse, std::nullopt, std::nullopt, "v1"});
        test::ScriptedHttpClient http;
        net::ApiClient api(http, "http://server");
        sync::UserDataSync engine(db, api);
        auto opId = (*sync::Outbox(db).nextBatch(1))[0].opId;
        http.pushJson(200, pushAnswer(json::array({{{"op_id", opId}, {"status", "applied"}, {"revision", 1}}})));
        http.pushJson(200, page(json::array({noteChange(1, note->id, 1, "v1")}), "1"));
        auto first = engine.run(token);
        QVERIFY2(first, first ? "" : first.error().describe().c_str());

        // Local edit queued while another device's edit (revision 2) arrives:
        // ours wins locally until pushed; the server's state is parked.
        QVERIFY(notes.editText(note->id, "local edit"));
        sync::RemoteChanges remote(db);
        protocol::SyncChange change{2, "note", note->id, 2, false, noteChange(2, note->id, 2, "remote")["fields"], 0};
        QVERIFY(db.transaction([&] { return remote.apply(change); }));
        QCOMPARE((*notes.find(note->id))->text, std::string("local edit"));

        // The push conflicts (base 1 ≠ 2): the parked server version is applied at once.
        auto pending = (*sync::Outbox(db).nextBatch(1))[0];
        QCOMPARE(pending.baseRevision, std::int64_t{1});
        test::ScriptedHttpClient later;
        net::ApiClient laterApi(later, "http://server");
        later.pushJson(200, pushAnswer(json::array({{{"op_id", pending.opId}, {"status", "conflict"},
                                                     {"revision", 2}, {"conflict_id", kCopy}}})));
        later.pushJson(200, page(json::array({noteChange(3, kCopy, 1, "local edit", note->id)}), "3"));
        auto settled = sync::UserDataSync(db, laterApi).run(token);
        QVERIFY2(settled, settled ? "" : settled.error().describe().c_str());
        QCOMPARE((*notes.find(note->id))->text, std::string("remote"));
        QCOMPARE((*notes.find(kCopy))->text, std::string("local edit"));
    }

    void rejectedMutationIsKeptAndNotResent()
    {
        auto db = open();
        QVERIFY(sync::ProgressRepository(db).record(kLesson, kCourse, 1, false));
        test::ScriptedHttpClient http;
        net::ApiClient api(http, "http://server");
        sync::UserDataSync engine(db, api);
        auto opId = (*sync::Outbox(db).nextBatch(1))[0].opId;
        http.pushJson(200, pushAnswer(json::array({{{"op_id", opId},
                                                    {"status", "rejected"},
                                                    {"error", {{"code", "invalid_field"},
                                                               {"message", "mutations[0].client_time: too far"},
                                                               {"field", "mutations[0].client_time"}}}}})));
        http.pushJson(200, page(json::array(), "0"));
        auto report = engine.run(token);
        QVERIFY2(report, report ? "" : report.error().describe().c_str());
        QCOMPARE(report->rejected, std::int64_t{1});
        sync::Outbox outbox(db);
        QCOMPARE(*outbox.pendingCount(), std::int64_t{0});
        auto rejected = outbox.rejectedEntries();
        QCOMPARE(rejected->size(), std::size_t{1});
        QVERIFY((*rejected)[0].error.find("invalid_field") != std::string::npos);
        const auto sent = http.requests.size();
        QVERIFY(engine.run(token));
        QCOMPARE(http.requests.size(), sent + 1); // only a pull: the rejected entry is not re-sent
    }

    void unauthorizedRefreshesOnceThenStops()
    {
        auto db = open();
        QVERIFY(sync::NotesRepository(db).create({kCourse, std::nullopt, std::nullopt, "queued"}));
        test::ScriptedHttpClient http;
        net::ApiClient api(http, "http://server");
        sync::UserDataSync engine(db, api);
        http.pushJson(401, R"({"error": {"code": "unauthorized", "message": "token expired"}})");
        std::vector<bool> asked;
        auto result = engine.run([&](bool force) -> net::ApiResult<std::string> {
            asked.push_back(force);
            return std::string(force ? "fresh" : "stale");
        });
        QVERIFY(!result);
        QCOMPARE(result.error().code, sync::SyncErrorCode::SignInRequired);
        QVERIFY((asked == std::vector<bool>{false, true}));
        QCOMPARE(http.requests.size(), std::size_t{2});
        QCOMPARE(*http.requests[1].headers.get("Authorization"), std::string("Bearer fresh"));
        QVERIFY(sentOpIds(http.requests[0]) == sentOpIds(http.requests[1])); // same op_ids on the retry
        QCOMPARE(*sync::Outbox(db).pendingCount(), std::int64_t{1});
    }

    void serverErrorKeepsEverything()
    {
        auto db = open();
        QVERIFY(sync::NotesRepository(db).create({kCourse, std::nullopt, std::nullopt, "queued"}));
        test::ScriptedHttpClient http;
        net::ApiClient api(http, "http://server");
        sync::UserDataSync engine(db, api);
        http.pushJson(503, R"({"error": {"code": "unavailable", "message": "busy"}})", {{"Retry-After", "5"}});
        auto result = engine.run(token);
        QVERIFY(!result);
        QCOMPARE(result.error().code, sync::SyncErrorCode::Network);
        QCOMPARE(result.error().api->code, net::ApiErrorCode::ServerError);
        QCOMPARE(*sync::Outbox(db).pendingCount(), std::int64_t{1});

        // A result count that does not match is a bad answer, not a settlement.
        test::ScriptedHttpClient wrong;
        net::ApiClient wrongApi(wrong, "http://server");
        wrong.pushJson(200, pushAnswer(json::array()));
        auto mismatch = sync::UserDataSync(db, wrongApi).run(token);
        QVERIFY(!mismatch);
        QCOMPARE(mismatch.error().api->code, net::ApiErrorCode::BadResponse);
        QCOMPARE(*sync::Outbox(db).pendingCount(), std::int64_t{1});
    }

    void resyncRequiredPullsASnapshotAndKeepsTheOutbox()
    {
        auto db = open();
        sync::NotesRepository notes(db);
        test::ScriptedHttpClient http;
        net::ApiClient api(http, "http://server");
        sync::UserDataSync engine(db, api, {.pushBatch = 500, .pullLimit = 1});
        http.pushJson(200, page(json::array({noteChange(5, kCopy, 1, "server")}), "5"));
        QVERIFY(engine.run(token));
        QCOMPARE(*engine.cursor(), std::string("5"));
        auto local = notes.create({kCourse, std::nullopt, std::nullopt, "unsent"});
        QVERIFY(notes.editText(kCopy, "edited offline"));

        test::ScriptedHttpClient later;
        net::ApiClient laterApi(later, "http://server");
        sync::UserDataSync again(db, laterApi, {.pushBatch = 500, .pullLimit = 1});
        later.pushError(net::ApiErrorCode::Offline); // the push fails: the outbox stays
        auto offline = again.run(token);
        QVERIFY(!offline);
        QVERIFY2(offline.error().api, offline.error().describe().c_str());
        QCOMPARE(offline.error().api->code, net::ApiErrorCode::Offline);

        // Pull only (empty outbox is not the case here, so go straight to the
        // remote side): 410, then the snapshot over two pages.
        test::ScriptedHttpClient pullOnly;
        net::ApiClient pullApi(pullOnly, "http://server");
        sync::UserDataSync snapshot(db, pullApi, {.pushBatch = 500, .pullLimit = 1});
        json results = json::array();
        const auto queued = sync::Outbox(db).nextBatch(500);
        QVERIFY(queued);
        for (const auto& entry : *queued)
            results.push_back({{"op_id", entry.opId}, {"status", "rejected"}, {"error", {{"code", "test_hold"}}}});
        pullOnly.pushJson(200, pushAnswer(results)); // keep them queued (as rejected) for this test
        pullOnly.pushJson(410, R"({"error": {"code": "resync_required", "message": "pull again"}})");
        pullOnly.pushJson(200, page(json::array({noteChange(9, kCopy, 2, "server v2")}), "9", true));
        pullOnly.pushJson(200, page(json::array(), "9"));
        auto report = snapshot.run(token);
        QVERIFY2(report, report ? "" : report.error().describe().c_str());
        QVERIFY(report->resynced);
        QVERIFY(pullOnly.requests[2].url.find("after=") == std::string::npos); // from the start
        QCOMPARE((*notes.find(kCopy))->text, std::string("edited offline")); // local unsent wins
        QCOMPARE((*notes.find(local->id))->text, std::string("unsent"));
        QCOMPARE(sync::Outbox(db).rejectedEntries()->size(), std::size_t{2});
        QCOMPARE(*snapshot.cursor(), std::string("9"));
    }

    // Another device deleted a note and a wishlist entry while this one was
    // away long enough for the server to purge their tombstones: the snapshot
    // no longer mentions them, so they go here too once it is complete, even
    // when the snapshot is interrupted half-way. Queued local edits stay.
    void resyncRemovesWhatWasDeletedDuringTheGap()
    {
        constexpr const char* kKept = "0190a000-0000-7000-8000-0000000000d1";
        constexpr const char* kGone = "0190a000-0000-7000-8000-0000000000d2";
        constexpr const char* kEdited = "0190a000-0000-7000-8000-0000000000d3";
        constexpr const char* kWished = "0190a000-0000-7000-8000-0000000000e1";
        auto db = open();
        sync::NotesRepository notes(db);
        sync::WishlistRepository wishlist(db);
        {
            test::ScriptedHttpClient http;
            net::ApiClient api(http, "http://server");
            json wish{{"seq", 4},        {"entity", "wishlist"}, {"id", kWished},
                      {"revision", 1},   {"deleted", false},     {"fields", json::object()},
                      {"updated_at", "2026-01-01T00:00:00Z"}};
            http.pushJson(200, page(json::array({noteChange(1, kKept, 1, "kept"), noteChange(2, kGone, 1, "gone"),
                                                 noteChange(3, kEdited, 1, "edited"), wish}),
                                    "4"));
            QVERIFY(sync::UserDataSync(db, api).run(token));
            QVERIFY(*wishlist.contains(kWished));
        }
        QVERIFY(notes.editText(kEdited, "edited offline")); // queued: must survive
        auto fresh = notes.create({kCourse, std::nullopt, std::nullopt, "written offline"});
        QVERIFY(fresh);

        // Run 1: the push is held, the pull hits 410, the snapshot's first page
        // arrives (mentioning only kKept) and then the network drops.
        {
            test::ScriptedHttpClient http;
            net::ApiClient api(http, "http://server");
            json results = json::array();
            const auto queued = sync::Outbox(db).nextBatch(500);
            QVERIFY(queued);
            for (const auto& entry : *queued)
                results.push_back({{"op_id", entry.opId}, {"status", "rejected"}, {"error", {{"code", "test_hold"}}}});
            http.pushJson(200, pushAnswer(results));
            http.pushJson(410, R"({"error": {"code": "resync_required", "message": "pull again"}})");
            http.pushJson(200, page(json::array({noteChange(20, kKept, 1, "kept")}), "20", true));
            http.pushError(net::ApiErrorCode::Offline);
            auto interrupted = sync::UserDataSync(db, api, {.pushBatch = 500, .pullLimit = 1}).run(token);
            QVERIFY(!interrupted);
            QVERIFY((*notes.find(kGone)).has_value()); // nothing removed before the snapshot is complete
        }
        // Run 2 (say, after a restart): the snapshot goes on from its cursor and completes.
        test::ScriptedHttpClient http;
        net::ApiClient api(http, "http://server");
        http.pushJson(200, page(json::array(), "20"));
        auto report = sync::UserDataSync(db, api).run(token);
        QVERIFY2(report, report ? "" : report.error().describe().c_str());
        QVERIFY(report->resynced);
        QCOMPARE(report->removedInResync, std::int64_t{2});
        QVERIFY(http.requests.back().url.find("after=20") != std::string::npos);
        QVERIFY(!(*notes.find(kGone)).has_value());
        QVERIFY(!*wishlist.contains(kWished));
        QCOMPARE((*notes.find(kKept))->text, std::string("kept"));
        QCOMPARE((*notes.find(kEdited))->text, std::string("edited offline"));
        QCOMPARE((*notes.find(fresh->id))->text, std::string("written offline"));

        // The snapshot is over: a later ordinary pull removes nothing more.
        test::ScriptedHttpClient later;
        net::ApiClient laterApi(later, "http://server");
        later.pushJson(200, page(json::array(), "20"));
        auto quiet = sync::UserDataSync(db, laterApi).run(token);
        QVERIFY(quiet);
        QVERIFY(!quiet->resynced);
        QVERIFY((*notes.find(kKept)).has_value());
    }
};

QTEST_APPLESS_MAIN(TestUserDataSync)
#include "test_user_data_sync.moc"
