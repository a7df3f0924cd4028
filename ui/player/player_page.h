// The player: a lesson (video, audio or article) with its controls, and the
// course's lessons beside it with the learner's progress. Progress is saved every
// few seconds, on pause and on leaving; completion (90% watched) and watch time
// go to the learning-event log.
#pragma once

#include <atomic>
#include <memory>
#include <thread>
#include <vector>

#include <QElapsedTimer>
#include <QMediaPlayer>
#include <QWidget>

#include "media/webvtt.h"
#include "player/lesson_media_locator.h"
#include "player/lesson_progress_service.h"
#include "player/watch_tracker.h"
#include "services/catalog_service.h"

class QAudioOutput;
class QCheckBox;
class QLabel;
class QListView;
class QShortcut;
class QSlider;
class QStackedWidget;
class QTabWidget;
class QTextBrowser;
class QTimer;
class QWindow;
class QToolButton;
class QVideoWidget;

namespace lectern::ui {

class EmptyStateWidget;
class LessonListModel;
class MemfdMediaSource;

class PlayerPage final : public QWidget {
    Q_OBJECT

public:
    // What the learner sees instead of the lesson when it cannot be played.
    enum class Problem { None, Missing, NotEntitled, Corrupt, Unreadable, MissingCodec };

    static constexpr qint64 kSkipMs = 10'000;      // the ±10 s buttons and ←/→
    static constexpr qint64 kLongSkipMs = 30'000;  // Shift+←/→
    static constexpr int kSaveIntervalMs = 5'000;

    PlayerPage(std::shared_ptr<LessonMediaLocator> locator, std::shared_ptr<LessonProgressService> progress,
               QWidget* parent = nullptr);
    ~PlayerPage() override;

    // Shows the course's lessons and opens `lessonId`, or the lesson to continue
    // with when it is empty (once the learner's progress has loaded).
    void openCourse(CourseDetailPtr detail, const QString& lessonId = {});
    void openLesson(int row);
    void setMediaLocator(std::shared_ptr<LessonMediaLocator> locator);

    // For the notes panel: where the lesson is, and a way to go somewhere.
    [[nodiscard]] qint64 position() const;
    [[nodiscard]] qint64 duration() const;
    [[nodiscard]] QString courseId() const;
    [[nodiscard]] QString lessonId() const;
    [[nodiscard]] QString lessonTitle() const;
    // Beside the player: a "Lessons" tab; the notes panel adds its own tab here.
    [[nodiscard]] QTabWidget* sidePanel() const { return m_side; }

    [[nodiscard]] Problem problem() const { return m_problem; }
    [[nodiscard]] bool isFullScreen() const { return m_fullScreen; }
    [[nodiscard]] bool autoplayNext() const;
    [[nodiscard]] QString subtitleText() const;
    [[nodiscard]] QMediaPlayer* mediaPlayer() const { return m_player; }
    [[nodiscard]] QAudioOutput* audioOutput() const { return m_audio; }
    [[nodiscard]] QVideoWidget* videoWidget() const { return m_video; }
    [[nodiscard]] QTextBrowser* articleView() const { return m_article; }
    [[nodiscard]] LessonListModel* lessonModel() const { return m_lessons; }
    [[nodiscard]] double watchedFraction() const { return m_tracker.watchedFraction(); }

