// DownloadQueue over a temporary profile database with a small catalog and the
// fake media server: priorities ("play now"), the concurrency limit, pause,
// resume, cancel (nothing left behind), retry after a full disk, the one
// retry of a corrupt file, the storage limit, usage and deletion, and a
// restart (clean and after a crash) that resumes persisted downloads. The
// hold behind "download only when idle" is tested over real HTTP (a local
// cpp-httplib server and libcurl): queued lessons wait, play-now ones do not,
// a running download gives way with its partial kept and resumes from it.
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>

#include "catalog/catalog_repository.h"
#include "catalog_fixtures.h"
#include "download_fakes.h"
#include "local_media_server.h"
#include "media/download_queue.h"
#include "net/api_client.h"
#include "net/curl_http_client.h"
#include "store/local_store.h"

using namespace lectern;
namespace fs = std::filesystem;

namespace {

constexpr const char* kBase = "http://media.test";

std::string readFile(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

class Recorder final : public media::DownloadObserver {
public:
    void downloadChanged(const media::DownloadEntry& entry) override
    {
        std::lock_guard lock(m_mutex);
        states[entry.lessonId].push_back(entry.state);
    }
    void downloadRemoved(const std::string& lessonId) override
    {
        std::lock_guard lock(m_mutex);
        removed.push_back(lessonId);
    }
    std::vector<media::DownloadState> statesOf(const std::string& id)
    {
        std::lock_guard lock(m_mutex);
        return states[id];
    }
    std::vector<std::string> removedIds()
    {
        std::lock_guard lock(m_mutex);
        return removed;
    }

private:
    std::mutex m_mutex;
    std::map<std::string, std::vector<media::DownloadState>> states;
    std::vector<std::string> removed;
};

} // namespace

class TestDownloadQueue final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    fs::path m_db;
    fs::path m_media;
    std::string m_courseA = test::testId(5001);
    std::string m_courseB = test::testId(5002);
    std::vector<std::string> m_lessons; // 5 in course A (2 sections), 1 in course B
    std::map<std::string, std::string> m_bytes;

    std::string lessonUrl(const std::string& id) const { return std::string(kBase) + "/v1/media/lessons/" + id; }

    void serveAll(test::FakeMediaServer& server)
    {
        for (const auto& [id, bytes] : m_bytes)
            server.put(lessonUrl(id), {bytes});
    }

    void serveAll(test::LocalMediaServer& server)
    {
        for (const auto& [id, bytes] : m_bytes)
            server.put(id, bytes);
    }

    media::DownloadQueueOptions options(int concurrency = 2)
    {
        media::DownloadQueueOptions o;
        o.databasePath = m_db;
        o.mediaDir = m_media;
        o.concurrency = concurrency;
        o.retryDelay = std::chrono::milliseconds(10);
        o.downloader.checkpointEvery = 32 * 1024;
        o.downloader.checkpointInterval = std::chrono::milliseconds(0);
        o.downloader.freeSpace = [](const fs::path&) -> media::MediaResult<std::uint64_t> { return std::uint64_t{1} << 40; };
        return o;
    }

    static net::ApiResult<std::string> token(bool) { return std::string("t"); }

    fs::path pathOf(const std::string& course, const std::string& lesson) const
    {
        return m_media / course / (lesson + ".media");
    }

    bool waitFor(const std::function<bool()>& condition, int ms = 20000)
    {
        for (int waited = 0; waited < ms; waited += 5) {
            if (condition())
                return true;
            QThread::msleep(5);
        }
        return condition();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = fs::path(m_dir.path().toStdString()) / "lectern.db";
        auto db = store::openLocalStore(m_db);
        QVERIFY(db);
        catalog::CatalogRepository repo(*db);
        QVERIFY(repo.upsertInstructor(test::instructor(1, "Teacher")));
        auto makeCourse = [&](std::uint64_t n, const std::string& id, int sections, int perSection) {
            protocol::Course c = test::course(n, "Course " + std::to_string(n));
            c.id = id;
            c.sections.clear();
            for (int s = 0; s < sections; ++s) {
                protocol::Section section{test::testId(600000 + n * 100 + s), "S", {}};
                for (int l = 0; l < perSection; ++l) {
                    const std::string lessonId = test::testId(700000 + n * 100 + s * 10 + l);
                    const std::string bytes = test::patternBytes(100'000 + 1000 * m_lessons.size(), 
                                                                 static_cast<unsigned>(m_lessons.size() + 1));
                    m_bytes[lessonId] = bytes;
                    m_lessons.push_back(lessonId);
                    section.lessons.push_back({lessonId, "L", protocol::LessonKind::Video, 60, l == 0,
                                               static_cast<std::int64_t>(bytes.size()), test::sha256Hex(bytes)});
                }
                // A quiz has no media and is never queued.
                section.lessons.push_back({test::testId(800000 + n * 100 + s), "Q", protocol::LessonKind::Quiz, 0, false, {}, {}});
                c.sections.push_back(std::move(section));
            }
            QVERIFY(repo.upsertCourse(c));
        };
        makeCourse(1, m_courseA, 2, 3); // lessons 0-5
        makeCourse(2, m_courseB, 1, 1); // lesson 6
        m_media = fs::path(m_dir.path().toStdString()) / "media";
    }

