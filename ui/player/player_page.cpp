#include "player/player_page.h"

#include <algorithm>
#include <array>
#include <cmath>

#include <QAudioOutput>
#include <QCheckBox>
#include <QDesktopServices>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QScrollBar>
#include <QShortcut>
#include <QSlider>
#include <QStackedWidget>
#include <QStyle>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QVideoWidget>
#include <QWindow>

#include "player/lesson_list_delegate.h"
#include "player/lesson_list_model.h"
#include "player/memfd_media_source.h"
#include "player/pitch_keeper.h"
#include "text/catalog_text.h"
#include "widgets/empty_state_widget.h"
#include "widgets/icons.h"

namespace lectern::ui {

namespace {

constexpr std::array<double, 7> kSpeeds{0.5, 0.75, 1.0, 1.25, 1.5, 1.75, 2.0};

QString clock(qint64 ms)
{
    const qint64 total = std::max<qint64>(0, ms) / 1000;
    const qint64 h = total / 3600;
    const qint64 m = (total / 60) % 60;
    const qint64 s = total % 60;
    if (h > 0)
        return QStringLiteral("%1:%2:%3").arg(h).arg(m, 2, 10, QLatin1Char('0')).arg(s, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(m).arg(s, 2, 10, QLatin1Char('0'));
}

QString speedText(double rate)
{
    return QLocale().toString(rate, 'g', 3) + QChar(0x00D7);
}

// The stage is black; the article and the problem page are not. Every role is set
// explicitly, so nothing falls back to the stage's dark palette.
QPalette resolvedPalette(const QPalette& from)
{
    QPalette palette = from;
    for (int group = 0; group < QPalette::NColorGroups; ++group)
        for (int role = 0; role < QPalette::NColorRoles; ++role) {
            const auto g = static_cast<QPalette::ColorGroup>(group);
            const auto r = static_cast<QPalette::ColorRole>(role);
            palette.setBrush(g, r, from.brush(g, r));
        }
    return palette;
}

QToolButton* toolButton(QWidget* parent, const QString& objectName, const QString& toolTip)
{
    auto* button = new QToolButton(parent);
    button->setObjectName(objectName);
    button->setToolTip(toolTip);
    button->setAccessibleName(toolTip);
    button->setAutoRaise(true);
    button->setFocusPolicy(Qt::TabFocus);
    return button;
}

} // namespace

PlayerPage::PlayerPage(std::shared_ptr<LessonMediaLocator> locator, std::shared_ptr<LessonProgressService> progress,
                       QWidget* parent)
    : QWidget(parent)
    , m_locator(std::move(locator))
    , m_progress(std::move(progress))
    , m_player(new QMediaPlayer(this))
    , m_audio((installPitchKeeping(), new QAudioOutput(this))) // the hook must see the audio bin being built
    , m_lessons(new LessonListModel(this))
    , m_saveTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("playerPage"));
    const int unit = fontMetrics().height();
    m_player->setAudioOutput(m_audio);

