// Time to first frame in the player's two ways of playing a lesson: straight
// from a plain file, and through a sealed memfd copy (how encrypted lessons
// play: the copy is part of the wait, so it is timed in). Also the copy's
// throughput on a large synthetic lesson, which is what a long lesson costs
// before its first frame.
//
//   first_frame_bench RUNS FILE [FILE...]
//
// Run it with an audio device (or a null-sink PulseAudio, see docs/benchmarks.md)
// and QT_QPA_PLATFORM=offscreen; it prints one line per file and way.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <memory>
#include <vector>

#include <QApplication>
#include <QAudioOutput>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QMediaPlayer>
#include <QTimer>
#include <QVideoFrame>
#include <QVideoSink>

#include "player/lesson_media_locator.h"
#include "player/memfd_media_source.h"

using lectern::ui::MemfdMediaSource;
using lectern::ui::PlaintextSource;

namespace {

struct Stats {
    double median = 0;
    double min = 0;
    double max = 0;
};

Stats stats(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return {values[values.size() / 2], values.front(), values.back()};
}

// Milliseconds from "open this lesson" to the first decoded frame; -1 on failure.
double firstFrameMs(const QString& path, bool throughMemory)
{
    QElapsedTimer timer;
    timer.start();
    std::unique_ptr<MemfdMediaSource> memory;
    QUrl url = QUrl::fromLocalFile(path);
    if (throughMemory) {
        auto source = lectern::ui::plainFileSource(path);
        if (!source)
            return -1;
        auto created = MemfdMediaSource::create(*source);
        if (!created)
            return -1;
        memory = std::move(*created);
        url = memory->url();
    }
    QMediaPlayer player;
    QAudioOutput audio;
    QVideoSink sink;
    player.setAudioOutput(&audio);
    player.setVideoSink(&sink);
    QEventLoop loop;
    double result = -1;
    QObject::connect(&sink, &QVideoSink::videoFrameChanged, &loop, [&](const QVideoFrame& frame) {
        if (frame.isValid() && result < 0) {
            result = static_cast<double>(timer.nsecsElapsed()) / 1e6;
            loop.quit();
        }
    });
    QObject::connect(&player, &QMediaPlayer::errorOccurred, &loop, [&] { loop.quit(); });
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    player.setSource(url);
    player.play();
    loop.exec();
    player.setSource(QUrl()); // before the player goes (see docs/architecture.md, "Player")
    return result;
}

double copyThroughputMiBs(std::uint64_t bytes)
{
    PlaintextSource synthetic;
    synthetic.size = bytes;
    synthetic.readAt = [](std::uint64_t offset, std::span<std::byte> out) -> lectern::media::MediaResult<std::size_t> {
        std::memset(out.data(), static_cast<int>(offset & 0xff), out.size());
        return out.size();
    };
    const auto start = std::chrono::steady_clock::now();
    auto memory = MemfdMediaSource::create(synthetic);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (!memory)
        return -1;
    return static_cast<double>(bytes) / (1024.0 * 1024.0) / seconds;
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    if (argc < 3) {
        std::fprintf(stderr, "usage: first_frame_bench RUNS FILE [FILE...]\n");
        return 2;
    }
    const int runs = std::max(1, std::atoi(argv[1]));
    for (int f = 2; f < argc; ++f) {
        const QString path = QString::fromLocal8Bit(argv[f]);
        const double sizeMiB = static_cast<double>(QFileInfo(path).size()) / (1024.0 * 1024.0);
        firstFrameMs(path, false); // warm the page cache and GStreamer's registry
        for (const bool memory : {false, true}) {
            std::vector<double> times;
            for (int i = 0; i < runs; ++i) {
                const double ms = firstFrameMs(path, memory);
                if (ms < 0) {
                    std::fprintf(stderr, "%s: no frame (%s)\n", argv[f], memory ? "memfd" : "file");
                    return 1;
                }
                times.push_back(ms);
            }
            const Stats s = stats(times);
            std::printf("%-28s %6.1f MiB  %-5s first frame  median %7.1f ms  min %7.1f  max %7.1f  (%d runs)\n",
                        qPrintable(QFileInfo(path).fileName()), sizeMiB, memory ? "memfd" : "file", s.median, s.min,
                        s.max, runs);
        }
    }
    std::vector<double> copies;
    for (int i = 0; i < 3; ++i)
        copies.push_back(copyThroughputMiBs(256ull * 1024 * 1024));
    const Stats c = stats(copies);
    std::printf("memfd copy of a 256 MiB lesson: median %.0f MiB/s (min %.0f, max %.0f)\n", c.median, c.min, c.max);
    return 0;
}
