// User-data sync through the real router (docs/api.md "User-data sync"):
// push/pull, idempotency, merge rules per entity, ownership, cursors and the
// tombstone horizon, validation inside a batch, and concurrent pushes.
#include <QTest>

#include <atomic>
#include <set>
#include <thread>

#include "server_test_support.h"
#include "sync/sync_types.h"
#include "util/time_format.h"
#include "util/uuid.h"

using namespace lectern;
using lectern::test::errorCode;
using nlohmann::json;

namespace {

// Deterministic, distinct, canonical ids.
std::string uid(std::uint64_t n) { return uuid::makeV7(1'700'000'000'000 + static_cast<std::int64_t>(n), n, n); }

const std::string kCourse = uid(900);
const std::string kLesson = uid(901);
const std::string kDeviceA = uid(801);
const std::string kDeviceB = uid(802);

class Client final {
public:
    Client(test::TestServer& server, std::string token, std::string device)
        : m_server(server)
        , m_token(std::move(token))
        , m_device(std::move(device))
    {
    }

    // A client time relative to the server clock.
    [[nodiscard]] std::string at(std::int64_t offsetSeconds = 0) const
    {
        return timefmt::formatRfc3339(m_server.clock.now() + offsetSeconds);
    }

    [[nodiscard]] json mutation(const std::string& entity, const std::string& id, std::int64_t base, json fields,
                                bool deleted = false, std::int64_t timeOffset = 0)
    {
        json m{{"op_id", uid(s_nextOp++)}, {"entity", entity}, {"id", id}, {"base_revision", base},
               {"deleted", deleted}, {"client_time", at(timeOffset)}};
        if (!fields.is_null())
            m["fields"] = std::move(fields);
        return m;
    }

    [[nodiscard]] json note(const std::string& id, std::int64_t base, const std::string& text, bool deleted = false)
    {
        return mutation("note", id, base,
                        deleted ? json(nullptr)
                                : json{{"course_id", kCourse}, {"lesson_id", kLesson}, {"position_ms", 61000},
                                       {"text", text}},
                        deleted);
    }

    void setToken(std::string token) { m_token = std::move(token); }

    server::ApiResponse push(const json& mutations) const
    {
        return m_server.send("POST", "/v1/sync/push", json{{"device_id", m_device}, {"mutations", mutations}},
                             m_token);
    }

    // The results array of a push that must succeed.
    json results(const json& mutations) const
    {
        auto response = push(mutations);
        if (response.status != 200)
            qWarning("push failed: %d %s", response.status, response.json.dump().c_str());
        return response.json.value("results", json::array());
    }

    server::ApiResponse pull(const std::string& after, int limit = 0) const
    {
        std::string path = "/v1/sync/changes?after=" + after;
        if (limit > 0)
            path += "&limit=" + std::to_string(limit);
        return m_server.send("GET", path, nullptr, m_token);
    }

    // Every change after the cursor, following next_cursor; the final cursor in `cursor`.
    json pullAll(std::string& cursor, int limit = 1000) const
    {
        json all = json::array();
        for (int guard = 0; guard < 1000; ++guard) {
            auto page = pull(cursor, limit);
            if (page.status != 200) {
                qWarning("pull failed: %d %s", page.status, page.json.dump().c_str());
                return all;
            }
            for (const auto& change : page.json["changes"])
                all.push_back(change);
            cursor = page.json["next_cursor"].get<std::string>();
            if (!page.json["has_more"].get<bool>())
                break;
        }
        return all;
    }

    json snapshot() const
    {
        std::string cursor = "0";
        return pullAll(cursor);
    }

private:
    test::TestServer& m_server;
    std::string m_token;
    std::string m_device;
    static inline std::atomic<std::uint64_t> s_nextOp{1'000'000}; // op_ids unique across devices and threads
};

// A new access token after the clock jumped past the old one's expiry.
std::string signInAgain(test::TestServer& server, const std::string& email)
{
    auto session = server.services().accounts.signIn(email, "correct horse battery", "", "127.0.0.1");
    if (!session)
        qFatal("sign-in failed: %s", session.error().message.c_str());
    return session->accessToken;
}

// The change for (entity, id) in a pull, or null.
json findChange(const json& changes, const std::string& entity, const std::string& id)
{
    for (const auto& change : changes)
        if (change["entity"] == entity && change["id"] == id)
            return change;
    return nullptr;
}

} // namespace