    void init()
    {
        // Every test starts with an empty queue and no files.
        auto db = store::openLocalStore(m_db);
        QVERIFY(db);
        QVERIFY(db->exec("DELETE FROM downloads; DELETE FROM app_state WHERE key LIKE 'downloads.%'"));
        fs::remove_all(m_media);
    }

    void courseDownloadsEverythingWithMedia()
    {
        test::FakeMediaServer server;
        serveAll(server);
        net::ApiClient api(server, kBase);
        Recorder recorder;
        media::DownloadQueue queue(options(), server, api, token, media::plainSinkFactory(), &recorder);
        QVERIFY(queue.start());
        auto queued = queue.enqueueCourse(m_courseA);
        QVERIFY(queued);
        QCOMPARE(*queued, 6);
        QVERIFY(queue.waitUntilIdle(std::chrono::seconds(30)));
        std::uint64_t expected = 0;
        for (int i = 0; i < 6; ++i) {
            const auto& id = m_lessons[static_cast<std::size_t>(i)];
            QCOMPARE(queue.entry(id)->state, media::DownloadState::Completed);
            QCOMPARE(readFile(pathOf(m_courseA, id)), m_bytes[id]);
            expected += m_bytes[id].size();
            const auto states = recorder.statesOf(id);
            QVERIFY(!states.empty());
            QCOMPARE(states.back(), media::DownloadState::Completed);
        }
        QVERIFY(server.maxActive() <= 2);
        QCOMPARE(queue.courseUsage(m_courseA), expected);
        QCOMPARE(queue.totalUsage(), expected);
        // Enqueueing a finished course again downloads nothing.
        const auto requests = server.seen().size();
        QVERIFY(queue.enqueueCourse(m_courseA));
        QVERIFY(queue.waitUntilIdle(std::chrono::seconds(10)));
        QCOMPARE(server.seen().size(), requests);

        QVERIFY(queue.deleteCourse(m_courseA));
        QCOMPARE(queue.courseUsage(m_courseA), std::uint64_t{0});
        QVERIFY(!fs::exists(m_media / m_courseA));
        QVERIFY(queue.entries().empty());
    }

    void sectionQueuesItsLessons()
    {
        test::FakeMediaServer server;
        serveAll(server);
        net::ApiClient api(server, kBase);
        media::DownloadQueue queue(options(), server, api, token, media::plainSinkFactory());
        QVERIFY(queue.start());
        auto queued = queue.enqueueSection(test::testId(600000 + 1 * 100 + 1));
        QVERIFY(queued);
        QCOMPARE(*queued, 3);
        QVERIFY(queue.waitUntilIdle(std::chrono::seconds(30)));
        QCOMPARE(queue.entries().size(), std::size_t{3});
        QVERIFY(!queue.enqueueLesson(test::testId(800000 + 100)).has_value()); // a quiz: no media
    }

