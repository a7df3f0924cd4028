// `lectern-cli download` end to end: killed with SIGKILL mid-file (the kill is
// placed by the progress lines, and the partial's size proves it landed
// mid-file) and resumed, against the real lectern-server and against nginx
// serving a few-MB file; a file changed on the server is caught and fetched
// again; a lesson the learner does not own leaves nothing on disk; an owned
// course downloads whole, encrypted at rest.
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <cstring>
#include <functional>

#include <nlohmann/json.hpp>
#include <sodium.h>

#include "account/session_store.h"
#include "net/curl_http_client.h"
#include "server_process.h"
#include "store/local_store.h"

using namespace lectern;
namespace fs = std::filesystem;

namespace {

std::string readFile(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void writeFile(const fs::path& path, const std::string& bytes)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

std::string sha256Hex(const std::string& bytes)
{
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
    char hex[crypto_hash_sha256_BYTES * 2 + 1];
    sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
    return hex;
}

struct Progress {
    std::string id;
    std::uint64_t done = 0;
    std::uint64_t stored = 0;
    std::uint64_t total = 0;
};

// "progress ID DONE STORED TOTAL"
std::optional<Progress> parseProgress(const QString& line)
{
    const QStringList parts = line.split(QLatin1Char(' '));
    if (parts.size() != 5 || parts[0] != QLatin1String("progress"))
        return std::nullopt;
    return Progress{parts[1].toStdString(), parts[2].toULongLong(), parts[3].toULongLong(), parts[4].toULongLong()};
}

struct CliRun {
    int exitCode = -1;
    bool killed = false;
    QStringList lines;

    [[nodiscard]] std::optional<Progress> firstProgress(const std::string& id) const
    {
        for (const auto& line : lines)
            if (auto p = parseProgress(line); p && p->id == id)
                return p;
        return std::nullopt;
    }
    [[nodiscard]] bool has(const QString& text) const
    {
        return std::any_of(lines.begin(), lines.end(), [&](const QString& l) { return l.contains(text); });
    }
};

sockaddr_in loopback(int port)
{
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(static_cast<std::uint16_t>(port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    return address;
}

int freePort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address = loopback(0);
    socklen_t length = sizeof address;
    ::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address);
    ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length);
    ::close(fd);
    return ntohs(address.sin_port);
}

bool accepting(int port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address = loopback(port);
    const bool ok = ::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0;
    ::close(fd);
    return ok;
}

} // namespace

class TestDownloadE2e final : public QObject {
    Q_OBJECT

    test::ServerProcess m_server;
    QTemporaryDir m_work;
    QString m_cli = qEnvironmentVariable("LECTERN_CLI");
    QString m_profile;
    std::string m_previewLesson; // free preview with the largest media
    std::string m_previewCourse;
    std::string m_otherPreviewLesson;
    std::string m_otherPreviewCourse;

