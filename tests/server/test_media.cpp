#include <QTest>

#include <fstream>

#include "app/demo_seed.h"
#include "catalog/catalog_service.h"
#include "catalog_fixture.h"
#include "commerce/order_service.h"
#include "media/demo_media.h"
#include "media/media_library.h"
#include "media/range_request.h"
#include "server_test_support.h"

using namespace lectern;
using lectern::test::errorCode;
using nlohmann::json;
using server::RangeRequest;

namespace {

std::string headerOf(const server::ApiResponse& response, const std::string& name)
{
    for (const auto& [key, value] : response.headers)
        if (key == name)
            return value;
    return {};
}

std::string readAll(const server::ApiResponse& response)
{
    std::string out;
    if (response.stream && response.stream->length > 0)
        response.stream->read(0, response.stream->length, out);
    return out;
}

// 1000 distinct bytes, so any off-by-one shows.
std::string sampleBytes()
{
    std::string bytes;
    for (int i = 0; i < 1000; ++i)
        bytes += static_cast<char>((i * 7 + i / 256) & 0xFF);
    return bytes;
}

struct MediaFixture {
    test::TestServer server;
    std::string content = sampleBytes();
    server::MediaRecord paid;
    std::string learner;

    MediaFixture()
    {
        auto& services = server.services();
        std::filesystem::create_directories(services.media->directory() / "lessons");
        for (int lesson : {1, 2}) {
            const std::string id = test::fixtureLessonId(1, lesson);
            std::ofstream(services.media->directory() / "lessons" / (id + ".bin"), std::ios::binary) << content;
            auto record = services.media->recordFile(id, "lessons/" + id + ".bin", "video/mp4");
            if (!record)
                qFatal("recordFile failed");
            if (lesson == 2)
                paid = *record;
        }
        if (!services.catalog->publishInstructor(test::fixtureInstructor()) || !services.catalog->publishCourse(test::fixtureCourse(1))
            || !services.catalog->publishCourse(test::fixtureCourse(2, 9900, true)))
            qFatal("publish failed");
        learner = server.signUp("learner@example.com").accessToken;
    }

    server::ApiResponse get(int course, int lesson, std::vector<std::pair<std::string, std::string>> headers = {},
                            const std::string& token = {})
    {
        return server.send("GET", "/v1/media/lessons/" + test::fixtureLessonId(course, lesson), nullptr,
                           token.empty() ? learner : token, std::move(headers));
    }

    void grantCourse(const std::string& token, const std::string& courseId)
    {
        auto order = server.send("POST", "/v1/orders", {{"items", {{{"type", "course"}, {"id", courseId}}}}}, token);
        QCOMPARE(order.status, 201);
        auto paidOrder = server.send("POST", "/v1/orders/" + order.json["order"]["id"].get<std::string>() + "/payments",
                                     {{"provider", "sandbox"}, {"card_number", "4242424242424242"}}, token,
                                     {{"Idempotency-Key", "grant-" + courseId}});
        QCOMPARE(paidOrder.status, 200);
    }
};

} // namespace