    void concurrencyLimitAndPlayNowJumpsTheQueue()
    {
        test::FakeMediaServer server;
        serveAll(server);
        server.stallAfter(8 * 1024);
        net::ApiClient api(server, kBase);
        media::DownloadQueue queue(options(2), server, api, token, media::plainSinkFactory());
        QVERIFY(queue.start());
        for (int i = 0; i < 5; ++i)
            QVERIFY(queue.enqueueLesson(m_lessons[static_cast<std::size_t>(i)]));
        QVERIFY(waitFor([&] { return server.stalled() == 2; }));
        QThread::msleep(100); // a third would have started by now if the limit leaked
        QCOMPARE(server.active(), 2);
        const std::set<std::string> firstTwo{server.seen()[0].url, server.seen()[1].url};
        QCOMPARE(firstTwo, (std::set<std::string>{lessonUrl(m_lessons[0]), lessonUrl(m_lessons[1])}));

        // The player wants lesson 6 (course B): it goes before lessons 2-4.
        QVERIFY(queue.playNow(m_lessons[6]));
        QCOMPARE(queue.entries().front().lessonId, m_lessons[6]);
        server.releaseOne(lessonUrl(m_lessons[0]));
        QVERIFY(waitFor([&] { return server.seen().size() == 3 && server.stalled() == 2; }));
        QCOMPARE(server.seen()[2].url, lessonUrl(m_lessons[6]));

        server.release();
        QVERIFY(queue.waitUntilIdle(std::chrono::seconds(30)));
        QCOMPARE(server.maxActive(), 2);
        QCOMPARE(server.seen().size(), std::size_t{6});
        for (int i : {0, 1, 2, 3, 4, 6})
            QCOMPARE(queue.entry(m_lessons[static_cast<std::size_t>(i)])->state, media::DownloadState::Completed);
    }

    void pauseKeepsThePartialAndResumeContinues()
    {
        test::FakeMediaServer server;
        serveAll(server);
        server.stallAfter(40 * 1024);
        net::ApiClient api(server, kBase);
        media::DownloadQueue queue(options(1), server, api, token, media::plainSinkFactory());
        QVERIFY(queue.start());
        const auto& id = m_lessons[0];
        QVERIFY(queue.enqueueLesson(id));
        QVERIFY(waitFor([&] { return server.stalled() == 1; }));
        QVERIFY(queue.pause(id));
        QVERIFY(waitFor([&] { return queue.entry(id)->state == media::DownloadState::Paused; }));
        const auto part = pathOf(m_courseA, id).string() + ".part";
        QVERIFY(fs::exists(part));
        QVERIFY(fs::file_size(part) >= 32 * 1024);
        QCOMPARE(queue.entry(id)->bytesDone, std::uint64_t{fs::file_size(part)});

        server.stallAfter(std::nullopt);
        QVERIFY(queue.resume(id));
        QVERIFY(queue.waitUntilIdle(std::chrono::seconds(30)));
        QCOMPARE(queue.entry(id)->state, media::DownloadState::Completed);
        QCOMPARE(readFile(pathOf(m_courseA, id)), m_bytes[id]);
        QVERIFY(server.seen().back().resumeFrom >= 32 * 1024);

        // stop() then start() on the same object: the workers come back.
        queue.stop();
        QVERIFY(queue.enqueueLesson(m_lessons[1]));
        QVERIFY(queue.start());
        QVERIFY(queue.waitUntilIdle(std::chrono::seconds(30)));
        QCOMPARE(queue.entry(m_lessons[1])->state, media::DownloadState::Completed);
    }

    // Pause and, before the transfer has stopped, Resume again (a double click on
    // the two buttons): the download carries on from its partial; it does not
    // end as failed "cancelled".
    void resumeBeforeThePauseLandsCarriesOn()
    {
        test::FakeMediaServer server;
        serveAll(server);
        server.stallAfter(40 * 1024);
        net::ApiClient api(server, kBase);
        media::DownloadQueue queue(options(1), server, api, token, media::plainSinkFactory());
        QVERIFY(queue.start());
        const auto& id = m_lessons[2];
        QVERIFY(queue.enqueueLesson(id));
        QVERIFY(waitFor([&] { return server.stalled() == 1; }));
        server.stallAfter(std::nullopt);
        QVERIFY(queue.pause(id));
        QVERIFY(queue.resume(id));
        QVERIFY(queue.waitUntilIdle(std::chrono::seconds(30)));
        QCOMPARE(queue.entry(id)->state, media::DownloadState::Completed);
        QVERIFY(!queue.entry(id)->error);
        QCOMPARE(readFile(pathOf(m_courseA, id)), m_bytes[id]);
    }

