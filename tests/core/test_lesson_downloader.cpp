// LessonDownloader and PlainFileSink against a fake media server: resume with
// Range/If-Range and the rebuilt SHA-256, every answer the server can give
// (206, 200, 416, 401, 403, 404), network failures, corrupt bytes, a full disk
// (injected and real ENOSPC), the free-space precheck and cancellation; and
// ThreadedSink, which runs the sink beside the network thread.
#include <QTemporaryDir>
#include <QTest>

#include <filesystem>
#include <fstream>
#include <optional>

#include "download_fakes.h"
#include "media/encrypted_file.h"
#include "media/lesson_downloader.h"
#include "media/plain_file_sink.h"
#include "media/threaded_sink.h"

using namespace lectern;
namespace fs = std::filesystem;

namespace {

const std::string kUrl = "http://media.test/v1/media/lessons/L1";

std::string readFile(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void writeFile(const fs::path& path, std::string_view bytes)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

media::DownloadJob jobFor(const std::string& bytes, const fs::path& dir, std::string sha = {})
{
    media::LessonMedia lesson{"L1", bytes.size(), sha.empty() ? test::sha256Hex(bytes) : std::move(sha)};
    return media::DownloadJob{media::DownloadSource{kUrl, true, "\"" + lesson.sha256 + "\""}, lesson, dir};
}

net::ApiResult<std::string> goodToken(bool) { return std::string("good"); }

} // namespace

class TestLessonDownloader final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    fs::path m_final;
    std::string m_bytes = test::patternBytes(300 * 1024 + 123, 1);
    media::LessonDownloaderOptions m_options;

private Q_SLOTS:
    void init()
    {
        fs::remove_all(fs::path(m_dir.path().toStdString()) / "c");
        m_final = fs::path(m_dir.path().toStdString()) / "c" / "L1.media";
        m_options = {};
        m_options.checkpointEvery = 64 * 1024;
        m_options.checkpointInterval = std::chrono::milliseconds(0);
        m_options.freeSpace = [](const fs::path&) -> media::MediaResult<std::uint64_t> { return std::uint64_t{1} << 40; };
    }

    void freshDownloadCommitsAtomically()
    {
        test::FakeMediaServer server;
        server.put(kUrl, {m_bytes});
        media::LessonDownloader downloader(server, goodToken, m_options);
        media::PlainFileSink sink(m_final);
        std::vector<media::DownloadProgress> steps;
        auto done = downloader.download(jobFor(m_bytes, m_final.parent_path()), sink, nullptr,
                                        [&](const media::DownloadProgress& p) { steps.push_back(p); });
        QVERIFY2(done, done ? "" : done.error().detail.c_str());
        QCOMPARE(readFile(m_final), m_bytes);
        QVERIFY(!fs::exists(m_final.string() + ".part"));
        QCOMPARE(server.seen().size(), std::size_t{1});
        QCOMPARE(server.seen()[0].authorization, std::string("Bearer good"));
        QCOMPARE(server.seen()[0].resumeFrom, std::uint64_t{0});
        QVERIFY(!steps.empty());
        QCOMPARE(steps.back().done, std::uint64_t{m_bytes.size()});
        QVERIFY(std::any_of(steps.begin(), steps.end(), [](const auto& p) { return p.durable > 0 && p.durable < p.total; }));
    }