    // Top: back, course and lesson title.
    m_top = new QWidget(this);
    m_back = toolButton(m_top, QStringLiteral("playerBackButton"), tr("Back to the course (Esc)"));
    m_back->setText(tr("Course"));
    m_back->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_courseTitle = new QLabel(m_top);
    m_courseTitle->setObjectName(QStringLiteral("playerCourseTitle"));
    m_courseTitle->setForegroundRole(QPalette::PlaceholderText);
    m_courseTitle->setTextFormat(Qt::PlainText);
    m_title = new QLabel(m_top);
    m_title->setObjectName(QStringLiteral("playerLessonTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
    // Long titles wrap rather than widen the window.
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_courseTitle->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto* titles = new QVBoxLayout;
    titles->setSpacing(0);
    titles->addWidget(m_courseTitle);
    titles->addWidget(m_title);
    auto* topLayout = new QHBoxLayout(m_top);
    topLayout->setContentsMargins(unit / 2, unit / 2, unit, unit / 2);
    topLayout->addWidget(m_back, 0, Qt::AlignTop);
    topLayout->addLayout(titles, 1);

    // The media pane: the lesson on black, captions, controls.
    m_mediaPane = new QWidget(this);
    m_mediaPane->setObjectName(QStringLiteral("mediaPane"));
    auto* stage = new QWidget(m_mediaPane);
    stage->setObjectName(QStringLiteral("playerStage"));
    stage->setAutoFillBackground(true);
    QPalette dark = stage->palette();
    dark.setColor(QPalette::Window, Qt::black);
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    stage->setPalette(dark);

    m_view = new QStackedWidget(stage);
    m_video = new QVideoWidget(m_view);
    m_video->setObjectName(QStringLiteral("videoView"));
    m_video->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    m_player->setVideoOutput(m_video);

    m_audioPage = new QWidget(m_view);
    m_audioIcon = new QLabel(m_audioPage);
    m_audioIcon->setAlignment(Qt::AlignCenter);
    m_audioTitle = new QLabel(m_audioPage);
    m_audioTitle->setObjectName(QStringLiteral("audioTitle"));
    m_audioTitle->setAlignment(Qt::AlignCenter);
    m_audioTitle->setWordWrap(true);
    m_audioTitle->setTextFormat(Qt::PlainText);
    auto* audioLayout = new QVBoxLayout(m_audioPage);
    audioLayout->addStretch(1);
    audioLayout->addWidget(m_audioIcon);
    audioLayout->addWidget(m_audioTitle);
    audioLayout->addStretch(1);

    m_article = new QTextBrowser(m_view);
    m_article->setObjectName(QStringLiteral("articleView"));
    m_article->setOpenLinks(false);
    m_article->setFrameShape(QFrame::NoFrame);
    m_article->setAutoFillBackground(true);
    m_article->document()->setDocumentMargin(unit * 2);

    m_preparing = new QLabel(tr("Preparing the lesson…"), m_view);
    m_preparing->setObjectName(QStringLiteral("preparingLabel"));
    m_preparing->setAlignment(Qt::AlignCenter);

    m_problemView = new EmptyStateWidget(m_view);
    m_problemView->setObjectName(QStringLiteral("playerProblem"));
    m_problemView->setAutoFillBackground(true);

    m_view->addWidget(m_video);
    m_view->addWidget(m_audioPage);
    m_view->addWidget(m_article);
    m_view->addWidget(m_preparing);
    m_view->addWidget(m_problemView);

    m_caption = new QLabel(stage);
    m_caption->setObjectName(QStringLiteral("subtitleLabel"));
    m_caption->setAlignment(Qt::AlignCenter);
    m_caption->setWordWrap(true);
    m_caption->setTextFormat(Qt::PlainText);
    QFont captionFont = m_caption->font();
    captionFont.setPointSizeF(captionFont.pointSizeF() * 1.2);
    m_caption->setFont(captionFont);
    m_caption->setMinimumHeight(QFontMetrics(captionFont).height() * 2 + unit / 2);
    m_caption->hide();

    auto* stageLayout = new QVBoxLayout(stage);
    stageLayout->setContentsMargins(0, 0, 0, 0);
    stageLayout->setSpacing(0);
    stageLayout->addWidget(m_view, 1);
    stageLayout->addWidget(m_caption);

    m_controls = new QWidget(m_mediaPane);
    m_controls->setObjectName(QStringLiteral("playerControls"));
    buildControls(m_controls);

    auto* paneLayout = new QVBoxLayout(m_mediaPane);
    paneLayout->setContentsMargins(0, 0, 0, 0);
    paneLayout->setSpacing(0);
    paneLayout->addWidget(stage, 1);
    paneLayout->addWidget(m_controls);

    // Beside it: the lessons (and later the notes) in tabs.
    m_side = new QTabWidget(this);
    m_side->setObjectName(QStringLiteral("playerSidePanel"));
    m_side->setDocumentMode(true);
    m_lessonList = new QListView(m_side);
    m_lessonList->setObjectName(QStringLiteral("playerLessonList"));
    m_lessonList->setAccessibleName(tr("Lessons"));
    m_lessonList->setModel(m_lessons);
    m_lessonList->setItemDelegate(new LessonListDelegate(m_lessonList));
    m_lessonList->setUniformItemSizes(true);
    m_lessonList->setFrameShape(QFrame::NoFrame);
    m_lessonList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_lessonList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_side->addTab(m_lessonList, tr("Lessons"));
    m_side->setMinimumWidth(unit * 14);
    m_side->setMaximumWidth(unit * 22);

    auto* body = new QHBoxLayout;
    body->setContentsMargins(0, 0, 0, 0);
    body->setSpacing(0);
    body->addWidget(m_mediaPane, 1);
    body->addWidget(m_side);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_top);
    layout->addLayout(body, 1);
    setFocusPolicy(Qt::StrongFocus);

    m_saveTimer->setInterval(kSaveIntervalMs);
    connect(m_saveTimer, &QTimer::timeout, this, [this] { saveProgress(); });
    connect(m_player, &QMediaPlayer::positionChanged, this, &PlayerPage::onPosition);
    connect(m_player, &QMediaPlayer::durationChanged, this, &PlayerPage::onDuration);
    connect(m_player, &QMediaPlayer::mediaStatusChanged, this, &PlayerPage::onMediaStatus);
    connect(m_player, &QMediaPlayer::playbackStateChanged, this, &PlayerPage::onPlaybackState);
    connect(m_player, &QMediaPlayer::errorOccurred, this, &PlayerPage::onPlayerError);
    connect(m_audio, &QAudioOutput::mutedChanged, this, &PlayerPage::updateMuteButton);
    connect(m_audio, &QAudioOutput::volumeChanged, this, &PlayerPage::updateMuteButton);
    connect(m_back, &QToolButton::clicked, this, [this] {
        setFullScreen(false);
        Q_EMIT backRequested();
    });
    connect(m_lessonList, &QListView::activated, this, [this](const QModelIndex& index) { openLesson(index.row()); });
    connect(m_article, &QTextBrowser::anchorClicked, this, [](const QUrl& url) {
        if (url.scheme() == u"http" || url.scheme() == u"https" || url.scheme() == u"mailto")
            QDesktopServices::openUrl(url);
    });
    connect(m_article->verticalScrollBar(), &QScrollBar::valueChanged, this, &PlayerPage::onArticleScrolled);
    connect(m_problemView, &EmptyStateWidget::actionTriggered, this,
            [this] { Q_EMIT redownloadRequested(courseId(), lessonId()); });
    if (m_progress)
        connect(m_progress.get(), &LessonProgressService::progressLoaded, this, &PlayerPage::onProgressLoaded);

    installShortcuts();
    connect(qGuiApp, &QGuiApplication::focusWindowChanged, this, &PlayerPage::keepKeyboardInThePage);
    updatePlayButton();
    updateMuteButton();
    updateSpeedButton();
    updateNavigation();
    changeEvent(nullptr);
}

PlayerPage::~PlayerPage()
{
    release();
    // GStreamer + QAudioOutput corrupt the heap in ~QVideoWindow unless the source
    // is cleared first (docs/architecture.md, "Player"); release() did that. The
    // player goes before the video widget it draws into.
    delete m_player;
    m_player = nullptr;
}

void PlayerPage::buildControls(QWidget* bar)
{
    const int unit = fontMetrics().height();
    m_seek = new QSlider(Qt::Horizontal, bar);
    m_seek->setObjectName(QStringLiteral("seekSlider"));
    m_seek->setAccessibleName(tr("Position"));
    m_seek->setRange(0, 0);
    m_seek->setFocusPolicy(Qt::TabFocus);
    m_time = new QLabel(bar);
    m_time->setObjectName(QStringLiteral("timeLabel"));
    m_time->setText(clock(0) + QStringLiteral(" / ") + clock(0));
    m_time->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("00:00:00 / 00:00:00")));

    m_previous = toolButton(bar, QStringLiteral("previousButton"), tr("Previous lesson"));
    m_rewind = toolButton(bar, QStringLiteral("rewindButton"), tr("Back 10 seconds (←; Shift+← 30 seconds)"));
    m_rewind->setText(tr("−10 s"));
    m_play = toolButton(bar, QStringLiteral("playButton"), tr("Play (Space)"));
    m_forward = toolButton(bar, QStringLiteral("forwardButton"), tr("Forward 10 seconds (→; Shift+→ 30 seconds)"));
    m_forward->setText(tr("+10 s"));
    m_next = toolButton(bar, QStringLiteral("nextButton"), tr("Next lesson"));
    m_speedButton = toolButton(bar, QStringLiteral("speedButton"), tr("Playback speed ([ slower, ] faster)"));
    m_speedButton->setPopupMode(QToolButton::InstantPopup);
    auto* speedMenu = new QMenu(m_speedButton);
    for (const double rate : kSpeeds) {
        QAction* action = speedMenu->addAction(speedText(rate));
        connect(action, &QAction::triggered, this, [this, rate] { setSpeed(rate); });
    }
    m_speedButton->setMenu(speedMenu);
    m_subtitlesButton = toolButton(bar, QStringLiteral("subtitlesButton"), tr("Subtitles"));
    m_subtitlesButton->setText(tr("CC"));
    m_subtitlesButton->setCheckable(true);
    m_subtitlesButton->setChecked(m_subtitlesOn);
    m_mute = toolButton(bar, QStringLiteral("muteButton"), tr("Mute (M)"));
    m_volume = new QSlider(Qt::Horizontal, bar);
    m_volume->setObjectName(QStringLiteral("volumeSlider"));
    m_volume->setAccessibleName(tr("Volume"));
    m_volume->setRange(0, 100);
    m_volume->setValue(100);
    m_volume->setMaximumWidth(unit * 6);
    m_volume->setFocusPolicy(Qt::TabFocus);
    m_autoplay = new QCheckBox(tr("Autoplay"), bar);
    m_autoplay->setObjectName(QStringLiteral("autoplayCheck"));
    m_autoplay->setToolTip(tr("Play the next lesson when this one ends"));
    m_autoplay->setChecked(true);
    m_autoplay->setFocusPolicy(Qt::TabFocus);
    m_fullScreenButton = toolButton(bar, QStringLiteral("fullScreenButton"), tr("Full screen (F)"));

    auto* row = new QHBoxLayout;
    row->setSpacing(unit / 4);
    for (QWidget* w : std::initializer_list<QWidget*>{m_previous, m_rewind, m_play, m_forward, m_next, m_time})
        row->addWidget(w);
    row->addStretch(1);
    for (QWidget* w : std::initializer_list<QWidget*>{m_speedButton, m_subtitlesButton, m_mute, m_volume, m_autoplay,
                                                       m_fullScreenButton})
        row->addWidget(w);

    auto* layout = new QVBoxLayout(bar);
    layout->setContentsMargins(unit / 2, unit / 4, unit / 2, unit / 4);
    layout->setSpacing(0);
    layout->addWidget(m_seek);
    layout->addLayout(row);

    connect(m_play, &QToolButton::clicked, this, &PlayerPage::togglePlayPause);
    connect(m_rewind, &QToolButton::clicked, this, [this] { skipBy(-kSkipMs); });
    connect(m_forward, &QToolButton::clicked, this, [this] { skipBy(kSkipMs); });
    connect(m_previous, &QToolButton::clicked, this, &PlayerPage::previousLesson);
    connect(m_next, &QToolButton::clicked, this, &PlayerPage::nextLesson);
    connect(m_mute, &QToolButton::clicked, this, &PlayerPage::toggleMute);
    connect(m_volume, &QSlider::valueChanged, this, [this](int value) {
        m_audio->setVolume(static_cast<float>(value) / 100.0f);
        if (value > 0 && m_audio->isMuted())
            m_audio->setMuted(false);
    });
    connect(m_subtitlesButton, &QToolButton::toggled, this, &PlayerPage::setSubtitlesVisible);
    connect(m_fullScreenButton, &QToolButton::clicked, this, [this] { setFullScreen(!m_fullScreen); });
    connect(m_seek, &QSlider::sliderMoved, this, &PlayerPage::updateTimeLabel);
    connect(m_seek, &QSlider::sliderReleased, this, [this] { seekTo(m_seek->value()); });
    // Clicks on the groove and keyboard steps on the slider seek too.
    connect(m_seek, &QSlider::actionTriggered, this, [this](int action) {
        if (action != QAbstractSlider::SliderMove && action != QAbstractSlider::SliderNoAction)
            QTimer::singleShot(0, this, [this] { seekTo(m_seek->value()); });
    });
}