class TestSync final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void requiresSignIn()
    {
        test::TestServer server;
        auto push = server.send("POST", "/v1/sync/push", json{{"device_id", kDeviceA}, {"mutations", json::array()}});
        QCOMPARE(push.status, 401);
        QCOMPARE(errorCode(push), std::string("unauthorized"));
        QCOMPARE(server.send("GET", "/v1/sync/changes?after=0").status, 401);
        QCOMPARE(server.send("GET", "/v1/sync/changes?after=0", nullptr, "bogus").status, 401);
    }

    void pushThenPullRoundTrip()
    {
        test::TestServer server;
        Client a(server, server.signUp("a@example.com").accessToken, kDeviceA);
        // Emoji, right-to-left text, a combining mark, an RTL override: kept byte for byte.
        const std::string text = "نور 🎓 e\u0301 \u202Eabc\u202C 学习";
        const json batch = json::array(
            {a.note(uid(1), 0, text),
             a.mutation("progress", kLesson, 0, {{"course_id", kCourse}, {"position_ms", 5000}, {"completed", false}}),
             a.mutation("event", uid(2), 0,
                        {{"kind", "lesson_started"}, {"course_id", kCourse}, {"lesson_id", kLesson}, {"value", 1},
                         {"at", a.at()}}),
             a.mutation("wishlist", kCourse, 0, json::object())});
        const json results = a.results(batch);
        QCOMPARE(results.size(), std::size_t(4));
        for (std::size_t i = 0; i < 4; ++i) {
            QVERIFY(results[i]["op_id"] == batch[i]["op_id"]);
            QVERIFY(results[i]["status"] == "applied");
            QVERIFY(results[i]["revision"] == 1);
        }

        auto page = a.pull("0");
        QCOMPARE(page.status, 200);
        const json& changes = page.json["changes"];
        QCOMPARE(changes.size(), std::size_t(4));
        QVERIFY(!page.json["has_more"].get<bool>());
        std::int64_t lastSeq = 0;
        for (const auto& change : changes) {
            QVERIFY(change["seq"].get<std::int64_t>() > lastSeq);
            lastSeq = change["seq"];
            QVERIFY(change["deleted"] == false);
            QVERIFY(change["updated_at"] == timefmt::formatRfc3339(server.clock.now()));
        }
        QCOMPARE(page.json["next_cursor"].get<std::string>(), std::to_string(lastSeq));
        const json note = findChange(changes, "note", uid(1));
        QVERIFY(note["fields"]["text"].get<std::string>() == text);
        QVERIFY(note["fields"]["course_id"] == kCourse);
        QVERIFY(note["fields"]["position_ms"] == 61000);
        QVERIFY(findChange(changes, "progress", kLesson)["fields"]["position_ms"] == 5000);
        QVERIFY(findChange(changes, "event", uid(2))["fields"]["kind"] == "lesson_started");
        QVERIFY(findChange(changes, "wishlist", kCourse)["fields"] == json::object());

        // Nothing new after the cursor.
        auto empty = a.pull(page.json["next_cursor"]);
        QCOMPARE(empty.status, 200);
        QVERIFY(empty.json["changes"].empty());
        QVERIFY(empty.json["next_cursor"] == page.json["next_cursor"]);
    }

    void repeatedOpIdIsADuplicate()
    {
        test::TestServer server;
        Client a(server, server.signUp("dup@example.com").accessToken, kDeviceA);
        const json m = a.note(uid(1), 0, "first");
        QVERIFY(a.results(json::array({m}))[0]["status"] == "applied");
        std::string cursor = "0";
        QCOMPARE(a.pullAll(cursor).size(), std::size_t(1));

        // A retry, and the same op_id inside one batch twice.
        const json again = a.results(json::array({m, m}));
        for (const auto& result : again) {
            QVERIFY(result["status"] == "duplicate");
            QVERIFY(result["revision"] == 1);
            QVERIFY(result["op_id"] == m["op_id"]);
        }
        QVERIFY(a.pullAll(cursor).empty()); // nothing changed, no new seq
        QVERIFY(a.snapshot()[0]["revision"] == 1);
    }

    void noteConflictKeepsBothVersions()
    {
        test::TestServer server;
        const std::string token = server.signUp("conflict@example.com").accessToken;
        Client laptop(server, token, kDeviceA);
        Client phone(server, token, kDeviceB);
        QVERIFY(laptop.results(json::array({laptop.note(uid(1), 0, "original")}))[0]["revision"] == 1);

        // Both devices edit revision 1 offline; the laptop syncs first.
        const json first = laptop.results(json::array({laptop.note(uid(1), 1, "laptop edit")}))[0];
        QVERIFY(first["status"] == "applied");
        QVERIFY(first["revision"] == 2);
        const json second = phone.results(json::array({phone.note(uid(1), 1, "phone edit")}))[0];
        QVERIFY(second["status"] == "conflict");
        QVERIFY(second["revision"] == 2); // the server's version, unchanged
        const std::string copyId = second["conflict_id"];
        QVERIFY(uuid::isCanonical(copyId));
        QVERIFY(copyId != uid(1));

        for (const Client* device : {&laptop, &phone}) {
            const json all = device->snapshot();
            QCOMPARE(all.size(), std::size_t(2));
            const json original = findChange(all, "note", uid(1));
            QVERIFY(original["fields"]["text"] == "laptop edit");
            QVERIFY(original["revision"] == 2);
            QVERIFY(!original["fields"].contains("conflict_of"));
            const json copy = findChange(all, "note", copyId);
            QVERIFY(copy["fields"]["text"] == "phone edit");
            QVERIFY(copy["fields"]["conflict_of"] == uid(1));
            QVERIFY(copy["fields"]["course_id"] == kCourse);
            QVERIFY(copy["revision"] == 1);
        }

        // The conflict copy is an ordinary note: editable, with conflict_of sent back unchanged.
        json edit = phone.note(copyId, 1, "merged by hand");
        edit["fields"]["conflict_of"] = uid(1);
        QVERIFY(phone.results(json::array({edit}))[0]["status"] == "applied");

        // A stale delete does not destroy the newer edit: the note comes back on pull.
        const json staleDelete = phone.results(json::array({phone.note(uid(1), 1, "", true)}))[0];
        QVERIFY(staleDelete["status"] == "conflict");
        QVERIFY(!staleDelete.contains("conflict_id"));
        QVERIFY(findChange(phone.snapshot(), "note", uid(1))["fields"]["text"] == "laptop edit");

        // A delete from the current revision is a tombstone.
        std::string cursor = "0";
        (void)laptop.pullAll(cursor);
        const json deleted = laptop.results(json::array({laptop.note(uid(1), 2, "", true)}))[0];
        QVERIFY(deleted["status"] == "applied");
        QVERIFY(deleted["revision"] == 3);
        const json tombstones = laptop.pullAll(cursor);
        QCOMPARE(tombstones.size(), std::size_t(1));
        QVERIFY(tombstones[0]["deleted"] == true);
        QVERIFY(tombstones[0]["fields"] == json::object()); // the text does not linger
        QVERIFY(findChange(laptop.snapshot(), "note", uid(1)).is_null());
    }

    void progressPositionIsLastWriterWinsAndCompletedSticks()
    {
        test::TestServer server;
        Client a(server, server.signUp("progress@example.com").accessToken, kDeviceA);
        auto progress = [&](std::int64_t position, bool completed, std::int64_t timeOffset) {
            return a.mutation("progress", kLesson, 0,
                              {{"course_id", kCourse}, {"position_ms", position}, {"completed", completed}}, false,
                              timeOffset);
        };
        auto current = [&]() { return findChange(a.snapshot(), "progress", kLesson)["fields"]; };

        QVERIFY(a.results(json::array({progress(90'000, true, -100)}))[0]["status"] == "applied");
        // Older client time: the position does not move back, completed stays true.
        const json older = a.results(json::array({progress(10'000, false, -200)}))[0];
        QVERIFY(older["status"] == "applied");
        QVERIFY(older["revision"] == 1);
        QVERIFY(current()["position_ms"] == 90'000);
        QVERIFY(current()["completed"] == true);
        // Newer client time: the position moves, completed still stays true.
        QVERIFY(a.results(json::array({progress(20'000, false, -50)}))[0]["revision"] == 2);
        QVERIFY(current()["position_ms"] == 20'000);
        QVERIFY(current()["completed"] == true);

        // An unchanged position at a later time still counts: an older write arriving after it loses.
        QVERIFY(a.results(json::array({progress(20'000, true, -10)}))[0]["revision"] == 2);
        QVERIFY(a.results(json::array({progress(70'000, true, -30)}))[0]["revision"] == 2);
        QVERIFY(current()["position_ms"] == 20'000);

        // Fractions of a second order writes too.
        std::string second = a.at(5);
        second.pop_back(); // "…Z" → "…", to add a fraction
        json lateByMs = progress(30'000, true, 0);
        lateByMs["client_time"] = second + ".250Z";
        json earlyByMs = progress(40'000, true, 0);
        earlyByMs["client_time"] = second + ".1Z";
        (void)a.results(json::array({lateByMs, earlyByMs}));
        QVERIFY(current()["position_ms"] == 30'000);
    }

    void eventsAreStoredOnce()
    {
        test::TestServer server;
        Client a(server, server.signUp("events@example.com").accessToken, kDeviceA);
        auto event = [&](const std::string& kind, json value) {
            return a.mutation("event", uid(7), 0,
                              {{"kind", kind}, {"course_id", kCourse}, {"lesson_id", nullptr}, {"value", value},
                               {"at", "2026-09-20T10:00:00.5+08:00"}});
        };
        QVERIFY(a.results(json::array({event("quiz_answered", 0.75)}))[0]["status"] == "applied");
        const json again = a.results(json::array({event("search", "other"), event("search", "third")}));
        for (const auto& result : again) {
            QVERIFY(result["status"] == "applied");
            QVERIFY(result["revision"] == 1);
        }
        const json all = a.snapshot();
        QCOMPARE(all.size(), std::size_t(1));
        QVERIFY(all[0]["fields"]["kind"] == "quiz_answered");
        QVERIFY(all[0]["fields"]["value"] == 0.75);
        QVERIFY(all[0]["fields"]["at"] == "2026-09-20T10:00:00.5+08:00");
        QVERIFY(all[0]["fields"]["lesson_id"].is_null());
    }

    void wishlistAddAndRemove()
    {
        test::TestServer server;
        Client a(server, server.signUp("wish@example.com").accessToken, kDeviceA);
        const std::string other = uid(905);
        (void)a.results(json::array({a.mutation("wishlist", kCourse, 0, nullptr, false, -100),
                                     a.mutation("wishlist", other, 0, json::object(), false, -100)}));
        std::string cursor = "0";
        QCOMPARE(a.pullAll(cursor).size(), std::size_t(2));

        const json removed = a.results(json::array({a.mutation("wishlist", kCourse, 1, nullptr, true, -50)}))[0];
        QVERIFY(removed["status"] == "applied");
        QVERIFY(removed["revision"] == 2);
        const json since = a.pullAll(cursor);
        QCOMPARE(since.size(), std::size_t(1));
        QVERIFY(since[0]["id"] == kCourse);
        QVERIFY(since[0]["deleted"] == true);

        // An add made before the removal (a device that was offline) loses.
        (void)a.results(json::array({a.mutation("wishlist", kCourse, 0, json::object(), false, -80)}));
        QVERIFY(a.pullAll(cursor).empty());
        // The snapshot has live records only.
        const json live = a.snapshot();
        QCOMPARE(live.size(), std::size_t(1));
        QVERIFY(live[0]["id"] == other);
        // A later add brings it back.
        QVERIFY(a.results(json::array({a.mutation("wishlist", kCourse, 2, json::object(), false, -10)}))[0]["revision"]
                == 3);
        QCOMPARE(a.snapshot().size(), std::size_t(2));
    }

    // The cart is a set of course ids with the wishlist's rules, kept apart from it.
    void cartIsASyncedSetBesideTheWishlist()
    {
        test::TestServer server;
        Client a(server, server.signUp("cart@example.com").accessToken, kDeviceA);
        const json added = a.results(json::array({a.mutation("cart", kCourse, 0, nullptr, false, -100),
                                                  a.mutation("wishlist", kCourse, 0, nullptr, false, -100)}));
        QVERIFY(added[0]["status"] == "applied");
        QVERIFY(added[1]["status"] == "applied");
        std::string cursor = "0";
        const json both = a.pullAll(cursor);
        QCOMPARE(both.size(), std::size_t(2));
        QVERIFY(findChange(both, "cart", kCourse)["deleted"] == false);
        // Bought: removed from the cart; the wishlist keeps it.
        QVERIFY(a.results(json::array({a.mutation("cart", kCourse, 1, nullptr, true, -50)}))[0]["status"] == "applied");
        const json since = a.pullAll(cursor);
        QCOMPARE(since.size(), std::size_t(1));
        QVERIFY(since[0]["entity"] == "cart");
        QVERIFY(since[0]["deleted"] == true);
        // An older add from a device that was offline loses to the removal.
        (void)a.results(json::array({a.mutation("cart", kCourse, 0, nullptr, false, -80)}));
        QVERIFY(a.pullAll(cursor).empty());
        // Cart records take no fields.
        const json bad = a.results(json::array({a.mutation("cart", uid(906), 0, json{{"qty", 2}}, false, -10)}))[0];
        QVERIFY(bad["status"] == "rejected");
    }

    void usersNeverSeeOrTouchEachOthersRecords()
    {
        test::TestServer server;
        Client alice(server, server.signUp("alice@example.com").accessToken, kDeviceA);
        Client bob(server, server.signUp("bob@example.com").accessToken, kDeviceB);
        QVERIFY(alice.results(json::array({alice.note(uid(1), 0, "alice's secret")}))[0]["status"] == "applied");

        auto bobsView = bob.pull("0");
        QCOMPARE(bobsView.status, 200);
        QVERIFY(bobsView.json["changes"].empty());
        // Alice's cursor means nothing to Bob.
        QCOMPARE(errorCode(bob.pull(alice.pull("0").json["next_cursor"])), std::string("invalid_cursor"));

        // Bob writing with Alice's id makes Bob's own note; deleting it deletes Bob's.
        const json bobs = bob.results(json::array({bob.note(uid(1), 1, "bob's text")}))[0];
        QVERIFY(bobs["status"] == "applied");
        QVERIFY(bobs["revision"] == 1);
        QVERIFY(bob.results(json::array({bob.note(uid(1), 1, "", true)}))[0]["revision"] == 2);

        const json alicesNotes = alice.snapshot();
        QCOMPARE(alicesNotes.size(), std::size_t(1));
        QVERIFY(alicesNotes[0]["fields"]["text"] == "alice's secret");
        QVERIFY(alicesNotes[0]["revision"] == 1);
        QVERIFY(bob.snapshot().empty());
        std::string cursor = "0";
        const json bobsFeed = bob.pullAll(cursor, 1);
        QCOMPARE(bobsFeed.size(), std::size_t(0)); // a snapshot has no tombstones
    }

    void cursorPagesWithHasMore()
    {
        test::TestServer server;
        Client a(server, server.signUp("pages@example.com").accessToken, kDeviceA);
        json batch = json::array();
        for (int i = 0; i < 7; ++i)
            batch.push_back(a.note(uid(100 + static_cast<std::uint64_t>(i)), 0, "note " + std::to_string(i)));
        (void)a.results(batch);

        std::string cursor = "0";
        std::vector<std::int64_t> seqs;
        std::set<std::string> ids;
        int pages = 0;
        for (;;) {
            auto page = a.pull(cursor, 3);
            QCOMPARE(page.status, 200);
            ++pages;
            QVERIFY(page.json["changes"].size() <= 3);
            for (const auto& change : page.json["changes"]) {
                seqs.push_back(change["seq"]);
                ids.insert(change["id"].get<std::string>());
            }
            cursor = page.json["next_cursor"].get<std::string>();
            if (!page.json["has_more"].get<bool>())
                break;
            QCOMPARE(cursor, std::to_string(seqs.back()));
        }
        QCOMPARE(pages, 3);
        QCOMPARE(ids.size(), std::size_t(7));
        QVERIFY(std::is_sorted(seqs.begin(), seqs.end()));
        QVERIFY(std::adjacent_find(seqs.begin(), seqs.end()) == seqs.end());

        // An update moves the note to the end of the feed.
        (void)a.results(json::array({a.note(uid(100), 1, "edited")}));
        auto next = a.pull(cursor);
        QCOMPARE(next.json["changes"].size(), std::size_t(1));
        QVERIFY(next.json["changes"][0]["revision"] == 2);
    }

    void invalidCursorsAndLimits_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("code");
        QTest::newRow("word") << "after=abc" << "invalid_cursor";
        QTest::newRow("negative") << "after=-1" << "invalid_cursor";
        QTest::newRow("leading zero") << "after=01" << "invalid_cursor";
        QTest::newRow("empty") << "after=" << "invalid_cursor";
        QTest::newRow("fraction") << "after=1.5" << "invalid_cursor";
        QTest::newRow("never issued") << "after=99999" << "invalid_cursor";
        QTest::newRow("overflow") << "after=99999999999999999999999" << "invalid_cursor";
        QTest::newRow("limit zero") << "after=0&limit=0" << "invalid_field";
        QTest::newRow("limit too big") << "after=0&limit=1001" << "invalid_field";
        QTest::newRow("limit word") << "after=0&limit=many" << "invalid_field";
    }

    void invalidCursorsAndLimits()
    {
        QFETCH(QString, query);
        QFETCH(QString, code);
        test::TestServer server;
        Client a(server, server.signUp("cursor@example.com").accessToken, kDeviceA);
        (void)a.results(json::array({a.note(uid(1), 0, "x")}));
        auto response = server.send("GET", "/v1/sync/changes?" + query.toStdString(), nullptr,
                                    server.signUp("cursor2@example.com").accessToken);
        QCOMPARE(response.status, 400);
        QCOMPARE(QString::fromStdString(errorCode(response)), code);
        // The user with data: a cursor past their newest change is invalid too; their own one is fine.
        const std::string newest = a.pull("0").json["next_cursor"];
        QCOMPARE(a.pull(newest).status, 200);
        QCOMPARE(errorCode(a.pull(std::to_string(std::stoll(newest) + 1))), std::string("invalid_cursor"));
    }

    void oldCursorsMustResyncAfterTheHorizon()
    {
        test::TestServer server;
        const std::string token = server.signUp("horizon@example.com").accessToken;
        Client a(server, token, kDeviceA);
        Client stale(server, token, kDeviceB);
        (void)a.results(json::array({a.note(uid(1), 0, "doomed"), a.note(uid(2), 0, "kept one"),
                                     a.note(uid(3), 0, "kept two")}));
        std::string staleCursor = "0";
        QCOMPARE(stale.pullAll(staleCursor).size(), std::size_t(3)); // then the device goes offline

        QVERIFY(a.results(json::array({a.note(uid(1), 1, "", true)}))[0]["status"] == "applied");
        std::string freshCursor = "0";
        (void)a.pullAll(freshCursor); // this device saw the tombstone

        // Within 90 days the stale device still gets the tombstone.
        server.clock.advance(days(30));
        stale.setToken(signInAgain(server, "horizon@example.com"));
        QCOMPARE(stale.pull(staleCursor).status, 200);

        server.clock.advance(days(61));
        stale.setToken(signInAgain(server, "horizon@example.com"));
        a.setToken(signInAgain(server, "horizon@example.com"));
        auto gone = stale.pull(staleCursor);
        QCOMPARE(gone.status, 410);
        QCOMPARE(errorCode(gone), std::string("resync_required"));

        // The device that saw the tombstone carries on (and may see unchanged records again).
        auto fresh = a.pull(freshCursor);
        QCOMPARE(fresh.status, 200);
        for (const auto& change : fresh.json["changes"])
            QVERIFY(change["deleted"] == false);

        // A snapshot pages past the horizon, one record per page, and holds only live records.
        std::string cursor = "0";
        const json live = stale.pullAll(cursor, 1);
        QCOMPARE(live.size(), std::size_t(2));
        QVERIFY(findChange(live, "note", uid(1)).is_null());
        QVERIFY(findChange(live, "note", uid(2))["revision"] == 1);
        QCOMPARE(stale.pull(cursor).status, 200);

        // The tombstone is gone from storage.
        auto lease = server.app().sqlitePool().acquire();
        QVERIFY(lease.has_value());
        auto count = lease->db().prepare("SELECT count(*) FROM sync_records WHERE deleted = 1");
        QVERIFY(*count->step());
        QCOMPARE(count->int64(0), std::int64_t(0));
    }

    void purgeAlsoRunsOnPush()
    {
        test::TestServer server;
        Client a(server, server.signUp("purge@example.com").accessToken, kDeviceA);
        (void)a.results(json::array({a.note(uid(1), 0, "x")}));
        const std::string before = a.pull("0").json["next_cursor"];
        (void)a.results(json::array({a.note(uid(1), 1, "", true)}));
        server.clock.advance(days(91));
        a.setToken(signInAgain(server, "purge@example.com"));
        (void)a.results(json::array({a.note(uid(2), 0, "new")}));
        QCOMPARE(errorCode(a.pull(before)), std::string("resync_required"));
    }

    void badMutationsAreRejectedOthersApply()
    {
        test::TestServer server;
        Client a(server, server.signUp("reject@example.com").accessToken, kDeviceA);
        json batch = json::array();
        auto add = [&](json m) { batch.push_back(std::move(m)); };
        add(a.note(uid(1), 0, std::string(server::sync::kMaxNoteLength, 'x')));                        // 0 ok, at the limit
        add(a.note(uid(2), 0, std::string(server::sync::kMaxNoteLength + 1, 'x')));                    // 1 too long
        add(a.note(uid(3), 0, std::string("nul\0byte", 8)));                                    // 2 NUL
        json badEntity = a.note(uid(4), 0, "x");
        badEntity["entity"] = "achievement";
        add(badEntity);                                                                        // 3
        json badOp = a.note(uid(5), 0, "x");
        badOp["op_id"] = "not-a-uuid";
        add(badOp);                                                                            // 4
        add(a.mutation("progress", kLesson, 0,
                       {{"course_id", kCourse}, {"position_ms", 86'400'001}, {"completed", false}})); // 5
        json future = a.note(uid(6), 0, "x");
        future["client_time"] = a.at(3 * 86400);
        add(future);                                                                           // 6
        json unknown = a.note(uid(7), 0, "x");
        unknown["fields"]["colour"] = "red";
        add(unknown);                                                                          // 7
        add("just a string");                                                                  // 8
        json negative = a.note(uid(8), 0, "x");
        negative["base_revision"] = -1;
        add(negative);                                                                         // 9
        add(a.mutation("progress", uid(9), 0, nullptr, true));                                 // 10 not deletable
        json badTime = a.note(uid(10), 0, "x");
        badTime["client_time"] = "yesterday";
        add(badTime);                                                                          // 11
        add(a.mutation("event", uid(11), 0, {{"kind", "Lesson Started"}, {"at", a.at()}}));   // 12
        json missing = a.note(uid(12), 0, "x");
        missing["fields"].erase("course_id");
        add(missing);                                                                          // 13
        add(a.note(uid(13), 0, ""));                                                           // 14 ok: empty text

        const json results = a.results(batch);
        QCOMPARE(results.size(), batch.size());
        struct Expect {
            std::size_t index;
            const char* code;
            const char* field;
        };
        const Expect rejected[] = {
            {1, "invalid_field", "mutations[1].fields.text"},
            {2, "invalid_field", "mutations[2].fields.text"},
            {3, "invalid_field", "mutations[3].entity"},
            {4, "invalid_field", "mutations[4].op_id"},
            {5, "invalid_field", "mutations[5].fields.position_ms"},
            {6, "invalid_field", "mutations[6].client_time"},
            {7, "unknown_field", "mutations[7].fields.colour"},
            {8, "invalid_field", "mutations[8]"},
            {9, "invalid_field", "mutations[9].base_revision"},
            {10, "invalid_field", "mutations[10].deleted"},
            {11, "invalid_field", "mutations[11].client_time"},
            {12, "invalid_field", "mutations[12].fields.kind"},
            {13, "missing_field", "mutations[13].fields.course_id"},
        };
        for (const Expect& e : rejected) {
            const json& r = results[e.index];
            QVERIFY2(r["status"] == "rejected", r.dump().c_str());
            QCOMPARE(r["error"]["code"].get<std::string>(), std::string(e.code));
            QCOMPARE(r["error"]["field"].get<std::string>(), std::string(e.field));
        }
        QVERIFY(results[4]["op_id"] == "not-a-uuid");
        QVERIFY(results[8]["op_id"].is_null());
        QVERIFY(results[0]["status"] == "applied");
        QVERIFY(results[14]["status"] == "applied");
        const json all = a.snapshot();
        QCOMPARE(all.size(), std::size_t(2));
        QCOMPARE(utf8Length(findChange(all, "note", uid(1))["fields"]["text"]), server::sync::kMaxNoteLength);
    }

    void malformedPushesAre400()
    {
        test::TestServer server;
        const std::string token = server.signUp("malformed@example.com").accessToken;
        auto post = [&](const json& body) { return server.send("POST", "/v1/sync/push", body, token); };
        QCOMPARE(errorCode(post(json{{"device_id", kDeviceA}, {"mutations", "none"}})), std::string("invalid_field"));
        QCOMPARE(errorCode(post(json{{"mutations", json::array()}})), std::string("missing_field"));
        QCOMPARE(errorCode(post(json{{"device_id", "laptop"}, {"mutations", json::array()}})),
                 std::string("invalid_field"));
        QCOMPARE(errorCode(post(json{{"device_id", kDeviceA}, {"mutations", json::array()}, {"extra", 1}})),
                 std::string("unknown_field"));
        QCOMPARE(server.sendRaw("POST", "/v1/sync/push", "{", "application/json", token).status, 400);

        Client a(server, token, kDeviceA);
        json tooMany = json::array();
        for (std::size_t i = 0; i <= server::sync::kMaxMutationsPerPush; ++i)
            tooMany.push_back(a.mutation("wishlist", uid(1000 + i), 0, nullptr));
        auto response = a.push(tooMany);
        QCOMPARE(response.status, 400);
        QCOMPARE(response.json["error"]["field"].get<std::string>(), std::string("mutations"));
        tooMany.erase(tooMany.size() - 1);
        QCOMPARE(a.push(tooMany).status, 200); // exactly the limit is fine
        QCOMPARE(a.snapshot().size(), server::sync::kMaxMutationsPerPush);
        QCOMPARE(a.push(json::array()).json["results"].size(), std::size_t(0));
    }

    void concurrentPushesLoseNothing()
    {
        test::TestServer server;
        const std::string token = server.signUp("threads@example.com").accessToken;
        Client setup(server, token, kDeviceA);
        QVERIFY(setup.results(json::array({setup.note(uid(1), 0, "shared")}))[0]["status"] == "applied");

        constexpr int kBatches = 15;
        constexpr int kPerBatch = 4;
        std::vector<int> statuses[2];
        std::vector<std::string> sharedOutcome(2);
        std::atomic<bool> go{false};
        auto device = [&](int d) {
            Client client(server, token, d == 0 ? kDeviceA : kDeviceB);
            while (!go.load()) {
            }
            for (int b = 0; b < kBatches; ++b) {
                json batch = json::array();
                for (int i = 0; i < kPerBatch; ++i)
                    batch.push_back(client.note(uid(10'000 + static_cast<std::uint64_t>(d * 1000 + b * 10 + i)), 0,
                                                "device " + std::to_string(d)));
                if (b == kBatches / 2)
                    batch.push_back(client.note(uid(1), 1, "edit from device " + std::to_string(d)));
                auto response = client.push(batch);
                statuses[d].push_back(response.status);
                if (b == kBatches / 2 && response.status == 200)
                    sharedOutcome[static_cast<std::size_t>(d)] = response.json["results"][kPerBatch]["status"].get<std::string>();
            }
        };
        std::thread first(device, 0);
        std::thread second(device, 1);
        go = true;
        first.join();
        second.join();

        for (const auto& list : statuses)
            for (int status : list)
                QCOMPARE(status, 200);
        // Both edited revision 1 of the shared note: one applied, one became a conflict copy.
        std::multiset<std::string> outcomes(sharedOutcome.begin(), sharedOutcome.end());
        QCOMPARE(outcomes.count("applied"), std::size_t(1));
        QCOMPARE(outcomes.count("conflict"), std::size_t(1));

        std::string cursor = "0";
        const json all = setup.pullAll(cursor, 7);
        QCOMPARE(all.size(), std::size_t(1 + 2 * kBatches * kPerBatch + 1)); // shared + notes + conflict copy
        std::set<std::int64_t> seqs;
        for (const auto& change : all)
            seqs.insert(change["seq"].get<std::int64_t>());
        QCOMPARE(seqs.size(), all.size());
    }

    void noteLimitsAndTextAreExact()
    {
        test::TestServer server;
        Client a(server, server.signUp("text@example.com").accessToken, kDeviceA);
        // 20,000 characters counted as code points, not bytes: 4-byte emoji fit.
        std::string emoji;
        for (std::size_t i = 0; i < server::sync::kMaxNoteLength; ++i)
            emoji += "😀";
        json m = a.note(uid(1), 0, emoji);
        m["fields"]["lesson_id"] = nullptr;
        m["fields"].erase("position_ms");
        QVERIFY(a.results(json::array({m}))[0]["status"] == "applied");
        const json stored = a.snapshot()[0]["fields"];
        QVERIFY(stored["text"].get<std::string>() == emoji);
        QVERIFY(stored["lesson_id"].is_null());
        QVERIFY(stored["position_ms"].is_null());

        json huge = a.note(uid(2), 0, "x");
        huge["base_revision"] = std::int64_t(1'000'000'000'000);
        QVERIFY(a.results(json::array({huge}))[0]["status"] == "rejected");
        json invalidUtf8 = a.note(uid(3), 0, "x");
        const std::string raw = json{{"device_id", kDeviceA}, {"mutations", json::array({invalidUtf8})}}.dump();
        std::string broken = raw;
        broken.replace(broken.find("\"text\":\"x\""), 10, "\"text\":\"\xC3\x28\"");
        auto response = server.sendRaw("POST", "/v1/sync/push", broken, "application/json",
                                       server.signUp("utf@example.com").accessToken);
        // Invalid UTF-8 fails JSON parsing for the whole body.
        QCOMPARE(response.status, 400);
    }

private:
    static std::int64_t days(std::int64_t count) { return count * 86400; }
    static std::size_t utf8Length(const json& text)
    {
        std::size_t count = 0;
        for (const unsigned char c : text.get<std::string>())
            count += (c & 0xC0) != 0x80 ? 1 : 0;
        return count;
    }
};

QTEST_GUILESS_MAIN(TestSync)
#include "test_sync.moc"