    void networkFailureKeepsPartialAndResumeSendsRangeAndIfRange()
    {
        test::FakeMediaServer server;
        server.put(kUrl, {m_bytes});
        server.failNextAfter(100 * 1024);
        media::LessonDownloader downloader(server, goodToken, m_options);
        {
            media::PlainFileSink sink(m_final);
            auto first = downloader.download(jobFor(m_bytes, m_final.parent_path()), sink);
            QVERIFY(!first);
            QCOMPARE(first.error().code, media::MediaErrorCode::Network);
        }
        QCOMPARE(fs::file_size(m_final.string() + ".part"), std::uintmax_t{100 * 1024});
        QVERIFY(!fs::exists(m_final));

        media::PlainFileSink sink(m_final); // a new run: the hash is rebuilt from the file
        auto second = downloader.download(jobFor(m_bytes, m_final.parent_path()), sink);
        QVERIFY2(second, second ? "" : second.error().detail.c_str());
        QCOMPARE(readFile(m_final), m_bytes);
        const auto seen = server.seen();
        QCOMPARE(seen.size(), std::size_t{2});
        QCOMPARE(seen[1].resumeFrom, std::uint64_t{100 * 1024});
        QCOMPARE(seen[1].ifRange, "\"" + test::sha256Hex(m_bytes) + "\"");
    }