void PlayerPage::installShortcuts()
{
    const auto add = [this](const QKeySequence& keys, auto slot, bool media) {
        auto* shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, slot);
        if (media)
            m_mediaShortcuts.push_back(shortcut);
    };
    add(QKeySequence(Qt::Key_Space), [this] { togglePlayPause(); }, true);
    add(QKeySequence(Qt::Key_K), [this] { togglePlayPause(); }, true);
    add(QKeySequence(Qt::Key_Left), [this] { skipBy(-kSkipMs); }, true);
    add(QKeySequence(Qt::Key_Right), [this] { skipBy(kSkipMs); }, true);
    add(QKeySequence(Qt::SHIFT | Qt::Key_Left), [this] { skipBy(-kLongSkipMs); }, true);
    add(QKeySequence(Qt::SHIFT | Qt::Key_Right), [this] { skipBy(kLongSkipMs); }, true);
    add(QKeySequence(Qt::Key_BracketLeft), [this] { stepSpeed(-1); }, true);
    add(QKeySequence(Qt::Key_BracketRight), [this] { stepSpeed(1); }, true);
    add(QKeySequence(Qt::Key_M), [this] { toggleMute(); }, true);
    add(QKeySequence(Qt::Key_F), [this] { setFullScreen(!m_fullScreen); }, false);
    add(QKeySequence(Qt::Key_Escape), [this] {
        if (m_fullScreen) {
            setFullScreen(false);
            return;
        }
        Q_EMIT backRequested();
    }, false);
    add(QKeySequence(Qt::ALT | Qt::Key_Left), [this] { Q_EMIT backRequested(); }, false);
    add(QKeySequence(Qt::SHIFT | Qt::Key_N), [this] { nextLesson(); }, false);
    add(QKeySequence(Qt::SHIFT | Qt::Key_P), [this] { previousLesson(); }, false);
}