    // Runs lectern-cli; `killWhen` sees every stdout line and SIGKILLs the
    // process when it returns true.
    CliRun cli(const QStringList& args, const std::function<bool(const QString&)>& killWhen = {})
    {
        CliRun run;
        QProcess process;
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.start(m_cli, QStringList{QStringLiteral("--data-dir"), m_profile, QStringLiteral("--server"),
                                         QString::fromStdString(m_server.baseUrl())}
                                 + args);
        if (!process.waitForStarted(10000))
            return run;
        QByteArray pending;
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 180000) {
            const bool running = process.state() != QProcess::NotRunning;
            if (running)
                process.waitForReadyRead(50);
            pending += process.readAllStandardOutput();
            qsizetype newline = 0;
            while ((newline = pending.indexOf('\n')) >= 0) {
                const QString line = QString::fromUtf8(pending.left(newline));
                pending.remove(0, newline + 1);
                run.lines << line;
                if (killWhen && running && killWhen(line)) {
                    process.kill(); // SIGKILL: no chance to clean up
                    process.waitForFinished(10000);
                    run.killed = true;
                    return run;
                }
            }
            if (!running)
                break;
        }
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished(10000);
            return run;
        }
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        return run;
    }

    fs::path mediaPath(const std::string& course, const std::string& lesson) const
    {
        return fs::path(m_profile.toStdString()) / "media" / course / (lesson + ".media");
    }

    std::string catalogSha(const std::string& lesson)
    {
        auto db = store::openLocalStore(fs::path(m_profile.toStdString()) / "lectern.db");
        auto row = db->prepare("SELECT media_sha256 FROM lessons WHERE id = ?1");
        row->bindAll(lesson);
        return row && *row->step() ? row->text(0) : std::string();
    }

    // Kills a throttled download once a checkpoint past `killAt` is reported,
    // checks the partial proves a mid-file kill, then resumes to the end.
    void killAndResume(const QStringList& args, const std::string& id, const fs::path& finalPath,
                       std::uint64_t killAt, const std::string& sha, const QStringList& throttle)
    {
        std::uint64_t storedAtKill = 0;
        std::uint64_t total = 0;
        const CliRun killed = cli(args + throttle, [&](const QString& line) {
            auto p = parseProgress(line);
            if (!p || p->id != id || p->stored < killAt || p->stored >= p->total)
                return false;
            storedAtKill = p->stored;
            total = p->total;
            return true;
        });
        QVERIFY2(killed.killed, qPrintable(killed.lines.join(QLatin1Char('\n'))));
        const fs::path part = finalPath.string() + ".part";
        QVERIFY(!fs::exists(finalPath));
        QVERIFY(fs::exists(part));
        const auto partial = fs::file_size(part);
        // Mid-file: at least what was fsynced, and not the whole file.
        QVERIFY2(partial >= storedAtKill, qPrintable(QStringLiteral("partial %1, stored %2").arg(partial).arg(storedAtKill)));
        QVERIFY2(partial < total, qPrintable(QStringLiteral("partial %1 of %2").arg(partial).arg(total)));

        const CliRun resumed = cli(args);
        QCOMPARE(resumed.exitCode, 0);
        const auto first = resumed.firstProgress(id);
        QVERIFY(first);
        QCOMPARE(first->done, std::uint64_t{partial}); // resumed, not started over
        QVERIFY(!fs::exists(part));
        QCOMPARE(sha256Hex(readFile(finalPath)), sha);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(sodium_init() >= 0);
        QVERIFY(!m_cli.isEmpty());
        QVERIFY2(m_server.start(QStringLiteral(LECTERN_SERVER_BIN), {QStringLiteral("--demo")}), qPrintable(m_server.error()));
        m_profile = m_work.filePath(QStringLiteral("profile"));
        QCOMPARE(cli({QStringLiteral("sync")}).exitCode, 0);
        const QString password = m_server.demoPassword(QStringLiteral("learner@demo.lectern"));
        QVERIFY(!password.isEmpty());
        QProcess login;
        login.setProcessChannelMode(QProcess::ForwardedChannels);
        login.start(m_cli, {QStringLiteral("--data-dir"), m_profile, QStringLiteral("--server"),
                            QString::fromStdString(m_server.baseUrl()), QStringLiteral("login"),
                            QStringLiteral("learner@demo.lectern"), QStringLiteral("--password-stdin")});
        QVERIFY(login.waitForStarted());
        login.write(password.toUtf8() + '\n');
        login.closeWriteChannel();
        QVERIFY(login.waitForFinished(30000));
        QCOMPARE(login.exitCode(), 0);

        auto db = store::openLocalStore(fs::path(m_profile.toStdString()) / "lectern.db");
        QVERIFY(db);
        auto previews = db->prepare("SELECT l.id, c.id FROM lessons l JOIN sections s ON s.id = l.section_id "
                                    "JOIN courses c ON c.key = s.course_key WHERE l.free_preview = 1 "
                                    "AND l.media_size > 0 ORDER BY l.media_size DESC, l.id LIMIT 2");
        QVERIFY(previews);
        QVERIFY(*previews->step());
        m_previewLesson = previews->text(0);
        m_previewCourse = previews->text(1);
        QVERIFY(*previews->step());
        m_otherPreviewLesson = previews->text(0);
        m_otherPreviewCourse = previews->text(1);
    }

    void cleanupTestCase() { QCOMPARE(m_server.stop(), 0); }

    void killMidFileAndResumeAgainstLecternServer()
    {
        // Demo files are small (≈ 0.1–0.6 MB): a rate limit stretches the
        // transfer to ~3 s, so the kill lands mid-file whatever the machine.
        const std::string sha = catalogSha(m_previewLesson);
        auto db = store::openLocalStore(fs::path(m_profile.toStdString()) / "lectern.db");
        auto size = db->prepare("SELECT media_size FROM lessons WHERE id = ?1");
        size->bindAll(m_previewLesson);
        QVERIFY(*size->step());
        const auto total = static_cast<std::uint64_t>(size->int64(0));
        const QStringList args{QStringLiteral("download"), QString::fromStdString(m_previewCourse),
                               QStringLiteral("--lesson"), QString::fromStdString(m_previewLesson),
                               QStringLiteral("--plain"), QStringLiteral("--checkpoint-bytes"),
                               QString::number(std::max<std::uint64_t>(4096, total / 10))};
        killAndResume(args, m_previewLesson, mediaPath(m_previewCourse, m_previewLesson), total * 3 / 10, sha,
                      {QStringLiteral("--max-rate"), QString::number(std::max<std::uint64_t>(1024, total / 3))});
    }

    void killMidFileAndResumeAgainstNginx()
    {
        const QString nginx = QFile::exists(QStringLiteral("/usr/sbin/nginx"))
            ? QStringLiteral("/usr/sbin/nginx")
            : QStandardPaths::findExecutable(QStringLiteral("nginx"));
        if (nginx.isEmpty())
            QSKIP("nginx is not installed (scripts/dev.sh deps installs it)");
        QTemporaryDir prefix;
        const fs::path root = prefix.path().toStdString();
        for (const char* dir : {"html", "logs", "tmp"})
            fs::create_directories(root / dir);
        std::string bytes(6 * 1024 * 1024 + 321, '\0');
        for (std::size_t i = 0; i < bytes.size(); i += 4) {
            const quint32 r = QRandomGenerator::global()->generate();
            std::memcpy(bytes.data() + i, &r, std::min<std::size_t>(4, bytes.size() - i));
        }
        writeFile(root / "html" / "lesson.bin", bytes);
        const int port = freePort();
        // One process, no privilege drop (the folder is ours), 2 MB/s per
        // connection so a 6 MB file takes ~3 s.
        const std::string conf = "daemon off; master_process off; worker_processes 1;\n"
                                 "pid " + (root / "nginx.pid").string() + ";\n"
                                 "error_log " + (root / "logs/error.log").string() + ";\n"
                                 "events { worker_connections 64; }\n"
                                 "http { access_log off; sendfile on; limit_rate 2m;\n"
                                 "  client_body_temp_path " + (root / "tmp").string() + "; proxy_temp_path " + (root / "tmp").string() + ";\n"
                                 "  fastcgi_temp_path " + (root / "tmp").string() + "; uwsgi_temp_path " + (root / "tmp").string() + ";\n"
                                 "  scgi_temp_path " + (root / "tmp").string() + ";\n"
                                 "  server { listen 127.0.0.1:" + std::to_string(port) + "; root " + (root / "html").string() + "; }\n"
                                 "}\n";
        writeFile(root / "nginx.conf", conf);
        QProcess server;
        server.setProcessChannelMode(QProcess::ForwardedChannels);
        server.start(nginx, {QStringLiteral("-p"), prefix.path(), QStringLiteral("-c"), prefix.filePath(QStringLiteral("nginx.conf"))});
        QVERIFY(server.waitForStarted());
        bool up = false;
        for (int i = 0; i < 100 && !up; ++i) {
            up = accepting(port);
            if (!up)
                QThread::msleep(50);
        }
        QVERIFY2(up, "nginx did not start");

        const fs::path out = root / "out" / "lesson.bin";
        const QStringList args{QStringLiteral("download"), QStringLiteral("--url"),
                               QStringLiteral("http://127.0.0.1:%1/lesson.bin").arg(port), QStringLiteral("--size"),
                               QString::number(bytes.size()), QStringLiteral("--sha256"),
                               QString::fromStdString(sha256Hex(bytes)), QStringLiteral("--output"),
                               QString::fromStdString(out.string()), QStringLiteral("--checkpoint-bytes"),
                               QString::number(256 * 1024)};
        killAndResume(args, "url", out, 1024 * 1024, sha256Hex(bytes), {});
        server.terminate();
        QVERIFY(server.waitForFinished(10000));
    }

    void changedServerFileIsCaughtAndFetchedAgain()
    {
        // The server's file for one lesson changes under the same catalog
        // entry: the SHA-256 check refuses it, the queue fetches it once more
        // from scratch, refuses it again and reports Corrupt with nothing left
        // on disk. Once the server's file is right, the download succeeds.
        auto serverDb = store::Database::open(fs::path(m_server.dataDir().toStdString()) / "lectern-server.db");
        QVERIFY(serverDb);
        auto row = serverDb->prepare("SELECT path FROM media WHERE lesson_id = ?1");
        row->bindAll(m_otherPreviewLesson);
        QVERIFY(*row->step());
        const fs::path file = fs::path(m_server.dataDir().toStdString()) / "media" / row->text(0);
        const std::string original = readFile(file);
        std::string changed = original;
        for (std::size_t i = 0; i < changed.size(); i += 997)
            changed[i] = static_cast<char>(changed[i] ^ 0x5A);
        fs::remove(file); // the demo hard-links files: replace this lesson's only
        writeFile(file, changed);

        const QStringList args{QStringLiteral("download"), QString::fromStdString(m_otherPreviewCourse),
                               QStringLiteral("--lesson"), QString::fromStdString(m_otherPreviewLesson),
                               QStringLiteral("--plain")};
        const CliRun refused = cli(args);
        QCOMPARE(refused.exitCode, 1);
        const QString id = QString::fromStdString(m_otherPreviewLesson);
        QVERIFY(refused.has(QStringLiteral("state %1 failed corrupt").arg(id)));
        // Two attempts: active → queued (retry from scratch) → active → failed.
        QCOMPARE(refused.lines.filter(QStringLiteral("state %1 active").arg(id)).size(), 2);
        const fs::path target = mediaPath(m_otherPreviewCourse, m_otherPreviewLesson);
        QVERIFY(!fs::exists(target));
        QVERIFY(!fs::exists(target.string() + ".part"));

        fs::remove(file);
        writeFile(file, original);
        const CliRun fixed = cli(args);
        QCOMPARE(fixed.exitCode, 0);
        QCOMPARE(sha256Hex(readFile(target)), catalogSha(m_otherPreviewLesson));
    }

    void notEntitledLeavesNothingOnDisk()
    {
        auto db = store::openLocalStore(fs::path(m_profile.toStdString()) / "lectern.db");
        auto paid = db->prepare("SELECT l.id, c.id FROM lessons l JOIN sections s ON s.id = l.section_id "
                                "JOIN courses c ON c.key = s.course_key WHERE l.free_preview = 0 AND c.price_minor > 0 "
                                "AND l.media_size > 0 ORDER BY l.id LIMIT 1");
        QVERIFY(paid && *paid->step());
        const std::string lesson = paid->text(0);
        const std::string course = paid->text(1);
        const CliRun run = cli({QStringLiteral("download"), QString::fromStdString(course), QStringLiteral("--lesson"),
                                QString::fromStdString(lesson)});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.has(QStringLiteral("state %1 failed not_entitled").arg(QString::fromStdString(lesson))));
        const fs::path target = mediaPath(course, lesson);
        QVERIFY(!fs::exists(target));
        QVERIFY(!fs::exists(target.string() + ".part"));
    }

    void ownedCourseDownloadsWholeAndEncrypted()
    {
        // A free course becomes the learner's with a zero-total order; its
        // lessons are then paid-for lessons, stored encrypted.
        auto db = store::openLocalStore(fs::path(m_profile.toStdString()) / "lectern.db");
        auto free = db->prepare("SELECT c.id FROM courses c WHERE c.price_minor = 0 ORDER BY c.id LIMIT 1");
        QVERIFY(free && *free->step());
        const std::string course = free->text(0);
        account::FileSessionStore sessions(fs::path(m_profile.toStdString()) / "session.json");
        auto session = sessions.load();
        QVERIFY(session && *session);
        net::CurlHttpClient http;
        net::HttpRequest order;
        order.method = net::HttpMethod::Post;
        order.url = m_server.baseUrl() + "/v1/orders";
        order.headers.add("Authorization", "Bearer " + (*session)->accessToken);
        order.headers.add("Content-Type", "application/json");
        order.body = nlohmann::json{{"items", {{{"type", "course"}, {"id", course}}}}}.dump();
        auto placed = http.send(order);
        QVERIFY(placed);
        QCOMPARE(placed->status, 201);

        const CliRun run = cli({QStringLiteral("download"), QString::fromStdString(course)});
        QCOMPARE(run.exitCode, 0);
        auto lessons = db->prepare("SELECT l.id, l.media_size, l.free_preview FROM lessons l "
                                   "JOIN sections s ON s.id = l.section_id JOIN courses c ON c.key = s.course_key "
                                   "WHERE c.id = ?1 AND l.media_size > 0");
        lessons->bindAll(course);
        int count = 0;
        while (*lessons->step()) {
            ++count;
            const fs::path target = mediaPath(course, lessons->text(0));
            QVERIFY(fs::exists(target));
            const std::string stored = readFile(target);
            if (lessons->int64(2) == 0) // paid: ciphertext, longer than the plaintext and not it
                QVERIFY(stored.size() > static_cast<std::size_t>(lessons->int64(1)));
        }
        QVERIFY(count > 0);
        QVERIFY(run.has(QStringLiteral("downloaded %1 of %1 lessons").arg(count)));
    }
};

QTEST_GUILESS_MAIN(TestDownloadE2e)
#include "test_download_e2e.moc"