    // Saves the position, logs watch time and lets go of the media (leaving the
    // page or quitting); the lesson reopens where it stopped.
    void release();

public Q_SLOTS:
    void seekTo(qint64 ms);
    void togglePlayPause();
    void skipBy(qint64 deltaMs);
    void setSpeed(double rate);
    void stepSpeed(int direction);
    void toggleMute();
    void setFullScreen(bool on);
    void previousLesson();
    void nextLesson();
    void setAutoplayNext(bool on);
    void setSubtitlesVisible(bool on);

Q_SIGNALS:
    void positionChanged(qint64 ms);
    void lessonOpened(const QString& courseId, const QString& lessonId);
    void backRequested();
    void fullScreenChanged(bool on);
    // A damaged or missing download: the downloads page fetches it again.
    void redownloadRequested(const QString& courseId, const QString& lessonId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildControls(QWidget* bar);
    void installShortcuts();
    void keepKeyboardInThePage(QWindow* focused);
    void onProgressLoaded(const QString& courseId, const CourseProgress& progress);
    void startMedia(const LessonMedia& media);
    void startPlayer(const QUrl& url);
    void startArticle(const LessonMedia& media);
    void onMemoryReady(quint64 generation);
    void onMediaStatus(QMediaPlayer::MediaStatus status);
    void onPlaybackState(QMediaPlayer::PlaybackState state);
    void onPlayerError(QMediaPlayer::Error error, const QString& text);
    void onPosition(qint64 ms);
    void onDuration(qint64 ms);
    void onArticleScrolled();
    void showProblem(Problem problem, const QString& reason = {}, const QString& detail = {});
    void saveProgress(bool completedNow = false);
    void flushWatchTime();
    void checkCompletion();
    void stopLesson();
    void joinPreparation();
    void updateTimeLabel(qint64 ms);
    void updatePlayButton();
    void updateMuteButton();
    void updateSpeedButton();
    void updateNavigation();
    void loadSubtitles(const QString& path);

    std::shared_ptr<LessonMediaLocator> m_locator;
    std::shared_ptr<LessonProgressService> m_progress;
    CourseDetailPtr m_detail;
    QString m_pendingLesson; // asked for before the progress arrived
    bool m_waitingForProgress = false;
    int m_row = -1;
    catalog::LessonKind m_kind = catalog::LessonKind::Video;
    Problem m_problem = Problem::None;
    QString m_mediaName; // the file behind the lesson, for messages

    QMediaPlayer* m_player = nullptr;
    QAudioOutput* m_audio = nullptr;
    std::unique_ptr<MemfdMediaSource> m_memory;
    // Copying into memory runs here; joined before the page or the lesson goes.
    std::thread m_preparer;
    std::shared_ptr<std::atomic<bool>> m_cancelPreparation;
    std::unique_ptr<MemfdMediaSource> m_prepared;
    media::MediaError m_preparationError{media::MediaErrorCode::Io, {}};
    quint64 m_generation = 0;
    qint64 m_resumeMs = 0;
    bool m_resumeApplied = false;
    bool m_resumeExplicit = false; // a seekTo() that came before the media was ready
    bool m_rateApplied = false;    // the speed reaches GStreamer only once the media is buffered
    bool m_completed = false;
    bool m_completionLogged = false;
    WatchTracker m_tracker;
    QElapsedTimer m_playingSince;
    qint64 m_watchedMs = 0;
    std::vector<media::WebVttCue> m_cues;
    bool m_subtitlesOn = true;
    double m_speed = 1.0;
    bool m_fullScreen = false;
    bool m_windowWasMaximized = false;

    QWidget* m_top = nullptr;
    QToolButton* m_back = nullptr;
    QLabel* m_courseTitle = nullptr;
    QLabel* m_title = nullptr;
    QWidget* m_mediaPane = nullptr;
    QStackedWidget* m_view = nullptr;
    QVideoWidget* m_video = nullptr;
    QWidget* m_audioPage = nullptr;
    QLabel* m_audioIcon = nullptr;
    QLabel* m_audioTitle = nullptr;
    QTextBrowser* m_article = nullptr;
    QLabel* m_preparing = nullptr;
    EmptyStateWidget* m_problemView = nullptr;
    QLabel* m_caption = nullptr;
    QWidget* m_controls = nullptr;
    QSlider* m_seek = nullptr;
    QLabel* m_time = nullptr;
    QToolButton* m_play = nullptr;
    QToolButton* m_rewind = nullptr;
    QToolButton* m_forward = nullptr;
    QToolButton* m_previous = nullptr;
    QToolButton* m_next = nullptr;
    QToolButton* m_speedButton = nullptr;
    QToolButton* m_subtitlesButton = nullptr;
    QToolButton* m_mute = nullptr;
    QSlider* m_volume = nullptr;
    QCheckBox* m_autoplay = nullptr;
    QToolButton* m_fullScreenButton = nullptr;
    QTabWidget* m_side = nullptr;
    QListView* m_lessonList = nullptr;
    LessonListModel* m_lessons = nullptr;
    QTimer* m_saveTimer = nullptr;
    std::vector<QShortcut*> m_mediaShortcuts;
};

} // namespace lectern::ui