// QVideoWidget draws into a native child window (Qt 6.4). When that window is
// activated — a click on the video under X11, or simply being shown on some
// platforms — its container clears the widget focus and key presses go to a
// window that ignores them: Space, the arrows and Esc would stop working. The
// page takes the keyboard back for its own window.
void PlayerPage::keepKeyboardInThePage(QWindow* focused)
{
    if (!focused || !focused->parent() || !isVisible())
        return;
    QWindow* top = window()->windowHandle();
    if (!top || focused == top)
        return;
    bool ours = false;
    for (QWindow* up = focused->parent(); up && !ours; up = up->parent())
        ours = up == top;
    if (!ours || focused->inherits("QWidgetWindow"))
        return;
    top->requestActivate();
    // To the media, not back to where the keyboard was: under X11 this is a
    // click on the video, after which Space should pause it.
    m_mediaPane->setFocus(Qt::ActiveWindowFocusReason);
}

void PlayerPage::setMediaLocator(std::shared_ptr<LessonMediaLocator> locator)
{
    m_locator = std::move(locator);
}

void PlayerPage::openCourse(CourseDetailPtr detail, const QString& lessonId)
{
    stopLesson();
    m_detail = std::move(detail);
    m_lessons->setCourse(m_detail);
    m_row = -1;
    m_courseTitle->setText(m_detail ? toQString(m_detail->course.title) : QString());
    m_pendingLesson = lessonId;
    if (!m_detail)
        return;
    m_waitingForProgress = true;
    if (m_progress)
        m_progress->load(courseId(), m_lessons->lessonIds());
    else
        onProgressLoaded(courseId(), {});
}

void PlayerPage::onProgressLoaded(const QString& course, const CourseProgress& progress)
{
    if (course != courseId() || !m_waitingForProgress)
        return;
    m_waitingForProgress = false;
    m_lessons->setProgress(progress);
    const int row = m_pendingLesson.isEmpty() ? m_lessons->continueRow() : m_lessons->rowOf(m_pendingLesson);
    openLesson(std::max(row, 0));
}

void PlayerPage::openLesson(int row)
{
    const catalog::Lesson* lesson = m_lessons->lesson(row);
    if (!lesson)
        return;
    stopLesson();
    m_row = row;
    ++m_generation;
    m_lessons->setCurrent(row);
    m_lessonList->setCurrentIndex(m_lessons->index(row));
    m_kind = lesson->kind;
    m_title->setText(toQString(lesson->title));
    m_audioTitle->setText(toQString(lesson->title));
    m_problem = Problem::None;
    const LessonProgressView saved = m_lessons->progress(lessonId());
    m_completed = saved.completed;
    m_completionLogged = saved.completed;
    // A finished lesson starts again from the top; otherwise it resumes.
    m_resumeMs = saved.completed ? 0 : saved.positionMs;
    m_resumeApplied = false;
    m_resumeExplicit = false;
    m_tracker.start(m_resumeMs);
    m_watchedMs = 0;
    updateNavigation();
    for (QShortcut* shortcut : m_mediaShortcuts)
        shortcut->setEnabled(m_kind != catalog::LessonKind::Article);
    m_controls->setVisible(m_kind != catalog::LessonKind::Article || m_lessons->rowCount() > 1);
    for (QWidget* mediaOnly : std::initializer_list<QWidget*>{m_seek, m_time, m_rewind, m_play, m_forward,
                                                              m_speedButton, m_subtitlesButton, m_mute, m_volume})
        mediaOnly->setVisible(m_kind != catalog::LessonKind::Article);
    if (m_progress)
        m_progress->logEvent(QStringLiteral("lesson_started"), courseId(), lessonId());
    Q_EMIT lessonOpened(courseId(), lessonId());

    if (!m_locator) {
        showProblem(Problem::Missing);
        return;
    }
    auto located = m_locator->locate(m_detail->course, *lesson);
    if (!located) {
        const LessonMediaProblem& p = located.error();
        switch (p.code) {
        case LessonMediaProblem::Code::Missing: showProblem(Problem::Missing, p.reason); break;
        case LessonMediaProblem::Code::NotEntitled: showProblem(Problem::NotEntitled, p.reason); break;
        case LessonMediaProblem::Code::Corrupt: showProblem(Problem::Corrupt, p.reason); break;
        case LessonMediaProblem::Code::Unreadable: showProblem(Problem::Unreadable, p.reason); break;
        }
        return;
    }
    m_mediaName = QFileInfo(located->path).fileName();
    if (located->kind == catalog::LessonKind::Article)
        startArticle(*located);
    else
        startMedia(*located);
}

