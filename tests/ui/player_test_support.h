// Shared set-up for the player tests and the first-frame bench: a private
// null-sink PulseAudio, lesson media made with ffmpeg at test time, and a course
// whose lessons point at it.
#pragma once

#include <memory>

#include <QImage>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include "catalog/catalog_views.h"

namespace lectern::test {

// A PulseAudio with one null sink, private to this process (its own
// XDG_RUNTIME_DIR), so playback has an audio device on a machine without one.
// Must be started before the QApplication. Without the pulseaudio binary the
// tests run with no audio device, which GStreamer tolerates (it only warns).
class NullAudioServer final {
public:
    NullAudioServer();
    ~NullAudioServer();
    NullAudioServer(const NullAudioServer&) = delete;
    NullAudioServer& operator=(const NullAudioServer&) = delete;
    [[nodiscard]] bool running() const { return m_running; }

private:
    QTemporaryDir m_runtime;
    std::unique_ptr<QProcess> m_process;
    bool m_running = false;
};

// Lesson files, made once per test process in `dir`.
struct LessonFiles {
    QString mp4;  // 60 s, H.264/AAC, 24 fps, GOP 48
    QString webm; // 60 s, VP9/Opus
    QString mp3;  // 8 s
    QString shortMp4; // 6 s, for completion
    QString vtt;  // cues for the MP4
    QString article; // Markdown with an image beside it
    QString corrupt; // random bytes named .mp4
};
// The frame number drawn into the top stripes of the test videos (24 per second).
[[nodiscard]] int frameNumberInPicture(const QImage& frame);

// Runs ffmpeg; returns an error message, or an empty string on success.
[[nodiscard]] QString makeLessonFiles(const QString& dir, LessonFiles& files);

// A course of one section with these lessons (ids are fixed UUIDs), and the files
// copied where FolderMediaLocator looks: <root>/<course id>/<lesson id>.<ext>.
struct TestLesson {
    QString title;
    catalog::LessonKind kind;
    QString file; // empty: no file (a missing lesson)
    QString subtitles;
    std::int64_t durationSeconds;
};
[[nodiscard]] std::shared_ptr<const catalog::CourseDetail> makeCourse(const QString& root, const QString& title,
                                                                      const std::vector<TestLesson>& lessons);

} // namespace lectern::test