class TestMedia final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parseRange_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<int>("kind");
        QTest::addColumn<qulonglong>("first");
        QTest::addColumn<qulonglong>("last");
        const int full = int(RangeRequest::Kind::Full), partial = int(RangeRequest::Kind::Partial),
                  unsat = int(RangeRequest::Kind::Unsatisfiable), bad = int(RangeRequest::Kind::Malformed);
        QTest::newRow("absent") << "" << full << 0ull << 0ull;
        QTest::newRow("a-b") << "bytes=0-9" << partial << 0ull << 9ull;
        QTest::newRow("a-b spaces") << " bytes= 10-19 " << partial << 10ull << 19ull;
        QTest::newRow("last byte") << "bytes=999-999" << partial << 999ull << 999ull;
        QTest::newRow("b past end") << "bytes=990-5000" << partial << 990ull << 999ull;
        QTest::newRow("a-") << "bytes=500-" << partial << 500ull << 999ull;
        QTest::newRow("-n") << "bytes=-100" << partial << 900ull << 999ull;
        QTest::newRow("-n larger than file") << "bytes=-5000" << partial << 0ull << 999ull;
        QTest::newRow("multi: first wins") << "bytes=0-1,5-9" << partial << 0ull << 1ull;
        QTest::newRow("start at size") << "bytes=1000-" << unsat << 0ull << 0ull;
        QTest::newRow("start past size") << "bytes=5000-6000" << unsat << 0ull << 0ull;
        QTest::newRow("-0") << "bytes=-0" << unsat << 0ull << 0ull;
        QTest::newRow("reversed") << "bytes=9-1" << bad << 0ull << 0ull;
        QTest::newRow("no dash") << "bytes=5" << bad << 0ull << 0ull;
        QTest::newRow("dash only") << "bytes=-" << bad << 0ull << 0ull;
        QTest::newRow("letters") << "bytes=a-b" << bad << 0ull << 0ull;
        QTest::newRow("negative") << "bytes=--5" << bad << 0ull << 0ull;
        QTest::newRow("other unit") << "items=0-5" << bad << 0ull << 0ull;
        QTest::newRow("empty spec") << "bytes=" << bad << 0ull << 0ull;
        QTest::newRow("bad second") << "bytes=0-1,x" << bad << 0ull << 0ull;
        QTest::newRow("overflow") << "bytes=99999999999999999999999-" << bad << 0ull << 0ull;
    }

    void parseRange()
    {
        QFETCH(QString, header);
        QFETCH(int, kind);
        QFETCH(qulonglong, first);
        QFETCH(qulonglong, last);
        const auto range = server::parseRange(header.toStdString(), 1000);
        QCOMPARE(int(range.kind), kind);
        if (range.kind == RangeRequest::Kind::Partial) {
            QCOMPARE(qulonglong(range.range.first), first);
            QCOMPARE(qulonglong(range.range.last), last);
        }
    }

    void accessRules()
    {
        MediaFixture f;
        // Free preview: any signed-in user.
        auto preview = f.get(1, 1);
        QCOMPARE(preview.status, 200);
        QCOMPARE(readAll(preview), f.content);
        QCOMPARE(f.server.send("GET", "/v1/media/lessons/" + test::fixtureLessonId(1, 1)).status, 401);
        // Paid lesson: not entitled until bought.
        auto denied = f.get(1, 2);
        QCOMPARE(denied.status, 403);
        QCOMPARE(errorCode(denied), std::string("not_entitled"));
        QVERIFY(server::seedDemoCommerce(f.server.services()).has_value());
        f.grantCourse(f.learner, test::fixtureCourseId(1));
        QCOMPARE(f.get(1, 2).status, 200);
        // A quiz has no media.
        auto quiz = f.get(1, 3);
        QCOMPARE(quiz.status, 404);
        QCOMPARE(errorCode(quiz), std::string("no_media"));
        // Unknown lesson, bad ids, traversal attempts: never a file.
        QCOMPARE(errorCode(f.get(9, 1)), std::string("not_found"));
        for (const char* id : {"..%2f..%2fetc%2fpasswd", "%2e%2e", "0190a1b2-0000-7000-8000-00000090010A", "x"}) {
            auto response = f.server.send("GET", std::string("/v1/media/lessons/") + id, nullptr, f.learner);
            QCOMPARE(response.status, 400);
            QCOMPARE(errorCode(response), std::string("invalid_id"));
        }
        QCOMPARE(f.server.send("GET", "/v1/media/lessons/../../etc/passwd", nullptr, f.learner).status, 404);
    }

    void subscriptionCoversOnlySubscriptionCourses()
    {
        MediaFixture f;
        QVERIFY(server::seedDemoCommerce(f.server.services()).has_value());
        auto order = f.server.send("POST", "/v1/orders", {{"items", {{{"type", "plan"}, {"id", "monthly"}}}}}, f.learner);
        QCOMPARE(order.status, 201);
        auto paid = f.server.send("POST", "/v1/orders/" + order.json["order"]["id"].get<std::string>() + "/payments",
                                  {{"provider", "sandbox"}, {"card_number", "4242424242424242"}}, f.learner,
                                  {{"Idempotency-Key", "sub"}});
        QCOMPARE(paid.status, 200);
        // Course 2 is in_subscription but has no media rows: the rule passes, then no_media.
        QCOMPARE(errorCode(f.get(2, 2)), std::string("no_media"));
        QCOMPARE(errorCode(f.get(1, 2)), std::string("not_entitled")); // course 1 is not in the subscription
        // After the period the subscription no longer counts.
        f.server.clock.advance(40 * 86400);
        f.learner = f.server.services().accounts.signIn("learner@example.com", "correct horse battery", "", "127.0.0.1")
                        ->accessToken;
        QCOMPARE(errorCode(f.get(2, 2)), std::string("not_entitled"));
    }

    void rangeResponses()
    {
        MediaFixture f;
        const std::string etag = "\"" + f.paid.sha256 + "\"";
        auto full = f.get(1, 1);
        QCOMPARE(full.status, 200);
        QCOMPARE(headerOf(full, "Accept-Ranges"), std::string("bytes"));
        QCOMPARE(full.contentType, std::string("video/mp4"));
        QCOMPARE(full.stream->length, std::uint64_t(1000));
        QCOMPARE(headerOf(full, "ETag"), etag); // both lessons share content here

        struct Case {
            const char* range;
            std::uint64_t first, last;
        };
        for (const Case& c : {Case{"bytes=0-9", 0, 9}, Case{"bytes=990-", 990, 999}, Case{"bytes=-10", 990, 999},
                              Case{"bytes=100-5000", 100, 999}, Case{"bytes=5-5", 5, 5}, Case{"bytes=0-0,10-20", 0, 0}}) {
            auto part = f.get(1, 1, {{"Range", c.range}});
            QCOMPARE(part.status, 206);
            QCOMPARE(headerOf(part, "Content-Range"),
                     "bytes " + std::to_string(c.first) + "-" + std::to_string(c.last) + "/1000");
            QCOMPARE(readAll(part), f.content.substr(c.first, c.last - c.first + 1));
        }
        auto beyond = f.get(1, 1, {{"Range", "bytes=1000-"}});
        QCOMPARE(beyond.status, 416);
        QCOMPARE(headerOf(beyond, "Content-Range"), std::string("bytes */1000"));
        QCOMPARE(errorCode(beyond), std::string("range_not_satisfiable"));
        auto broken = f.get(1, 1, {{"Range", "bytes=9-1"}});
        QCOMPARE(broken.status, 400);
        QCOMPARE(errorCode(broken), std::string("invalid_range_header"));

        // If-Range: honoured with the current ETag, ignored (full 200) otherwise.
        auto same = f.get(1, 1, {{"Range", "bytes=0-9"}, {"If-Range", etag}});
        QCOMPARE(same.status, 206);
        auto stale = f.get(1, 1, {{"Range", "bytes=0-9"}, {"If-Range", "\"0000\""}});
        QCOMPARE(stale.status, 200);
        QCOMPARE(readAll(stale), f.content);
        // Access rules come before ranges.
        QCOMPARE(f.get(1, 2, {{"Range", "bytes=0-9"}}).status, 403);
    }

    void demoMediaIsRealAndIdempotent()
    {
        test::TestServer server;
        protocol::Catalog catalog;
        catalog.instructors.push_back(test::fixtureInstructor());
        auto course = test::fixtureCourse(1);
        course.sections[0].lessons.push_back(
            {test::fixtureLessonId(1, 4), "Read me", protocol::LessonKind::Article, 60, false, {}, {}});
        course.sections[0].lessons.push_back(
            {test::fixtureLessonId(1, 5), "Listen", protocol::LessonKind::Audio, 60, false, {}, {}});
        catalog.courses.push_back(course);
        auto made = server::generateDemoMedia(*server.services().media, catalog, {.allowFfmpeg = false});
        QVERIFY(made.has_value());
        QCOMPARE(*made, 4); // two videos, an article, an audio; not the quiz
        auto again = server::generateDemoMedia(*server.services().media, catalog, {.allowFfmpeg = false});
        QCOMPARE(*again, 0);
        auto audio = server.services().media->find(test::fixtureLessonId(1, 5));
        QVERIFY(audio.has_value() && audio->has_value());
        const auto file = server.services().media->fileOf(**audio);
        std::ifstream in(*file, std::ios::binary);
        std::string head(12, '\0');
        in.read(head.data(), 12);
        QCOMPARE(head.substr(0, 4), std::string("RIFF"));
        QCOMPARE(head.substr(8, 4), std::string("WAVE"));
        QCOMPARE(*server::MediaLibrary::sha256OfFile(*file), (*audio)->sha256);
        auto article = server.services().media->find(test::fixtureLessonId(1, 4));
        QVERIFY((*article)->contentType.rfind("text/markdown", 0) == 0);
        // A stored path that leaves the media folder is never opened.
        QVERIFY(!server.services().media->fileOf({"x", "../lectern-server.db", 1, "", ""}).has_value());
        QVERIFY(!server.services().media->fileOf({"x", "/etc/passwd", 1, "", ""}).has_value());
    }
};

QTEST_GUILESS_MAIN(TestMedia)
#include "test_media.moc"