void PlayerPage::startArticle(const LessonMedia& media)
{
    QByteArray bytes;
    if (media.memory) {
        // An encrypted download: decrypted straight into memory (articles are small).
        constexpr std::uint64_t kMaxArticleBytes = std::uint64_t{64} << 20;
        if (media.memory->size > kMaxArticleBytes) {
            showProblem(Problem::Unreadable, {}, tr("The article is too large to show."));
            return;
        }
        bytes.resize(static_cast<qsizetype>(media.memory->size));
        auto read = media.memory->readAt(0, std::as_writable_bytes(std::span<char>(bytes.data(), bytes.size())));
        if (!read || *read != media.memory->size) {
            const bool damaged = !read && read.error().code == media::MediaErrorCode::Corrupt;
            showProblem(damaged ? Problem::Corrupt : Problem::Unreadable, {},
                        read ? QString() : QString::fromStdString(read.error().detail));
            return;
        }
    } else {
        QFile file(media.path);
        if (!file.open(QIODevice::ReadOnly)) {
            showProblem(Problem::Unreadable, {}, file.errorString());
            return;
        }
        bytes = file.readAll();
    }
    // Images and links resolve relative to the article's own folder.
    m_article->setSearchPaths({QFileInfo(media.path).absolutePath()});
    m_article->document()->setBaseUrl(QUrl::fromLocalFile(QFileInfo(media.path).absolutePath() + QLatin1Char('/')));
    m_article->setMarkdown(QString::fromUtf8(bytes));
    m_article->verticalScrollBar()->setValue(0);
    m_view->setCurrentWidget(m_article);
    m_caption->hide();
    m_article->setFocus(Qt::OtherFocusReason);
    QTimer::singleShot(0, this, &PlayerPage::onArticleScrolled); // a short article is read once it is shown
}

void PlayerPage::onArticleScrolled()
{
    if (m_kind != catalog::LessonKind::Article || m_completed || m_problem != Problem::None || m_row < 0
        || m_view->currentWidget() != m_article || !m_article->isVisible())
        return;
    const QScrollBar* bar = m_article->verticalScrollBar();
    if (bar->maximum() == 0 || bar->value() >= bar->maximum() * 9 / 10) {
        m_completed = true;
        saveProgress(true);
    }
}

void PlayerPage::startMedia(const LessonMedia& media)
{
    loadSubtitles(media.subtitlesPath);
    m_audioIcon->setPixmap(icons::tinted(QStringLiteral("lesson-audio"), fontMetrics().height() * 6, devicePixelRatioF(),
                                         QColor(0xee, 0xee, 0xee)));
    m_view->setCurrentWidget(m_kind == catalog::LessonKind::Video ? static_cast<QWidget*>(m_video) : m_audioPage);
    if (!media.memory) {
        startPlayer(QUrl::fromLocalFile(media.path));
        return;
    }
    // Copy the plaintext into sealed anonymous memory off the UI thread, then play it.
    m_view->setCurrentWidget(m_preparing);
    m_cancelPreparation = std::make_shared<std::atomic<bool>>(false);
    const quint64 generation = m_generation;
    m_preparer = std::thread([this, source = *media.memory, cancel = m_cancelPreparation, generation] {
        auto memory = MemfdMediaSource::create(source, cancel.get());
        if (cancel->load())
            return;
        if (memory)
            m_prepared = std::move(*memory);
        else
            m_preparationError = memory.error();
        // ~PlayerPage and stopLesson() join this thread first, so `this` is alive.
        QMetaObject::invokeMethod(this, [this, generation] { onMemoryReady(generation); }, Qt::QueuedConnection);
    });
}

void PlayerPage::onMemoryReady(quint64 generation)
{
    if (generation != m_generation)
        return;
    joinPreparation();
    if (!m_prepared) {
        const media::MediaError& error = m_preparationError;
        const QString detail = QString::fromStdString(error.detail);
        if (error.code == media::MediaErrorCode::Corrupt)
            showProblem(Problem::Corrupt, {}, detail);
        else if (error.code == media::MediaErrorCode::NotFound)
            showProblem(Problem::Missing, {}, detail);
        else if (error.code == media::MediaErrorCode::NotEntitled)
            showProblem(Problem::NotEntitled, {}, detail);
        else if (error.code != media::MediaErrorCode::Cancelled)
            showProblem(Problem::Unreadable, {}, detail);
        return;
    }
    m_memory = std::move(m_prepared);
    m_view->setCurrentWidget(m_kind == catalog::LessonKind::Video ? static_cast<QWidget*>(m_video) : m_audioPage);
    startPlayer(m_memory->url());
}

