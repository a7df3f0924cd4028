// THE seek test: lessons played from a sealed memfd (the path encrypted lessons
// take) must land every random seek within a second of its target and keep
// delivering frames, for MP4 (H.264/AAC) and WebM (VP9/Opus).
#include <cerrno>
#include <cstdlib>
#include <random>

#include <fcntl.h>
#include <unistd.h>

#include <QApplication>
#include <QFile>
#include <QMediaPlayer>
#include <QTest>
#include <QVideoFrame>
#include <QVideoSink>
#include <QVideoWidget>

#include "player/lesson_media_locator.h"
#include "player/memfd_media_source.h"
#include "player/player_page.h"
#include "player_test_support.h"

using namespace lectern;
using namespace lectern::ui;

namespace {

constexpr int kSeeks = 50;
constexpr qint64 kToleranceMs = 1000;

} // namespace

class TestPlayerSeek final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString error = test::makeLessonFiles(m_dir.path(), m_files);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void memfdHoldsTheExactBytesAndIsSealed()
    {
        auto source = plainFileSource(m_files.mp4);
        QVERIFY(source.has_value());
        auto memory = MemfdMediaSource::create(*source);
        QVERIFY2(memory.has_value(), memory ? "" : memory.error().detail.c_str());
        QFile original(m_files.mp4);
        QVERIFY(original.open(QIODevice::ReadOnly));
        QFile copy((*memory)->url().toLocalFile());
        QVERIFY(copy.open(QIODevice::ReadOnly));
        QCOMPARE(copy.readAll(), original.readAll());
        QCOMPARE(::fcntl((*memory)->fd(), F_GET_SEALS),
                 F_SEAL_SHRINK | F_SEAL_GROW | F_SEAL_WRITE | F_SEAL_SEAL);
        // Sealed: nobody can change what the player reads.
        const char byte = 'x';
        QCOMPARE(::pwrite((*memory)->fd(), &byte, 1, 0), ssize_t(-1));
        QCOMPARE(errno, EPERM);
        // It is anonymous memory: nothing in any file system holds the plaintext.
        char target[256] = {};
        const QByteArray link = QStringLiteral("/proc/self/fd/%1").arg((*memory)->fd()).toLocal8Bit();
        QVERIFY(::readlink(link.constData(), target, sizeof target - 1) > 0);
        QVERIFY2(QByteArray(target).startsWith("/memfd:"), target);
    }

    void memfdReportsReaderErrors()
    {
        PlaintextSource failing;
        failing.size = 10 * 1024 * 1024;
        failing.readAt = [](std::uint64_t offset, std::span<std::byte> out) -> media::MediaResult<std::size_t> {
            if (offset >= 2 * 1024 * 1024)
                return media::mediaFail(media::MediaErrorCode::Corrupt, "chunk 32 failed authentication");
            return out.size();
        };
        auto memory = MemfdMediaSource::create(failing);
        QVERIFY(!memory.has_value());
        QCOMPARE(memory.error().code, media::MediaErrorCode::Corrupt);

        std::atomic<bool> cancel{true};
        auto cancelled = MemfdMediaSource::create(failing, &cancel);
        QVERIFY(!cancelled.has_value());
        QCOMPARE(cancelled.error().code, media::MediaErrorCode::Cancelled);
    }

    void randomSeeksThroughMemfd_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("mp4 h264/aac") << m_files.mp4;
        QTest::newRow("webm vp9/opus") << m_files.webm;
    }

    void randomSeeksThroughMemfd()
    {
        QFETCH(QString, file);
        QTemporaryDir data;
        const QString root = data.filePath(QStringLiteral("media"));
        auto course = test::makeCourse(root, QStringLiteral("Seeking"),
                                       {{QStringLiteral("Sixty seconds"), catalog::LessonKind::Video, file, {}, 60}});
        auto locator = std::make_shared<FolderMediaLocator>(root, FolderMediaLocator::Mode::ThroughMemory);
        PlayerPage page(locator, nullptr);
        page.setAutoplayNext(false);
        page.resize(900, 560);
        page.show();

        int frames = 0;
        qint64 lastFrameMs = -1;   // the frame's presentation time
        qint64 lastPictureMs = -1; // the time drawn into the picture
        bool framesCarryTimes = true;
        connect(page.videoWidget()->videoSink(), &QVideoSink::videoFrameChanged, &page,
                [&](const QVideoFrame& frame) {
                    if (!frame.isValid())
                        return;
                    ++frames;
                    framesCarryTimes = framesCarryTimes && frame.startTime() >= 0;
                    lastFrameMs = frame.startTime() / 1000;
                    lastPictureMs = test::frameNumberInPicture(frame.toImage()) * 1000 / 24;
                });
        connect(page.mediaPlayer(), &QMediaPlayer::errorOccurred, &page,
                [](QMediaPlayer::Error error, const QString& text) { qInfo() << "error" << error << text; });
        page.openCourse(course);
        QTRY_VERIFY_WITH_TIMEOUT(frames > 0, 30000);
        QVERIFY2(page.mediaPlayer()->source().toLocalFile().startsWith(u"/proc/self/fd/"),
                 qPrintable(page.mediaPlayer()->source().toString()));
        QTRY_VERIFY_WITH_TIMEOUT(page.duration() > 59000, 10000);
        const qint64 duration = page.duration();

        const char* fixedSeed = std::getenv("LECTERN_SEEK_SEED");
        const unsigned seed = fixedSeed ? static_cast<unsigned>(std::strtoul(fixedSeed, nullptr, 10))
                                        : std::random_device{}();
        qInfo("seed %u (set LECTERN_SEEK_SEED to replay)", seed);
        std::mt19937 random(seed);
        // Targets stay 3 s clear of the end, so playback does not run out before
        // the frames after the seek are counted.
        std::uniform_int_distribution<qint64> anywhere(0, duration - 3000);

        QVERIFY2(framesCarryTimes, "frames must carry their presentation time for this test to mean anything");
        qint64 worstMs = 0;
        qint64 worstFrameMs = 0;
        qint64 worstPictureMs = 0;
        for (int i = 0; i < kSeeks; ++i) {
            qint64 target = anywhere(random);
            // At least 5 s away from where playback is, so a frame near the target
            // cannot be one from before the seek.
            while (std::abs(target - page.position()) < 5000)
                target = anywhere(random);
            page.seekTo(target);
            const QByteArray what = QStringLiteral("seek %1 of %2 to %3 ms (seed %4)")
                                        .arg(i + 1)
                                        .arg(kSeeks)
                                        .arg(target)
                                        .arg(seed)
                                        .toLocal8Bit();
            // Frames from the new place arrive…
            // (judged by the picture itself: the frame number drawn into it)…
            QTRY_VERIFY2_WITH_TIMEOUT(std::abs(lastPictureMs - target) <= kToleranceMs
                                          && std::abs(lastFrameMs - target) <= kToleranceMs,
                                      what.constData(), 15000);
            worstPictureMs = std::max(worstPictureMs, std::abs(lastPictureMs - target));
            worstFrameMs = std::max(worstFrameMs, std::abs(lastFrameMs - target));
            // …the player reports a position there…
            const qint64 reported = page.position();
            QVERIFY2(std::abs(reported - target) <= kToleranceMs,
                     QByteArray(what + " reported " + QByteArray::number(reported)).constData());
            worstMs = std::max(worstMs, std::abs(reported - target));
            // …and keep coming.
            const int landed = frames;
            QTRY_VERIFY2_WITH_TIMEOUT(frames >= landed + 3, what.constData(), 15000);
            QCOMPARE(page.problem(), PlayerPage::Problem::None);
            QCOMPARE(page.mediaPlayer()->error(), QMediaPlayer::NoError);
        }
        qInfo("%d of %d seeks landed within %lld ms: worst offset of the picture %lld ms, of the frame time %lld ms, "
              "of the reported position %lld ms",
              kSeeks, kSeeks, kToleranceMs, worstPictureMs, worstFrameMs, worstMs);
        QVERIFY(page.mediaPlayer()->playbackState() == QMediaPlayer::PlayingState);
    }

private:
    QTemporaryDir m_dir;
    test::LessonFiles m_files;
};

int main(int argc, char* argv[])
{
    lectern::test::NullAudioServer audio; // before the application: GStreamer reads the environment
    QApplication app(argc, argv);
    TestPlayerSeek test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_player_seek.moc"