    void changedFileOnServerRestartsFromZero()
    {
        // The partial belongs to an older file; the server now has another
        // (new ETag): If-Range fails, the partial is dropped, the new file is
        // fetched whole and checked against the (updated) catalog.
        const std::string oldBytes = test::patternBytes(m_bytes.size(), 7);
        fs::create_directories(m_final.parent_path());
        writeFile(m_final.string() + ".part", std::string_view(oldBytes).substr(0, 50'000));
        test::FakeMediaServer server;
        server.put(kUrl, {m_bytes});
        media::LessonDownloader downloader(server, goodToken, m_options);
        media::PlainFileSink sink(m_final);
        auto job = jobFor(m_bytes, m_final.parent_path());
        job.source.ifRange = "\"" + test::sha256Hex(oldBytes) + "\"";
        auto done = downloader.download(job, sink);
        QVERIFY2(done, done ? "" : done.error().detail.c_str());
        QCOMPARE(readFile(m_final), m_bytes);
        const auto seen = server.seen();
        QCOMPARE(seen.size(), std::size_t{2});
        QCOMPARE(seen[0].resumeFrom, std::uint64_t{50'000});
        QCOMPARE(seen[1].resumeFrom, std::uint64_t{0});
    }

    // The same with an encrypted partial: the sink the downloader discarded
    // starts a new file (a new key and nonces) for the restart from zero.
    void changedFileRestartsAnEncryptedDownloadToo()
    {
        const media::DeviceKey key = media::DeviceKey::generate();
        const std::string oldBytes = test::patternBytes(m_bytes.size(), 7);
        {
            media::EncryptedFileSink old(m_final, key);
            QVERIFY(old.append(std::string_view(oldBytes).substr(0, 150'000)));
            QVERIFY(old.checkpoint());
        }
        test::FakeMediaServer server;
        server.put(kUrl, {m_bytes});
        media::LessonDownloader downloader(server, goodToken, m_options);
        media::EncryptedFileSink sink(m_final, key);
        auto job = jobFor(m_bytes, m_final.parent_path());
        job.source.ifRange = "\"" + test::sha256Hex(oldBytes) + "\"";
        auto done = downloader.download(job, sink);
        QVERIFY2(done, done ? "" : done.error().detail.c_str());
        const auto seen = server.seen();
        QCOMPARE(seen.size(), std::size_t{2});
        QVERIFY(seen[0].resumeFrom > 0);
        QCOMPARE(seen[1].resumeFrom, std::uint64_t{0});
        auto reader = media::EncryptedFileReader::open(m_final, key);
        QVERIFY(reader);
        std::string plain(m_bytes.size(), '\0');
        auto got = reader->readAt(0, std::span<char>(plain.data(), plain.size()));
        QVERIFY(got);
        QCOMPARE(plain, m_bytes);
    }

    void corruptBytesAreDiscarded()
    {
        // Same size, other content: the server sends what it has, the SHA-256
        // check refuses it, nothing is left on disk.
        test::FakeMediaServer server;
        server.put(kUrl, {test::patternBytes(m_bytes.size(), 9)});
        media::LessonDownloader downloader(server, goodToken, m_options);
        media::PlainFileSink sink(m_final);
        auto done = downloader.download(jobFor(m_bytes, m_final.parent_path()), sink);
        QVERIFY(!done);
        QCOMPARE(done.error().code, media::MediaErrorCode::Corrupt);
        QVERIFY(!fs::exists(m_final));
        QVERIFY(!fs::exists(m_final.string() + ".part"));
    }

    void tamperedPartialIsCaught()
    {
        // A partial whose bytes are wrong (disk damage, another file) cannot be
        // detected before the end; the whole-file SHA-256 catches it.
        fs::create_directories(m_final.parent_path());
        std::string bad = m_bytes.substr(0, 80'000);
        bad[1000] ^= 0x55;
        writeFile(m_final.string() + ".part", bad);
        test::FakeMediaServer server;
        server.put(kUrl, {m_bytes});
        media::LessonDownloader downloader(server, goodToken, m_options);
        media::PlainFileSink sink(m_final);
        auto done = downloader.download(jobFor(m_bytes, m_final.parent_path()), sink);
        QVERIFY(!done);
        QCOMPARE(done.error().code, media::MediaErrorCode::Corrupt);
        QVERIFY(!fs::exists(m_final.string() + ".part"));
        media::PlainFileSink again(m_final); // the queue's one retry from scratch
        QVERIFY(downloader.download(jobFor(m_bytes, m_final.parent_path()), again));
        QCOMPARE(readFile(m_final), m_bytes);
    }

    void completePartialIsVerifiedWithoutARequest()
    {
        fs::create_directories(m_final.parent_path());
        writeFile(m_final.string() + ".part", m_bytes);
        test::FakeMediaServer server;
        server.put(kUrl, {m_bytes});
        media::LessonDownloader downloader(server, goodToken, m_options);
        media::PlainFileSink sink(m_final);
        QVERIFY(downloader.download(jobFor(m_bytes, m_final.parent_path()), sink));
        QCOMPARE(server.seen().size(), std::size_t{0});
        QCOMPARE(readFile(m_final), m_bytes);
    }

    void serverFileShorterThanPartialGives416AndRestarts()
    {
        // The catalog says 300 KB; the server's file is now 40 KB (the catalog
        // has not caught up): 416 → restart → size mismatch → Corrupt.
        fs::create_directories(m_final.parent_path());
        writeFile(m_final.string() + ".part", m_bytes.substr(0, 60'000));
        test::FakeMediaServer server;
        const std::string shorter = m_bytes.substr(0, 40'000);
        server.put(kUrl, {shorter, "\"" + test::sha256Hex(m_bytes) + "\""});
        media::LessonDownloader downloader(server, goodToken, m_options);
        media::PlainFileSink sink(m_final);
        auto done = downloader.download(jobFor(m_bytes, m_final.parent_path()), sink);
        QVERIFY(!done);
        QCOMPARE(done.error().code, media::MediaErrorCode::Corrupt);
        QCOMPARE(server.seen()[1].resumeFrom, std::uint64_t{0});
        QVERIFY(!fs::exists(m_final));
        QVERIFY(!fs::exists(m_final.string() + ".part"));
    }

    void forbiddenLeavesNothing()
    {
        fs::create_directories(m_final.parent_path());
        writeFile(m_final.string() + ".part", m_bytes.substr(0, 10'000)); // from when it was owned
        test::FakeMediaServer server;
        server.put(kUrl, {m_bytes, {}, 403});
        media::LessonDownloader downloader(server, goodToken, m_options);
        media::PlainFileSink sink(m_final);
        auto done = downloader.download(jobFor(m_bytes, m_final.parent_path()), sink);
        QVERIFY(!done);
        QCOMPARE(done.error().code, media::MediaErrorCode::NotEntitled);
        QVERIFY(done.error().detail.find("not_entitled") != std::string::npos);
        QVERIFY(!fs::exists(m_final.string() + ".part"));
        QVERIFY(!fs::exists(m_final));
    }

    void noMediaIsNotFound()
    {
        test::FakeMediaServer server; // knows no file
        media::LessonDownloader downloader(server, goodToken, m_options);
        media::PlainFileSink sink(m_final);
        auto done = downloader.download(jobFor(m_bytes, m_final.parent_path()), sink);
        QVERIFY(!done);
        QCOMPARE(done.error().code, media::MediaErrorCode::NotFound);
        QVERIFY(!fs::exists(m_final.string() + ".part"));
    }

    void expiredTokenIsRefreshedOnce()
    {
        test::FakeMediaServer server;
        server.put(kUrl, {m_bytes});
        server.requireToken("fresh");
        std::vector<bool> asked;
        auto tokens = [&](bool force) -> net::ApiResult<std::string> {
            asked.push_back(force);
            return std::string(force ? "fresh" : "stale");
        };
        media::LessonDownloader downloader(server, tokens, m_options);
        media::PlainFileSink sink(m_final);
        QVERIFY(downloader.download(jobFor(m_bytes, m_final.parent_path()), sink));
        QCOMPARE(asked, (std::vector<bool>{false, true}));

        server.requireToken("other"); // refresh does not help: sign in again
        asked.clear();
        fs::remove(m_final);
        media::PlainFileSink again(m_final);
        auto refused = downloader.download(jobFor(m_bytes, m_final.parent_path()), again);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, media::MediaErrorCode::NotEntitled);
        QCOMPARE(asked.size(), std::size_t{2});
    }

    void injectedDiskFullKeepsACleanPartialThatResumes()
    {
        test::FakeMediaServer server;
        server.put(kUrl, {m_bytes});
        media::LessonDownloader downloader(server, goodToken, m_options);
        {
            test::FullDiskSink sink(m_final, 150'000);
            auto done = downloader.download(jobFor(m_bytes, m_final.parent_path()), sink);
            QVERIFY(!done);
            QCOMPARE(done.error().code, media::MediaErrorCode::DiskFull);
        }
        QVERIFY(!fs::exists(m_final));
        const auto kept = fs::file_size(m_final.string() + ".part");
        QVERIFY(kept > 0 && kept <= 150'000);
        QCOMPARE(readFile(m_final.string() + ".part"), m_bytes.substr(0, kept)); // a clean prefix

        media::PlainFileSink sink(m_final); // space was freed
        QVERIFY(downloader.download(jobFor(m_bytes, m_final.parent_path()), sink));
        QCOMPARE(readFile(m_final), m_bytes);
        QCOMPARE(server.seen().back().resumeFrom, std::uint64_t{kept});
    }

    // Pieces of every size, blocks of 1,000 bytes, two in flight: the file holds
    // the bytes in order.
    void threadedSinkKeepsTheOrder()
    {
        media::PlainFileSink file(m_final, 777);
        {
            media::ThreadedSink piped(file, 1000, 2);
            std::size_t at = 0;
            for (std::size_t piece = 1; at < m_bytes.size(); piece = piece * 7 % 5003 + 1) {
                const std::size_t take = std::min(piece, m_bytes.size() - at);
                QVERIFY(piped.append(std::string_view(m_bytes).substr(at, take)));
                at += take;
            }
            QVERIFY(piped.commit());
        }
        QCOMPARE(readFile(m_final), m_bytes);
    }

    // The disk fills up on the sink's thread: the failure comes back through a
    // later append or the drain, nothing after it is written, and the partial
    // is a clean prefix that resumableBytes() reports.
    void threadedSinkStopsAtTheFirstFailure()
    {
        test::FullDiskSink full(m_final, 150'000);
        media::ThreadedSink piped(full, 4096, 4);
        std::optional<media::MediaError> failed;
        for (std::size_t at = 0; at < m_bytes.size() && !failed; at += 10'000)
            if (auto ok = piped.append(std::string_view(m_bytes).substr(at, 10'000)); !ok)
                failed = ok.error();
        if (!failed)
            if (auto drained = piped.drain(); !drained)
                failed = drained.error();
        QVERIFY(failed);
        QCOMPARE(failed->code, media::MediaErrorCode::DiskFull);
        QVERIFY(!piped.append("more")); // stays failed
        QVERIFY(!piped.checkpoint());   // and still syncs what was stored
        const auto kept = piped.resumableBytes();
        QVERIFY(kept);
        QVERIFY(*kept > 0 && *kept <= 150'000);
        QCOMPARE(fs::file_size(m_final.string() + ".part"), *kept);
        QCOMPARE(readFile(m_final.string() + ".part"), m_bytes.substr(0, *kept));
    }

    void realEnospcIsDiskFull()
    {
        // The partial is a symlink to /dev/full: every write fails with ENOSPC.
        if (!fs::exists("/dev/full"))
            QSKIP("no /dev/full");
        fs::create_directories(m_final.parent_path());
        fs::create_symlink("/dev/full", m_final.string() + ".part");
        media::PlainFileSink sink(m_final, 4096);
        auto appended = sink.append(m_bytes);
        QVERIFY(!appended);
        QCOMPARE(appended.error().code, media::MediaErrorCode::DiskFull);
        QVERIFY(appended.error().detail.find(".part") != std::string::npos);
        fs::remove(m_final.string() + ".part");
    }

    void freeSpacePrecheckRefusesToStart()
    {
        test::FakeMediaServer server;
        server.put(kUrl, {m_bytes});
        m_options.spaceMargin = 1 << 20;
        m_options.freeSpace = [](const fs::path&) -> media::MediaResult<std::uint64_t> { return std::uint64_t{1} << 20; };
        media::LessonDownloader downloader(server, goodToken, m_options);
        media::PlainFileSink sink(m_final);
        auto done = downloader.download(jobFor(m_bytes, m_final.parent_path()), sink);
        QVERIFY(!done);
        QCOMPARE(done.error().code, media::MediaErrorCode::DiskFull);
        QVERIFY2(done.error().detail.find("free") != std::string::npos, done.error().detail.c_str());
        QCOMPARE(server.seen().size(), std::size_t{0});
        QVERIFY(!fs::exists(m_final.string() + ".part"));
    }

    void realFreeSpaceProbeWorks()
    {
        auto free = media::freeSpaceOf(fs::path(m_dir.path().toStdString()) / "not" / "yet" / "made");
        QVERIFY(free);
        QVERIFY(*free > 0);
    }

    void cancelKeepsThePartial()
    {
        test::FakeMediaServer server;
        server.put(kUrl, {m_bytes});
        media::LessonDownloader downloader(server, goodToken, m_options);
        media::PlainFileSink sink(m_final);
        net::CancelToken cancel;
        auto done = downloader.download(jobFor(m_bytes, m_final.parent_path()), sink, &cancel,
                                        [&](const media::DownloadProgress& p) {
                                            if (p.done >= 100'000)
                                                cancel.cancel();
                                        });
        QVERIFY(!done);
        QCOMPARE(done.error().code, media::MediaErrorCode::Cancelled);
        QVERIFY(fs::file_size(m_final.string() + ".part") >= 100'000);
    }

    void lessonWithoutMediaIsNotFound()
    {
        test::FakeMediaServer server;
        media::LessonDownloader downloader(server, goodToken, m_options);
        media::PlainFileSink sink(m_final);
        auto job = jobFor(m_bytes, m_final.parent_path());
        job.media.sha256.clear();
        auto done = downloader.download(job, sink);
        QVERIFY(!done);
        QCOMPARE(done.error().code, media::MediaErrorCode::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestLessonDownloader)
#include "test_lesson_downloader.moc"