void PlayerPage::startPlayer(const QUrl& url)
{
    m_player->setSource(url);
    // A rate set before the pipeline has prerolled is dropped by Qt 6.4's
    // GStreamer backend (while QMediaPlayer goes on reporting it), so the
    // lesson starts at 1× and the chosen speed is applied at BufferedMedia.
    m_player->setPlaybackRate(1.0);
    m_rateApplied = false;
    m_player->play();
    m_mediaPane->setFocus(Qt::OtherFocusReason);
}

void PlayerPage::joinPreparation()
{
    if (m_cancelPreparation && m_preparer.joinable() && QThread::currentThread() == thread())
        m_preparer.join();
}

void PlayerPage::stopLesson()
{
    if (m_cancelPreparation)
        m_cancelPreparation->store(true);
    if (m_preparer.joinable())
        m_preparer.join();
    m_prepared.reset();
    if (m_row >= 0 && m_problem == Problem::None && m_kind != catalog::LessonKind::Article) {
        flushWatchTime();
        saveProgress();
    }
    m_saveTimer->stop();
    if (m_player) {
        m_player->stop();
        m_player->setSource(QUrl());
    }
    m_memory.reset();
    m_cues.clear();
    m_caption->clear();
    m_caption->hide();
    m_seek->setRange(0, 0);
    updateTimeLabel(0);
}

void PlayerPage::release()
{
    setFullScreen(false);
    stopLesson();
    m_row = -1;
    m_lessons->setCurrent(-1);
    if (m_progress)
        m_progress->flush();
}

void PlayerPage::loadSubtitles(const QString& path)
{
    m_cues.clear();
    if (!path.isEmpty()) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly)) {
            const QByteArray bytes = file.readAll();
            auto cues = media::parseWebVtt(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())));
            if (cues)
                m_cues = std::move(*cues);
        }
    }
    m_subtitlesButton->setEnabled(!m_cues.empty());
    m_subtitlesButton->setToolTip(m_cues.empty() ? tr("No subtitles for this lesson") : tr("Subtitles"));
    m_caption->setVisible(!m_cues.empty() && m_subtitlesOn);
}

void PlayerPage::onMediaStatus(QMediaPlayer::MediaStatus status)
{
    switch (status) {
    case QMediaPlayer::BufferedMedia:
        // Not at LoadedMedia: GStreamer ignores a seek before the pipeline has
        // prerolled, so the saved position (or an early seekTo) waits until now.
        if (!m_resumeApplied) {
            m_resumeApplied = true;
            const qint64 length = m_player->duration();
            // Within the last 5 s there is nothing left to resume.
            if (m_resumeMs > 0 && (m_resumeExplicit || length <= 0 || m_resumeMs < length - 5000))
                m_player->setPosition(m_resumeMs);
        }
        if (!m_rateApplied) {
            m_rateApplied = true;
            m_player->setPlaybackRate(m_speed);
        }
        break;
    case QMediaPlayer::EndOfMedia:
        m_tracker.onPosition(m_player->duration(), true);
        checkCompletion();
        flushWatchTime();
        saveProgress();
        if (autoplayNext() && m_row + 1 < m_lessons->rowCount())
            QTimer::singleShot(0, this, &PlayerPage::nextLesson);
        break;
    case QMediaPlayer::InvalidMedia:
        if (m_problem == Problem::None)
            showProblem(Problem::Corrupt, {}, m_player->errorString());
        break;
    default:
        break;
    }
}

void PlayerPage::onPlaybackState(QMediaPlayer::PlaybackState state)
{
    if (state == QMediaPlayer::PlayingState) {
        m_playingSince.start();
        m_saveTimer->start();
    } else {
        m_saveTimer->stop();
        if (m_playingSince.isValid())
            m_watchedMs += m_playingSince.elapsed();
        m_playingSince.invalidate();
        if (state == QMediaPlayer::PausedState && m_row >= 0) {
            flushWatchTime();
            saveProgress();
        }
    }
    updatePlayButton();
}

void PlayerPage::onPlayerError(QMediaPlayer::Error error, const QString& text)
{
    if (error == QMediaPlayer::NoError || m_row < 0)
        return;
    // GStreamer names a missing decoder or demuxer ("missing plug-in", "no
    // suitable plugins", "codec"); anything else on a file we could read means
    // the file itself is bad.
    const QString lower = text.toLower();
    const bool missingCodec = lower.contains(u"plug") || lower.contains(u"codec") || lower.contains(u"decoder");
    if (error == QMediaPlayer::FormatError && missingCodec)
        showProblem(Problem::MissingCodec, {}, text);
    else if (error == QMediaPlayer::AccessDeniedError)
        showProblem(Problem::Unreadable, {}, text);
    else
        showProblem(Problem::Corrupt, {}, text);
}