    void cancelLeavesNothingBehind()
    {
        test::FakeMediaServer server;
        serveAll(server);
        server.stallAfter(40 * 1024);
        net::ApiClient api(server, kBase);
        Recorder recorder;
        media::DownloadQueue queue(options(1), server, api, token, media::plainSinkFactory(), &recorder);
        QVERIFY(queue.start());
        QVERIFY(queue.enqueueLesson(m_lessons[0]));
        QVERIFY(queue.enqueueLesson(m_lessons[1])); // queued, never started
        QVERIFY(waitFor([&] { return server.stalled() == 1; }));
        QVERIFY(fs::exists(pathOf(m_courseA, m_lessons[0]).string() + ".part"));

        QVERIFY(queue.cancel(m_lessons[0])); // returns once the files are gone
        QVERIFY(!fs::exists(pathOf(m_courseA, m_lessons[0]).string() + ".part"));
        QVERIFY(!fs::exists(pathOf(m_courseA, m_lessons[0])));
        QVERIFY(!queue.entry(m_lessons[0]));
        QVERIFY(queue.cancel(m_lessons[1]));
        queue.stop();
        QVERIFY(queue.entries().empty());
        QVERIFY(!fs::exists(m_media / m_courseA) || fs::is_empty(m_media / m_courseA));
        QCOMPARE(recorder.removedIds().size(), std::size_t{2});
        auto db = store::openLocalStore(m_db);
        auto count = db->prepare("SELECT count(*) FROM downloads");
        QVERIFY(count && *count->step());
        QCOMPARE(count->int64(0), std::int64_t{0});
    }

