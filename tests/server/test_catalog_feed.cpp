#include <QTest>

#include <set>
#include <vector>

#include "app/demo_seed.h"
#include "catalog/catalog_service.h"
#include "catalog/catalog_store.h"
#include "catalog_fixture.h"
#include "server_test_support.h"

using namespace lectern;
using lectern::test::errorCode;
using nlohmann::json;

namespace {

json bodyOf(const server::ApiResponse& response)
{
    return response.rawBody.empty() ? response.json : json::parse(response.rawBody);
}

std::string headerOf(const server::ApiResponse& response, const std::string& name)
{
    for (const auto& [key, value] : response.headers)
        if (key == name)
            return value;
    return {};
}

void publish(test::TestServer& server, int courses)
{
    QVERIFY(server.services().catalog->publishInstructor(test::fixtureInstructor()).has_value());
    for (int i = 1; i <= courses; ++i)
        QVERIFY(server.services().catalog->publishCourse(test::fixtureCourse(i)).has_value());
}

} // namespace

class TestCatalogFeed final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void demoFeedPagesToTheEnd()
    {
        test::TestServer server;
        QVERIFY(server::seedDemoCatalog(server.services()).has_value());
        std::set<std::string> seen;
        std::string cursor = "0";
        int pages = 0;
        bool more = true;
        std::int64_t lastSeq = 0;
        while (more) {
            auto page = server.send("GET", "/v1/catalog/changes?after=" + cursor + "&limit=7");
            QCOMPARE(page.status, 200);
            const json body = bodyOf(page);
            std::set<std::string> instructorsNeeded, instructorsGiven;
            for (const auto& change : body["changes"]) {
                QVERIFY(change["seq"].get<std::int64_t>() > lastSeq);
                lastSeq = change["seq"];
                QVERIFY(change["type"] == "upsert");
                QVERIFY(seen.insert(change["course"]["id"].get<std::string>()).second); // once
                instructorsNeeded.insert(change["course"]["instructor_id"].get<std::string>());
                for (const auto& section : change["course"]["sections"])
                    for (const auto& lesson : section["lessons"]) {
                        const bool quiz = lesson["kind"] == "quiz";
                        QCOMPARE(lesson.contains("media_sha256"), !quiz);
                        QCOMPARE(lesson.contains("media_size"), !quiz);
                    }
            }
            for (const auto& instructor : body["instructors"])
                instructorsGiven.insert(instructor["id"].get<std::string>());
            QVERIFY(instructorsNeeded == instructorsGiven);
            cursor = body["next_cursor"];
            more = body["has_more"];
            ++pages;
        }
        QCOMPARE(seen.size(), std::size_t(59));
        QCOMPARE(pages, 9);
        // Seeding again changes nothing: no new feed entries.
        QVERIFY(server::seedDemo(server.services()).has_value());
        auto after = bodyOf(server.send("GET", "/v1/catalog/changes?after=" + cursor));
        QVERIFY(after["changes"].empty());
        QVERIFY(after["next_cursor"] == cursor);
        QVERIFY(after["has_more"] == false);
    }

    void changedCourseAppearsOnceAtItsLatestSeq()
    {
        test::TestServer server;
        publish(server, 3);
        auto course = test::fixtureCourse(1);
        course.title = "Renamed";
        auto seq = server.services().catalog->publishCourse(course);
        QVERIFY(seq.has_value());
        QCOMPARE(*seq, std::int64_t(4));
        const json body = bodyOf(server.send("GET", "/v1/catalog/changes"));
        QCOMPARE(body["changes"].size(), std::size_t(3));
        QVERIFY(body["changes"][2]["course"]["title"] == "Renamed");
        QVERIFY(body["changes"][2]["seq"] == 4);
        QVERIFY(body["next_cursor"] == "4");
        // Republishing identical data is not a change.
        QCOMPARE(*server.services().catalog->publishCourse(course), std::int64_t(4));
    }

    void tombstonesAndTheHorizon()
    {
        test::TestServer server;
        publish(server, 3);
        auto retired = server.services().catalog->retireCourse(test::fixtureCourseId(2));
        QVERIFY(retired.has_value());
        QCOMPARE(server.services().catalog->retireCourse(test::fixtureCourseId(2)).error().status, 404);
        json body = bodyOf(server.send("GET", "/v1/catalog/changes?after=3"));
        QCOMPARE(body["changes"].size(), std::size_t(1));
        QVERIFY(body["changes"][0]["type"] == "delete");
        QVERIFY(body["changes"][0]["course_id"] == test::fixtureCourseId(2));
        QVERIFY(!body["changes"][0].contains("course"));
        QCOMPARE(server.send("GET", "/v1/catalog/courses/" + test::fixtureCourseId(2)).status, 404);

        // Purge the tombstone: old cursors must resync, 0 and newer still work.
        server.clock.advance(server::CatalogService::kTombstoneSeconds + 10);
        QCOMPARE(*server.services().catalog->purgeTombstones(server.clock.now() - server::CatalogService::kTombstoneSeconds),
                 1);
        auto stale = server.send("GET", "/v1/catalog/changes?after=2");
        QCOMPARE(stale.status, 410);
        QCOMPARE(errorCode(stale), std::string("resync_required"));
        QCOMPARE(server.send("GET", "/v1/catalog/changes?after=4").status, 200);
        body = bodyOf(server.send("GET", "/v1/catalog/changes?after=0"));
        QCOMPARE(body["changes"].size(), std::size_t(2)); // the snapshot has no purged tombstone
    }

    void badCursorsAndLimits_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("code");
        QTest::newRow("letters") << "after=abc" << "invalid_cursor";
        QTest::newRow("negative") << "after=-1" << "invalid_cursor";
        QTest::newRow("future") << "after=99" << "invalid_cursor";
        QTest::newRow("huge") << "after=99999999999999999999999" << "invalid_cursor";
        QTest::newRow("plus") << "after=+1" << "invalid_cursor";
        QTest::newRow("limit zero") << "limit=0" << "invalid_field";
        QTest::newRow("limit big") << "limit=1001" << "invalid_field";
        QTest::newRow("limit negative") << "limit=-5" << "invalid_field";
        QTest::newRow("limit text") << "limit=ten" << "invalid_field";
    }

    void badCursorsAndLimits()
    {
        QFETCH(QString, query);
        QFETCH(QString, code);
        test::TestServer server;
        publish(server, 2);
        auto response = server.send("GET", "/v1/catalog/changes?" + query.toStdString());
        QCOMPARE(response.status, 400);
        QCOMPARE(errorCode(response), code.toStdString());
    }

    void pageLimitAndHasMore()
    {
        test::TestServer server;
        publish(server, 5);
        json body = bodyOf(server.send("GET", "/v1/catalog/changes?limit=2"));
        QCOMPARE(body["changes"].size(), std::size_t(2));
        QVERIFY(body["has_more"] == true);
        QVERIFY(body["next_cursor"] == "2");
        body = bodyOf(server.send("GET", "/v1/catalog/changes?after=4&limit=1"));
        QVERIFY(body["has_more"] == false);
        QVERIFY(body["next_cursor"] == "5");
        body = bodyOf(server.send("GET", "/v1/catalog/changes?after=&limit=1000"));
        QCOMPARE(body["changes"].size(), std::size_t(5));
    }

    // The store hands rows to a visitor instead of copying them out; a visitor
    // that fails ends the walk with its own error, and the connection it ran on
    // keeps serving (no statement left open on the pooled connection).
    void feedVisitorErrorEndsTheWalk()
    {
        test::TestServer server;
        publish(server, 5);
        QVERIFY(server.services().catalog->retireCourse(test::fixtureCourseId(3)).has_value()); // seq 6
        std::vector<std::int64_t> seqs;
        std::vector<std::string> ids;
        bool documentsMatch = true; // a live course has its document, a tombstone none
        auto walked = server::readUnit<int>(server.services().storage, [&](server::StoreTransaction& tx) -> server::ApiResult<int> {
            auto ok = tx.catalog().feed(3, 10, [&](const server::FeedRow& row) -> server::ApiResult<void> {
                seqs.push_back(row.seq);
                ids.emplace_back(row.courseId);
                documentsMatch = documentsMatch && row.document.empty() == row.deleted;
                if (seqs.size() == 2)
                    return server::apiError(409, "stop_here", "the visitor had enough");
                return {};
            });
            if (!ok)
                return std::unexpected(ok.error());
            return 0;
        });
        QVERIFY(!walked);
        QCOMPARE(walked.error().code, std::string("stop_here"));
        QCOMPARE(seqs, (std::vector<std::int64_t>{4, 5}));
        QCOMPARE(ids, (std::vector<std::string>{test::fixtureCourseId(4), test::fixtureCourseId(5)}));

        // The whole walk, with the tombstone last, after another publish.
        QCOMPARE(*server.services().catalog->publishCourse(test::fixtureCourse(6)), std::int64_t(7));
        seqs.clear();
        std::vector<bool> deleted;
        auto all = server::readUnit<int>(server.services().storage, [&](server::StoreTransaction& tx) -> server::ApiResult<int> {
            auto ok = tx.catalog().feed(3, 10, [&](const server::FeedRow& row) -> server::ApiResult<void> {
                seqs.push_back(row.seq);
                deleted.push_back(row.deleted);
                documentsMatch = documentsMatch && row.document.empty() == row.deleted;
                return {};
            });
            if (!ok)
                return std::unexpected(ok.error());
            return 0;
        });
        QVERIFY(all.has_value());
        QCOMPARE(seqs, (std::vector<std::int64_t>{4, 5, 6, 7}));
        QCOMPARE(deleted, (std::vector<bool>{false, false, true, false}));
        QVERIFY(documentsMatch);
    }

    void courseDetailWithEtag()
    {
        test::TestServer server;
        publish(server, 1);
        const std::string path = "/v1/catalog/courses/" + test::fixtureCourseId(1);
        auto first = server.send("GET", path);
        QCOMPARE(first.status, 200);
        const json body = bodyOf(first);
        QVERIFY(body["course"]["id"] == test::fixtureCourseId(1));
        QVERIFY(body["instructor"]["name"] == "Test Instructor");
        const std::string etag = headerOf(first, "ETag");
        QVERIFY(etag.size() > 2 && etag.front() == '"' && etag.back() == '"');

        auto cached = server.send("GET", path, nullptr, {}, {{"If-None-Match", etag}});
        QCOMPARE(cached.status, 304);
        QVERIFY(cached.rawBody.empty());
        QCOMPARE(server.send("GET", path, nullptr, {}, {{"If-None-Match", "\"x\", " + etag}}).status, 304);
        QCOMPARE(server.send("GET", path, nullptr, {}, {{"If-None-Match", "\"other\""}}).status, 200);

        auto changed = test::fixtureCourse(1);
        changed.subtitle = "now with a subtitle";
        QVERIFY(server.services().catalog->publishCourse(changed).has_value());
        auto fresh = server.send("GET", path, nullptr, {}, {{"If-None-Match", etag}});
        QCOMPARE(fresh.status, 200);
        QVERIFY(headerOf(fresh, "ETag") != etag);

        QCOMPARE(errorCode(server.send("GET", "/v1/catalog/courses/not-a-uuid")), std::string("invalid_id"));
        QCOMPARE(errorCode(server.send("GET", "/v1/catalog/courses/0190A1B2-0000-7000-8000-000000000901")),
                 std::string("invalid_id"));
        QCOMPARE(server.send("GET", "/v1/catalog/courses/" + test::fixtureCourseId(9)).status, 404);
    }

    void clientMediaFieldsAreIgnored()
    {
        test::TestServer server;
        auto course = test::fixtureCourse(1);
        course.sections[0].lessons[0].mediaSize = 123;
        course.sections[0].lessons[0].mediaSha256 = std::string(64, 'a');
        QVERIFY(server.services().catalog->publishInstructor(test::fixtureInstructor()).has_value());
        QVERIFY(server.services().catalog->publishCourse(course).has_value());
        const json body = bodyOf(server.send("GET", "/v1/catalog/courses/" + course.id));
        QVERIFY(!body["course"]["sections"][0]["lessons"][0].contains("media_size"));
    }
};

QTEST_GUILESS_MAIN(TestCatalogFeed)
#include "test_catalog_feed.moc"