void PlayerPage::showProblem(Problem problem, const QString& reason, const QString& detail)
{
    m_problem = problem;
    m_saveTimer->stop();
    if (m_player && !m_player->source().isEmpty()) {
        m_player->stop();
        // Not from inside the player's own error signal: let go of the media once it returns.
        QTimer::singleShot(0, this, [this, generation = m_generation] {
            if (generation == m_generation && m_problem != Problem::None) {
                m_player->setSource(QUrl());
                m_memory.reset();
            }
        });
    }
    m_caption->hide();
    QString heading;
    QString body;
    QString action;
    switch (problem) {
    case Problem::None: return;
    case Problem::Missing:
        heading = tr("This lesson is not on this computer yet");
        body = reason.isEmpty() ? tr("Download it to study it here, online or offline.") : reason;
        action = tr("Download lesson");
        break;
    case Problem::NotEntitled:
        heading = tr("You can't study this lesson right now");
        body = reason.isEmpty() ? tr("Renew your purchase or subscription to keep studying this course.") : reason;
        break;
    case Problem::Corrupt:
        heading = tr("This lesson's file is damaged");
        body = reason.isEmpty() ? tr("Lectern could not play %1. Download it again to repair it.").arg(m_mediaName)
                                : reason;
        action = tr("Download again");
        break;
    case Problem::Unreadable:
        heading = tr("Lectern could not read this lesson");
        body = reason.isEmpty() ? tr("Check that the disk holding your downloads is connected and readable.") : reason;
        break;
    case Problem::MissingCodec:
        heading = tr("A media plug-in is missing");
        body = tr("This computer cannot decode %1. On Debian or Ubuntu, install the packages gstreamer1.0-libav and "
                  "gstreamer1.0-plugins-good, then open the lesson again.")
                   .arg(m_mediaName);
        break;
    }
    m_problemView->setIconName(QStringLiteral("lesson-") + (m_kind == catalog::LessonKind::Audio     ? QStringLiteral("audio")
                                                             : m_kind == catalog::LessonKind::Article ? QStringLiteral("article")
                                                                                                      : QStringLiteral("video")));
    m_problemView->setHeading(heading);
    m_problemView->setBody(body);
    m_problemView->setActionText(action);
    m_problemView->setToolTip(detail);
    m_view->setCurrentWidget(m_problemView);
    updatePlayButton();
}

void PlayerPage::onPosition(qint64 ms)
{
    if (!m_seek->isSliderDown()) {
        const QSignalBlocker block(m_seek);
        m_seek->setValue(static_cast<int>(ms));
        updateTimeLabel(ms);
    }
    m_tracker.onPosition(ms, m_player->playbackState() == QMediaPlayer::PlayingState);
    checkCompletion();
    if (!m_cues.empty()) {
        const std::string text = media::webVttTextAt(m_cues, ms);
        m_caption->setText(QString::fromStdString(text));
    }
    Q_EMIT positionChanged(ms);
}

void PlayerPage::onDuration(qint64 ms)
{
    m_seek->setRange(0, static_cast<int>(std::min<qint64>(ms, std::numeric_limits<int>::max())));
    m_seek->setPageStep(static_cast<int>(kSkipMs));
    m_seek->setSingleStep(5000);
    m_tracker.setDuration(ms);
    updateTimeLabel(m_player->position());
}

void PlayerPage::checkCompletion()
{
    if (m_completed || !m_tracker.complete())
        return;
    m_completed = true;
    saveProgress(true);
}

void PlayerPage::saveProgress(bool completedNow)
{
    if (m_row < 0 || !m_detail || m_problem != Problem::None)
        return;
    qint64 position = 0;
    if (m_kind != catalog::LessonKind::Article) {
        position = m_player->position();
        // Not loaded yet: keep what was saved rather than overwrite it with 0.
        if (!m_resumeApplied)
            position = m_resumeMs;
        if (m_player->mediaStatus() == QMediaPlayer::EndOfMedia)
            position = m_player->duration();
    }
    m_lessons->updateLesson(lessonId(), position, m_completed);
    if (m_progress) {
        m_progress->record(courseId(), lessonId(), position, m_completed);
        if (completedNow && !m_completionLogged) {
            m_progress->logEvent(QStringLiteral("lesson_completed"), courseId(), lessonId());
            m_completionLogged = true;
        }
    }
}

void PlayerPage::flushWatchTime()
{
    if (m_playingSince.isValid()) {
        m_watchedMs += m_playingSince.restart();
    }
    const qint64 seconds = m_watchedMs / 1000;
    if (seconds <= 0 || m_row < 0 || !m_progress)
        return;
    m_watchedMs -= seconds * 1000;
    m_progress->logEvent(QStringLiteral("watch_time"), courseId(), lessonId(), seconds);
}

qint64 PlayerPage::position() const
{
    return m_player ? m_player->position() : 0;
}

qint64 PlayerPage::duration() const
{
    return m_player ? m_player->duration() : 0;
}

QString PlayerPage::courseId() const
{
    return m_detail ? toQString(m_detail->course.id) : QString();
}

QString PlayerPage::lessonId() const
{
    const catalog::Lesson* lesson = m_lessons->lesson(m_row);
    return lesson ? toQString(lesson->id) : QString();
}

QString PlayerPage::lessonTitle() const
{
    return m_title->text();
}

bool PlayerPage::autoplayNext() const
{
    return m_autoplay->isChecked();
}

QString PlayerPage::subtitleText() const
{
    return m_caption->isVisible() ? m_caption->text() : QString();
}

void PlayerPage::seekTo(qint64 ms)
{
    if (m_kind == catalog::LessonKind::Article || m_problem != Problem::None)
        return;
    const qint64 length = m_player->duration();
    ms = std::max<qint64>(0, length > 0 ? std::min(ms, length) : ms);
    const QMediaPlayer::MediaStatus status = m_player->mediaStatus();
    if (status == QMediaPlayer::LoadingMedia || status == QMediaPlayer::LoadedMedia || m_player->source().isEmpty()) {
        // Too early for GStreamer: go there as soon as the media is ready.
        m_resumeMs = ms;
        m_resumeApplied = false;
        m_resumeExplicit = true;
        return;
    }
    m_resumeApplied = true; // an explicit seek wins over the saved position
    m_player->setPosition(ms);
    updateTimeLabel(ms);
}