    void diskFullFailsCleanlyAndRetryResumes()
    {
        test::FakeMediaServer server;
        serveAll(server);
        net::ApiClient api(server, kBase);
        std::atomic<bool> full{true};
        media::SinkFactory sinks = [&](const media::SinkSpec& spec) -> media::MediaResult<std::unique_ptr<media::MediaSink>> {
            if (full)
                return std::make_unique<test::FullDiskSink>(spec.path, 50'000);
            return std::make_unique<media::PlainFileSink>(spec.path);
        };
        media::DownloadQueue queue(options(1), server, api, token, sinks);
        QVERIFY(queue.start());
        const auto& id = m_lessons[0];
        QVERIFY(queue.enqueueLesson(id));
        QVERIFY(queue.waitUntilIdle(std::chrono::seconds(30)));
        auto failed = queue.entry(id);
        QCOMPARE(failed->state, media::DownloadState::Failed);
        QVERIFY(failed->error);
        QCOMPARE(failed->error->code, media::MediaErrorCode::DiskFull);
        QVERIFY(!fs::exists(pathOf(m_courseA, id)));
        const auto kept = fs::file_size(pathOf(m_courseA, id).string() + ".part");
        QVERIFY(kept > 0 && kept <= 50'000);

        full = false; // the learner freed space
        QVERIFY(queue.retry(id));
        QVERIFY(queue.waitUntilIdle(std::chrono::seconds(30)));
        QCOMPARE(queue.entry(id)->state, media::DownloadState::Completed);
        QCOMPARE(readFile(pathOf(m_courseA, id)), m_bytes[id]);
        QCOMPARE(server.seen().back().resumeFrom, std::uint64_t{kept});
    }

    void corruptFileIsRetriedOnceFromScratch()
    {
        test::FakeMediaServer server;
        const auto& id = m_lessons[0];
        server.put(lessonUrl(id), {test::patternBytes(m_bytes[id].size(), 99)});
        net::ApiClient api(server, kBase);
        media::DownloadQueue queue(options(1), server, api, token, media::plainSinkFactory());
        QVERIFY(queue.start());
        QVERIFY(queue.enqueueLesson(id));
        QVERIFY(queue.waitUntilIdle(std::chrono::seconds(30)));
        QCOMPARE(queue.entry(id)->state, media::DownloadState::Failed);
        QCOMPARE(queue.entry(id)->error->code, media::MediaErrorCode::Corrupt);
        QCOMPARE(server.seen().size(), std::size_t{2});
        QCOMPARE(server.seen()[1].resumeFrom, std::uint64_t{0});
        QVERIFY(!fs::exists(pathOf(m_courseA, id)));
        QVERIFY(!fs::exists(pathOf(m_courseA, id).string() + ".part"));

        server.put(lessonUrl(id), {m_bytes[id]}); // the server's file is fixed
        QVERIFY(queue.retry(id));
        QVERIFY(queue.waitUntilIdle(std::chrono::seconds(30)));
        QCOMPARE(queue.entry(id)->state, media::DownloadState::Completed);
    }

    void networkFailuresAreRetriedFromThePartial()
    {
        test::FakeMediaServer server;
        serveAll(server);
        server.failNextAfter(30'000);
        net::ApiClient api(server, kBase);
        media::DownloadQueue queue(options(1), server, api, token, media::plainSinkFactory());
        QVERIFY(queue.start());
        const auto& id = m_lessons[1];
        QVERIFY(queue.enqueueLesson(id));
        QVERIFY(queue.waitUntilIdle(std::chrono::seconds(30)));
        QCOMPARE(queue.entry(id)->state, media::DownloadState::Completed);
        QCOMPARE(server.seen().size(), std::size_t{2});
        QCOMPARE(server.seen()[1].resumeFrom, std::uint64_t{30'000});
    }

    void notEntitledFailsWithNothingOnDisk()
    {
        test::FakeMediaServer server;
        const auto& id = m_lessons[2];
        server.put(lessonUrl(id), {m_bytes[id], {}, 403});
        net::ApiClient api(server, kBase);
        media::DownloadQueue queue(options(1), server, api, token, media::plainSinkFactory());
        QVERIFY(queue.start());
        QVERIFY(queue.enqueueLesson(id));
        QVERIFY(queue.waitUntilIdle(std::chrono::seconds(30)));
        QCOMPARE(queue.entry(id)->state, media::DownloadState::Failed);
        QCOMPARE(queue.entry(id)->error->code, media::MediaErrorCode::NotEntitled);
        QCOMPARE(server.seen().size(), std::size_t{1}); // not retried: buying the course is the fix
        QVERIFY(!fs::exists(m_media / m_courseA) || fs::is_empty(m_media / m_courseA));
    }

    void storageLimitRefusesToStart()
    {
        test::FakeMediaServer server;
        serveAll(server);
        net::ApiClient api(server, kBase);
        {
            media::DownloadQueue queue(options(1), server, api, token, media::plainSinkFactory());
            QVERIFY(queue.start());
            QVERIFY(queue.setStorageLimit(std::uint64_t{150'000}));
            QVERIFY(queue.enqueueLesson(m_lessons[0])); // ~100 KB: fits
            QVERIFY(queue.waitUntilIdle(std::chrono::seconds(30)));
            QCOMPARE(queue.entry(m_lessons[0])->state, media::DownloadState::Completed);
            QVERIFY(queue.enqueueLesson(m_lessons[1])); // another ~100 KB: over the limit
            QVERIFY(queue.waitUntilIdle(std::chrono::seconds(30)));
            auto refused = queue.entry(m_lessons[1]);
            QCOMPARE(refused->state, media::DownloadState::Failed);
            QCOMPARE(refused->error->code, media::MediaErrorCode::DiskFull);
            QVERIFY2(refused->error->detail.find("limit") != std::string::npos, refused->error->detail.c_str());
            QVERIFY(!fs::exists(pathOf(m_courseA, m_lessons[1]).string() + ".part"));
        }
        // The limit is a setting: it survives a restart; lifting it lets the download run.
        media::DownloadQueue again(options(1), server, api, token, media::plainSinkFactory());
        QVERIFY(again.start());
        QCOMPARE(again.storageLimit(), std::optional<std::uint64_t>(150'000));
        QVERIFY(again.setStorageLimit(std::nullopt));
        QVERIFY(again.retry(m_lessons[1]));
        QVERIFY(again.waitUntilIdle(std::chrono::seconds(30)));
        QCOMPARE(again.entry(m_lessons[1])->state, media::DownloadState::Completed);
    }

    void restartResumesPersistedDownloads_data()
    {
        QTest::addColumn<bool>("crash");
        QTest::newRow("clean stop") << false;
        QTest::newRow("crash (rows left active)") << true;
    }

    void restartResumesPersistedDownloads()
    {
        QFETCH(bool, crash);
        test::FakeMediaServer server;
        serveAll(server);
        server.stallAfter(70 * 1024);
        net::ApiClient api(server, kBase);
        {
            media::DownloadQueue queue(options(1), server, api, token, media::plainSinkFactory());
            QVERIFY(queue.start());
            QVERIFY(queue.enqueueLesson(m_lessons[0]));
            QVERIFY(queue.enqueueLesson(m_lessons[1]));
            QVERIFY(queue.pause(m_lessons[1])); // a paused one stays paused
            QVERIFY(queue.enqueueLesson(m_lessons[2]));
            QVERIFY(waitFor([&] { return server.stalled() == 1; }));
            queue.stop();
        }
        const auto part = pathOf(m_courseA, m_lessons[0]).string() + ".part";
        const auto kept = fs::file_size(part);
        QVERIFY(kept >= 64 * 1024);
        if (crash) {
            auto db = store::openLocalStore(m_db);
            QVERIFY(db->exec("UPDATE downloads SET state = 'active' WHERE state = 'queued'"));
        }

        server.stallAfter(std::nullopt);
        const auto before = server.seen().size();
        media::DownloadQueue queue(options(1), server, api, token, media::plainSinkFactory());
        QVERIFY(queue.start());
        QVERIFY(queue.waitUntilIdle(std::chrono::seconds(30)));
        QCOMPARE(queue.entry(m_lessons[0])->state, media::DownloadState::Completed);
        QCOMPARE(queue.entry(m_lessons[1])->state, media::DownloadState::Paused);
        QCOMPARE(queue.entry(m_lessons[2])->state, media::DownloadState::Completed);
        QCOMPARE(readFile(pathOf(m_courseA, m_lessons[0])), m_bytes[m_lessons[0]]);
        const auto seen = server.seen();
        QCOMPARE(seen[before].url, lessonUrl(m_lessons[0])); // first in, first resumed
        QCOMPARE(seen[before].resumeFrom, std::uint64_t{kept});
    }

    // --- The hold ("download only when idle"), over real HTTP. ---

    void heldQueueStartsOnlyPlayNow()
    {
        test::LocalMediaServer server;
        serveAll(server);
        QVERIFY(server.start());
        net::CurlHttpClient http;
        net::ApiClient api(http, server.baseUrl());
        media::DownloadQueue queue(options(2), http, api, token, media::plainSinkFactory());
        queue.setHeld(true); // before start(): nothing may slip through
        QVERIFY(queue.start());
        QVERIFY(queue.held());
        QVERIFY(queue.enqueueLesson(m_lessons[0]));
        QVERIFY(queue.enqueueLesson(m_lessons[1]));
        QVERIFY(!queue.waitUntilIdle(std::chrono::milliseconds(400))); // waiting counts as queued
        QVERIFY(server.requests().empty());
        QCOMPARE(queue.entry(m_lessons[0])->state, media::DownloadState::Queued);
        QCOMPARE(queue.entry(m_lessons[1])->state, media::DownloadState::Queued);

        // The player asks for a lesson: it goes at once, hold or not.
        QVERIFY(queue.playNow(m_lessons[6]));
        QVERIFY(waitFor([&] { return queue.entry(m_lessons[6])->state == media::DownloadState::Completed; }));
        QCOMPARE(readFile(pathOf(m_courseB, m_lessons[6])), m_bytes[m_lessons[6]]);
        QThread::msleep(200);
        QCOMPARE(server.requests().size(), std::size_t{1});
        QCOMPARE(queue.entry(m_lessons[0])->state, media::DownloadState::Queued);

        // A queued lesson the player then asks for is promoted past the hold.
        QVERIFY(queue.playNow(m_lessons[1]));
        QVERIFY(waitFor([&] { return queue.entry(m_lessons[1])->state == media::DownloadState::Completed; }));
        QCOMPARE(queue.entry(m_lessons[0])->state, media::DownloadState::Queued);
        QVERIFY(server.requestsFor(m_lessons[0]).empty());

        // Released: the rest starts.
        queue.setHeld(false);
        QVERIFY(queue.waitUntilIdle(std::chrono::seconds(30)));
        QCOMPARE(queue.entry(m_lessons[0])->state, media::DownloadState::Completed);
        QCOMPARE(readFile(pathOf(m_courseA, m_lessons[0])), m_bytes[m_lessons[0]]);
    }

    void holdStopsRunningDownloadsAndKeepsTheirPartials()
    {
        test::LocalMediaServer server;
        serveAll(server);
        server.stallAfter(48 * 1024);
        QVERIFY(server.start());
        net::CurlHttpClient http;
        net::ApiClient api(http, server.baseUrl());
        Recorder recorder;
        media::DownloadQueue queue(options(2), http, api, token, media::plainSinkFactory(), &recorder);
        QVERIFY(queue.start());
        const auto& queued = m_lessons[0];
        const auto& playing = m_lessons[6];
        QVERIFY(queue.enqueueLesson(queued));
        QVERIFY(queue.playNow(playing));
        QVERIFY(waitFor([&] { return server.stalled() == 2; }));
        QCOMPARE(queue.entry(queued)->state, media::DownloadState::Active);

        // The learner is back: the queued lesson gives way, the one being played does not.
        queue.setHeld(true);
        QVERIFY(waitFor([&] { return queue.entry(queued)->state == media::DownloadState::Queued; }));
        QCOMPARE(queue.entry(playing)->state, media::DownloadState::Active);
        const auto stopped = *queue.entry(queued);
        QVERIFY(!stopped.error);
        QCOMPARE(stopped.attempts, 0); // a hold is not a failed attempt
        const auto part = pathOf(m_courseA, queued).string() + ".part";
        QVERIFY(fs::exists(part));
        const auto kept = fs::file_size(part);
        QVERIFY2(kept >= 32 * 1024, std::to_string(kept).c_str()); // at least the checkpoint before the pause
        QCOMPARE(stopped.bytesDone, std::uint64_t{kept});
        const auto states = recorder.statesOf(queued);
        QCOMPARE(states.back(), media::DownloadState::Queued);

        // The played lesson finishes; the held one does not come back while held.
        server.release();
        QVERIFY(waitFor([&] { return queue.entry(playing)->state == media::DownloadState::Completed; }));
        QThread::msleep(300);
        QCOMPARE(server.requestsFor(queued).size(), std::size_t{1});
        QCOMPARE(queue.entry(queued)->state, media::DownloadState::Queued);

        // Released: it continues from its partial, not from byte 0.
        queue.setHeld(false);
        QVERIFY(queue.waitUntilIdle(std::chrono::seconds(30)));
        QCOMPARE(queue.entry(queued)->state, media::DownloadState::Completed);
        QCOMPARE(readFile(pathOf(m_courseA, queued)), m_bytes[queued]);
        const auto asked = server.requestsFor(queued);
        QCOMPARE(asked.size(), std::size_t{2});
        QCOMPARE(asked[0].range, std::string());
        QCOMPARE(asked[1].range, "bytes=" + std::to_string(kept) + "-");
        QCOMPARE(queue.entry(queued)->attempts, 1);
    }

    void onlyWhenIdleIsAPersistedSetting()
    {
        test::FakeMediaServer server;
        serveAll(server);
        net::ApiClient api(server, kBase);
        {
            media::DownloadQueue queue(options(1), server, api, token, media::plainSinkFactory());
            QVERIFY(queue.start());
            QVERIFY(!queue.onlyWhenIdle());
            QVERIFY(queue.setOnlyWhenIdle(true));
            QVERIFY(queue.onlyWhenIdle());
            queue.setHeld(true);
        }
        media::DownloadQueue again(options(1), server, api, token, media::plainSinkFactory());
        QVERIFY(!again.setOnlyWhenIdle(true)); // not started: nowhere to keep it
        QVERIFY(again.start());
        QVERIFY(again.onlyWhenIdle());
        // The setting does not hold the queue by itself (the app decides when the
        // learner is idle; lectern-cli never holds), and the hold is not persisted.
        QVERIFY(!again.held());
        QVERIFY(again.enqueueLesson(m_lessons[0]));
        QVERIFY(again.waitUntilIdle(std::chrono::seconds(30)));
        QCOMPARE(again.entry(m_lessons[0])->state, media::DownloadState::Completed);
        QVERIFY(again.setOnlyWhenIdle(false));
        auto db = store::openLocalStore(m_db);
        auto count = db->prepare("SELECT count(*) FROM app_state WHERE key = 'downloads.only_when_idle'");
        QVERIFY(count && *count->step());
        QCOMPARE(count->int64(0), std::int64_t{0});
    }
};

QTEST_GUILESS_MAIN(TestDownloadQueue)
#include "test_download_queue.moc"