void PlayerPage::togglePlayPause()
{
    if (m_kind == catalog::LessonKind::Article || m_problem != Problem::None || m_player->source().isEmpty())
        return;
    if (m_player->playbackState() == QMediaPlayer::PlayingState)
        m_player->pause();
    else
        m_player->play();
}

void PlayerPage::skipBy(qint64 deltaMs)
{
    seekTo(m_player->position() + deltaMs);
}

void PlayerPage::setSpeed(double rate)
{
    m_speed = std::clamp(rate, kSpeeds.front(), kSpeeds.back());
    if (m_rateApplied) // else applied once the media is ready (see startPlayer)
        m_player->setPlaybackRate(m_speed);
    updateSpeedButton();
}

void PlayerPage::stepSpeed(int direction)
{
    auto it = std::find_if(kSpeeds.begin(), kSpeeds.end(), [this](double s) { return s >= m_speed - 1e-6; });
    auto index = static_cast<int>(std::distance(kSpeeds.begin(), it));
    index = std::clamp(index + (direction > 0 ? 1 : -1), 0, static_cast<int>(kSpeeds.size()) - 1);
    setSpeed(kSpeeds[static_cast<std::size_t>(index)]);
}

void PlayerPage::toggleMute()
{
    m_audio->setMuted(!m_audio->isMuted());
}

void PlayerPage::setAutoplayNext(bool on)
{
    m_autoplay->setChecked(on);
}

void PlayerPage::setSubtitlesVisible(bool on)
{
    m_subtitlesOn = on;
    if (m_subtitlesButton->isChecked() != on)
        m_subtitlesButton->setChecked(on);
    m_caption->setVisible(on && !m_cues.empty() && m_problem == Problem::None);
}

void PlayerPage::setFullScreen(bool on)
{
    if (on == m_fullScreen)
        return;
    m_fullScreen = on;
    m_top->setVisible(!on);
    m_side->setVisible(!on);
    QWidget* top = window();
    if (on) {
        m_windowWasMaximized = top->isMaximized();
        top->showFullScreen();
    } else if (top->isFullScreen()) {
        if (m_windowWasMaximized)
            top->showMaximized();
        else
            top->showNormal();
    }
    m_fullScreenButton->setToolTip(on ? tr("Leave full screen (F or Esc)") : tr("Full screen (F)"));
    m_fullScreenButton->setAccessibleName(m_fullScreenButton->toolTip());
    m_fullScreenButton->setIcon(style()->standardIcon(on ? QStyle::SP_TitleBarNormalButton
                                                         : QStyle::SP_TitleBarMaxButton));
    Q_EMIT fullScreenChanged(on);
}

void PlayerPage::previousLesson()
{
    if (m_row > 0)
        openLesson(m_row - 1);
}

void PlayerPage::nextLesson()
{
    if (m_row + 1 < m_lessons->rowCount())
        openLesson(m_row + 1);
}

void PlayerPage::updateTimeLabel(qint64 ms)
{
    m_time->setText(clock(ms) + QStringLiteral(" / ") + clock(m_player ? m_player->duration() : 0));
}

void PlayerPage::updatePlayButton()
{
    const bool playing = m_player && m_player->playbackState() == QMediaPlayer::PlayingState;
    m_play->setIcon(style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    m_play->setToolTip(playing ? tr("Pause (Space)") : tr("Play (Space)"));
    m_play->setAccessibleName(m_play->toolTip());
}

void PlayerPage::updateMuteButton()
{
    const bool muted = m_audio->isMuted() || m_audio->volume() <= 0.0f;
    m_mute->setIcon(style()->standardIcon(muted ? QStyle::SP_MediaVolumeMuted : QStyle::SP_MediaVolume));
    m_mute->setToolTip(muted ? tr("Unmute (M)") : tr("Mute (M)"));
    m_mute->setAccessibleName(m_mute->toolTip());
}

void PlayerPage::updateSpeedButton()
{
    m_speedButton->setText(speedText(m_speed));
    m_speedButton->setAccessibleName(tr("Playback speed %1").arg(speedText(m_speed)));
}

void PlayerPage::updateNavigation()
{
    m_previous->setEnabled(m_row > 0);
    m_next->setEnabled(m_row >= 0 && m_row + 1 < m_lessons->rowCount());
}

void PlayerPage::changeEvent(QEvent* event)
{
    if (!event || event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) {
        m_article->setPalette(resolvedPalette(palette()));
        m_problemView->setPalette(resolvedPalette(palette()));
        m_previous->setIcon(style()->standardIcon(QStyle::SP_MediaSkipBackward));
        m_next->setIcon(style()->standardIcon(QStyle::SP_MediaSkipForward));
        m_back->setIcon(icons::themed(QStringLiteral("back"), palette().color(QPalette::ButtonText),
                                      palette().color(QPalette::HighlightedText)));
        m_fullScreenButton->setIcon(style()->standardIcon(m_fullScreen ? QStyle::SP_TitleBarNormalButton
                                                                       : QStyle::SP_TitleBarMaxButton));
        updatePlayButton();
        updateMuteButton();
    }
    if (event && event->type() == QEvent::LanguageChange) {
        updateSpeedButton();
    }
    if (event)
        QWidget::changeEvent(event);
}

} // namespace lectern::ui
