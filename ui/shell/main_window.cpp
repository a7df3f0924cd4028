#include "shell/main_window.h"

#include <QAbstractItemView>
#include <QCloseEvent>
#include <QDir>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPixmapCache>
#include <QScreen>
#include <QSettings>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>
#include <QUrl>
#include <QVBoxLayout>

#include "account/account_button.h"
#include "commerce/my_learning_page.h"
#include "course/course_page.h"
#include "discover/course_card_delegate.h"
#include "discover/discover_page.h"
#include "player/downloaded_media_locator.h"
#include "player/lesson_list_model.h"
#include "player/lesson_media_locator.h"
#include "player/lesson_progress_service.h"
#include "player/player_page.h"
#include "downloads/downloads_page.h"
#include "notes/notes_view.h"
#include "services/commerce_service.h"
#include "services/download_service.h"
#include "services/notes_service.h"
#include "services/server_connection.h"
#include "shell/settings_page.h"
#include "text/account_text.h"
#include "widgets/empty_state_widget.h"
#include "widgets/lazy_page.h"
#include "widgets/icons.h"

namespace lectern::ui {

namespace {

const QString kGeometryKey = QStringLiteral("window/geometry");

} // namespace

MainWindow::MainWindow(CatalogService& service, QSettings& settings, Theme* theme, const QString& dataDir,
                       QWidget* parent)
    : QMainWindow(parent)
    , m_service(service)
    , m_settings(settings)
    , m_sidebar(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_dataDir(dataDir)
    , m_databasePath(QDir(dataDir).filePath(QStringLiteral("lectern.db")))
{
    setObjectName(QStringLiteral("mainWindow"));
    // Covers are generated per course; keep a screenful or two of them at 2x.
    QPixmapCache::setCacheLimit(qMax(QPixmapCache::cacheLimit(), 64 * 1024));

    const int unit = fontMetrics().height();
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setAccessibleName(tr("Sections"));
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setIconSize(QSize(unit * 5 / 4, unit * 5 / 4));
    m_sidebar->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    updateSidebarStyle();

    m_discover = new DiscoverPage(m_service, this);
    m_course = new CoursePage(m_service, this);

    addSection(Section::Discover, QStringLiteral("discover"), tr("Discover"), m_discover);
    m_myLearningHolder = new LazyPage([this](QWidget* holder) { return makeMyLearningPage(holder); }, this);
    addSection(Section::MyLearning, QStringLiteral("my-learning"), tr("My Learning"), m_myLearningHolder);
    m_downloadsHolder = new LazyPage(
        [this](QWidget* holder) -> QWidget* {
            if (!m_downloadService) {
                auto* page = new EmptyStateWidget(holder);
                page->setObjectName(QStringLiteral("downloadsPage"));
                page->setIconName(QStringLiteral("downloads"));
                page->setHeading(tr("No downloads yet"));
                page->setBody(tr("Lessons you download for offline study appear here, with their size and "
                                 "download progress."));
                return page;
            }
            m_downloadsPage = new DownloadsPage(*m_downloadService, holder);
            connect(m_downloadsPage, &DownloadsPage::browseRequested, this, [this] { showSection(Section::Discover); });
            return m_downloadsPage;
        },
        this);
    addSection(Section::Downloads, QStringLiteral("downloads"), tr("Downloads"), m_downloadsHolder);
    m_notesHolder = new LazyPage(
        [this](QWidget* holder) {
            m_notesView = new NotesView(notesService(), holder);
            m_notesView->setObjectName(QStringLiteral("notesPage"));
            m_notesView->setScope({});
            connect(m_notesView, &NotesView::openRequested, this, &MainWindow::openLessonAt);
            return m_notesView;
        },
        this);
    addSection(Section::Notes, QStringLiteral("notes"), tr("Notes"), m_notesHolder);
    addSection(Section::Authoring, QStringLiteral("authoring"), tr("Authoring"),
               makePlaceholder(QStringLiteral("authoringPage"), QStringLiteral("authoring"),
                               tr("Teach what you know"),
                               tr("Build a course from your videos, audio and articles here, then send it for "
                                  "review before it is published to the catalog.")));
    m_settingsHolder = new LazyPage(
        [this, theme, dataDir](QWidget* holder) {
            m_settingsPage = new SettingsPage(m_settings, theme, dataDir, holder);
            m_settingsPage->setSyncService(m_syncService);
            connect(m_settingsPage, &SettingsPage::serverUrlApplied, this, &MainWindow::serverUrlApplied);
            return m_settingsPage;
        },
        this);
    addSection(Section::Settings, QStringLiteral("settings"), tr("Settings"), m_settingsHolder);
    m_pages->addWidget(m_course);
    updateSidebarIcons(); // once, for all sections: each icon is an SVG render

    // The sidebar is as wide as its longest label needs, whatever the language.
    int widest = 0;
    for (int i = 0; i < m_sidebar->count(); ++i)
        widest = qMax(widest, fontMetrics().horizontalAdvance(m_sidebar->item(i)->text()));
    m_sidebar->setFixedWidth(widest + m_sidebar->iconSize().width() + unit * 3);

    // The sidebar's top carries the product's name and mark.
    auto* sidebarPane = m_sidebarPane = new QWidget(this);
    sidebarPane->setObjectName(QStringLiteral("sidebarPane"));
    sidebarPane->setAutoFillBackground(true);
    sidebarPane->setBackgroundRole(QPalette::Base);
    auto* brandIcon = new QLabel(sidebarPane);
    brandIcon->setPixmap(QIcon(QStringLiteral(":/icons/lectern.svg")).pixmap(QSize(unit * 2, unit * 2), devicePixelRatioF()));
    auto* brandName = new QLabel(QStringLiteral("Lectern"), sidebarPane);
    QFont brandFont = brandName->font();
    brandFont.setPointSizeF(brandFont.pointSizeF() * 1.3);
    brandFont.setWeight(QFont::Bold);
    brandName->setFont(brandFont);
    auto* brand = new QHBoxLayout;
    brand->setContentsMargins(unit, unit, unit, unit);
    brand->setSpacing(unit / 2);
    brand->addWidget(brandIcon);
    brand->addWidget(brandName, 1);
    auto* sidebarLayout = new QVBoxLayout(sidebarPane);
    sidebarLayout->setContentsMargins(0, 0, 0, 0);
    sidebarLayout->setSpacing(0);
    sidebarLayout->addLayout(brand);
    sidebarLayout->addWidget(m_sidebar, 1);

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(sidebarPane);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    m_catalogSize = new QLabel(this);
    m_catalogSize->setObjectName(QStringLiteral("catalogSize"));
    statusBar()->addPermanentWidget(m_catalogSize);
    statusBar()->setSizeGripEnabled(true);

    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            showSection(static_cast<Section>(row));
    });
    connect(m_discover, &DiscoverPage::courseActivated, this, &MainWindow::openCourse);
    connect(m_course, &CoursePage::backRequested, this, &MainWindow::backToDiscover);
    connect(m_course, &CoursePage::courseShown, this, [this](const QString& title) { setWindowTitle(title); });
    connect(m_course, &CoursePage::playRequested, this, [this](const CourseDetailPtr& detail, const QString& lessonId) {
        openPlayer(detail, lessonId);
    });
    connect(&m_service, &CatalogService::opened, this, &MainWindow::onCatalogOpened);
    connect(&m_service, &CatalogService::detailLoaded, this, [this](RequestId id, const CourseDetailPtr& detail) {
        if (id != m_pendingNoteOpen || !detail)
            return;
        m_pendingNoteOpen = 0;
        openPlayer(detail, m_pendingNoteLesson);
        m_player->seekTo(m_pendingNotePosition); // kept until the media is ready
    });
    connect(&m_service, &CatalogService::courseCountChanged, this, &MainWindow::onCourseCountChanged);

    auto* find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        showSection(Section::Discover);
        m_discover->focusSearch();
    });

    if (!restoreGeometry(m_settings.value(kGeometryKey).toByteArray())) {
        QSize size(unit * 72, unit * 46);
        if (const QScreen* screen = QGuiApplication::primaryScreen())
            size = size.boundedTo(screen->availableGeometry().size() * 9 / 10);
        resize(size);
    }
    setMinimumSize(unit * 40, unit * 28);
    m_sidebar->setCurrentRow(0);
    if (m_service.isOpen())
        onCatalogOpened(m_service.courseCount());
}

void MainWindow::addSection(Section section, const QString& icon, const QString& label, QWidget* page)
{
    Q_UNUSED(section);
    auto* item = new QListWidgetItem(label, m_sidebar);
    item->setToolTip(label);
    m_sidebarIcons << icon;
    m_pages->addWidget(page);
}

QWidget* MainWindow::makePlaceholder(const QString& objectName, const QString& icon, const QString& heading,
                                     const QString& body, const QString& action)
{
    return new LazyPage(
        [=, this](QWidget* parent) {
            auto* page = new EmptyStateWidget(parent);
            page->setObjectName(objectName);
            page->setIconName(icon);
            page->setHeading(heading);
            page->setBody(body);
            page->setActionText(action);
            if (!action.isEmpty())
                connect(page, &EmptyStateWidget::actionTriggered, this, [this] { showSection(Section::Discover); });
            return page;
        },
        this);
}

NotesService& MainWindow::notesService()
{
    if (!m_notesService) {
        m_notesService = new NotesService(m_databasePath, this);
        connect(m_notesService, &NotesService::changed, this, [this] {
            if (m_syncService)
                m_syncService->localChangeRecorded();
        });
    }
    return *m_notesService;
}

void MainWindow::setDownloadService(DownloadService* service)
{
    m_downloadService = service;
    if (m_player)
        m_player->setMediaLocator(makeMediaLocator());
    if (service) {
        // A lesson the player is waiting for has arrived: open it again.
        connect(service, &DownloadService::entryChanged, this, [this, service](const QString& lessonId) {
            if (m_player && m_player->lessonId() == lessonId && m_pages->currentWidget() == m_player
                && m_player->problem() != PlayerPage::Problem::None
                && service->entries().value(lessonId).state == media::DownloadState::Completed)
                m_player->openLesson(m_player->lessonModel()->rowOf(lessonId));
        });
    }
    // A page made for another service (the server address changed) is made again.
    m_downloadsPage = nullptr;
    m_downloadsHolder->reset();
    m_course->setDownloadService(service);
}

// My Learning needs the purchases service; without one (not connected yet) it
// says what the section is for.
QWidget* MainWindow::makeMyLearningPage(QWidget* holder)
{
    if (!m_commerceService) {
        auto* page = new EmptyStateWidget(holder);
        page->setObjectName(QStringLiteral("myLearningPage")); // the section's page, whichever it is
        page->setIconName(QStringLiteral("my-learning"));
        page->setHeading(tr("Your courses will live here"));
        page->setBody(tr("Courses you buy or enrol in appear here with your progress, so you can pick up "
                         "where you left off."));
        page->setActionText(tr("Browse courses"));
        connect(page, &EmptyStateWidget::actionTriggered, this, [this] { showSection(Section::Discover); });
        return page;
    }
    m_myLearningPage = new MyLearningPage(*m_commerceService, holder);
    if (m_syncService)
        m_myLearningPage->setAccountName(m_syncService->account().email);
    connect(m_myLearningPage, &MyLearningPage::browseRequested, this, [this] { showSection(Section::Discover); });
    connect(m_myLearningPage, &MyLearningPage::courseActivated, this, &MainWindow::openCourse);
    return m_myLearningPage;
}

MyLearningPage* MainWindow::myLearningPage()
{
    m_myLearningHolder->content();
    return m_myLearningPage;
}

void MainWindow::setCommerceService(CommerceService* service)
{
    m_commerceService = service;
    m_myLearningPage = nullptr;
    m_myLearningHolder->reset();
    m_course->setCommerceService(service);
    if (auto* cards = m_discover->findChild<CourseCardDelegate*>())
        cards->setCommerceService(service);
    if (!service)
        return;
    // Cards repaint from the new snapshot; nothing is queried per paint.
    connect(service, &CommerceService::ownershipChanged, m_discover, [this] {
        for (QAbstractItemView* view : m_discover->findChildren<QAbstractItemView*>())
            view->viewport()->update();
    });
    connect(service, &CommerceService::changed, this, [this] {
        if (m_syncService)
            m_syncService->localChangeRecorded();
    });
    if (m_syncService) {
        // "Restore purchases": after every sync run (sign-in starts one), the
        // signed entitlements come back from the server.
        SyncService* sync = m_syncService;
        connect(sync, &SyncService::stateChanged, service, [service, sync](const SyncState& state) {
            if (state.phase == SyncState::Phase::Synced && sync->account().signedIn)
                service->restorePurchases();
        });
        connect(sync, &SyncService::accountChanged, service, [this, service](const AccountInfo& account) {
            service->setSignedIn(account.signedIn);
            if (m_myLearningPage)
                m_myLearningPage->setAccountName(account.email);
        });
        service->setSignedIn(sync->account().signedIn);
    }
}

DownloadsPage* MainWindow::downloadsPage()
{
    m_downloadsHolder->content();
    return m_downloadsPage;
}

NotesView* MainWindow::notesView()
{
    m_notesHolder->content();
    return m_notesView;
}

SettingsPage* MainWindow::settingsPage()
{
    m_settingsHolder->content();
    return m_settingsPage;
}

void MainWindow::showSection(Section section)
{
    if (m_player && m_pages->currentWidget() == m_player)
        m_player->release(); // leaving the player saves the position and stops the media
    const int row = static_cast<int>(section);
    {
        const QSignalBlocker block(m_sidebar);
        m_sidebar->setCurrentRow(row);
    }
    if (auto* lazy = qobject_cast<LazyPage*>(m_pages->widget(row)))
        lazy->content(); // built now even while the window is hidden (tests, restored sessions)
    m_pages->setCurrentIndex(row);
    setWindowTitle(m_sidebar->item(row)->text());
}

void MainWindow::openCourse(catalog::CourseKey key)
{
    m_course->showCourse(key);
    m_pages->setCurrentWidget(m_course);
    m_course->setFocus(Qt::OtherFocusReason);
}

void MainWindow::openPlayer(const CourseDetailPtr& detail, const QString& lessonId)
{
    if (!m_player) {
        auto progress = std::make_shared<LessonProgressService>(QDir(m_dataDir).filePath(QStringLiteral("lectern.db")));
        m_player = new PlayerPage(makeMediaLocator(), std::move(progress), this);
        // Timestamped notes beside the lessons: written at the current moment,
        // a note's time seeks there.
        m_playerNotes = new NotesView(notesService(), m_player->sidePanel());
        m_playerNotes->setObjectName(QStringLiteral("playerNotes"));
        m_playerNotes->setComposer([this]() -> std::optional<qint64> {
            if (!m_player || m_player->duration() <= 0)
                return std::nullopt; // an article: linked to the lesson, not to a moment
            return m_player->position();
        });
        m_player->sidePanel()->addTab(m_playerNotes, tr("Notes"));
        connect(m_player, &PlayerPage::positionChanged, m_playerNotes, &NotesView::refreshComposerHint);
        connect(m_player, &PlayerPage::lessonOpened, m_playerNotes,
                [this](const QString& course, const QString& lesson) { m_playerNotes->setScope(course, lesson); });
        connect(m_playerNotes, &NotesView::openRequested, this, &MainWindow::openLessonAt);
        connect(m_player, &PlayerPage::redownloadRequested, this, [this](const QString&, const QString& wanted) {
            if (!m_downloadService)
                return;
            // A damaged file goes first; either way the lesson jumps the queue.
            if (m_downloadService->entries().value(wanted).state == media::DownloadState::Completed)
                m_downloadService->deleteLesson(wanted);
            m_downloadService->downloadLesson(wanted, true);
        });
        m_pages->addWidget(m_player);
        connect(m_player, &PlayerPage::backRequested, this, [this] {
            m_player->release();
            m_pages->setCurrentWidget(m_course);
            m_course->setFocus(Qt::OtherFocusReason);
        });
        connect(m_player, &PlayerPage::fullScreenChanged, this, [this](bool on) {
            m_sidebarPane->setVisible(!on);
            statusBar()->setVisible(!on);
        });
        connect(m_player, &PlayerPage::lessonOpened, this, [this] { setWindowTitle(m_player->lessonTitle()); });
        // Opened to play while still queued: it goes first, even when "download
        // only when idle" holds the rest of the queue.
        connect(m_player, &PlayerPage::lessonOpened, this, [this](const QString&, const QString& opened) {
            if (!m_downloadService)
                return;
            const auto entry = m_downloadService->entries().constFind(opened);
            if (entry != m_downloadService->entries().cend() && entry->state == media::DownloadState::Queued
                && !media::startsWhileHeld(*entry))
                m_downloadService->downloadLesson(opened, true);
        });
    }
    m_pages->setCurrentWidget(m_player);
    m_player->openCourse(detail, lessonId);
    m_player->setFocus(Qt::OtherFocusReason);
}

void MainWindow::openLessonAt(const QString& courseId, const QString& lessonId, qint64 positionMs)
{
    if (m_player && m_player->courseId() == courseId && m_player->lessonId() == lessonId
        && m_pages->currentWidget() == m_player) {
        m_player->seekTo(positionMs);
        return;
    }
    m_pendingNoteLesson = lessonId;
    m_pendingNotePosition = positionMs;
    m_pendingNoteOpen = m_service.loadDetail(courseId);
}

std::shared_ptr<LessonMediaLocator> MainWindow::makeMediaLocator() const
{
    // Plain files in <data dir>/media/<course>/<lesson>.<ext> still play (authoring, tests);
    // downloads go through the encrypted, entitlement-checked path.
    auto folder = std::make_shared<FolderMediaLocator>(QDir(m_dataDir).filePath(QStringLiteral("media")));
    if (!m_downloadService)
        return folder;
    return std::make_shared<DownloadedMediaLocator>(m_dataDir, m_syncService ? m_syncService->serverUrl() : QString(),
                                                    *m_downloadService, std::move(folder));
}

void MainWindow::backToDiscover()
{
    showSection(Section::Discover);
    m_discover->restoreFocus();
}

void MainWindow::onCatalogOpened(qint64 courseCount)
{
    m_catalogSize->setText(tr("%Ln course(s) in the catalog", nullptr, static_cast<int>(courseCount)));
    m_discover->start();
}

void MainWindow::onCourseCountChanged(qint64 courseCount)
{
    m_catalogSize->setText(tr("%Ln course(s) in the catalog", nullptr, static_cast<int>(courseCount)));
    m_discover->refresh();
}

void MainWindow::updateSidebarIcons()
{
    const QColor normal = palette().color(QPalette::Text);
    const QColor selected = palette().color(QPalette::HighlightedText);
    for (int i = 0; i < m_sidebar->count() && i < m_sidebarIcons.size(); ++i)
        m_sidebar->item(i)->setIcon(icons::themed(m_sidebarIcons.at(i), normal, selected));
}

void MainWindow::updateSidebarStyle()
{
    // Colours are written out rather than referenced as palette(...), because a style
    // sheet resolves those once and would keep a light sidebar in a dark window.
    const int unit = fontMetrics().height();
    const QPalette& p = palette();
    m_sidebar->setStyleSheet(
        QStringLiteral("QListWidget#sidebar { background: %1; border: none; outline: 0; }"
                       "QListWidget#sidebar::item { padding: %2px %3px; border-radius: %4px; margin: 1px %5px;"
                       " color: %6; }"
                       "QListWidget#sidebar::item:hover { background: %7; }"
                       "QListWidget#sidebar::item:selected { background: %8; color: %9; }")
            .arg(p.color(QPalette::Base).name())
            .arg(unit / 2)
            .arg(unit / 2)
            .arg(unit / 3)
            .arg(unit / 2)
            .arg(p.color(QPalette::Text).name(), p.color(QPalette::AlternateBase).name(),
                 p.color(QPalette::Highlight).name(), p.color(QPalette::HighlightedText).name()));
    if (m_sidebarPane)
        m_sidebarPane->setPalette(p);
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange) {
        updateSidebarStyle();
        updateSidebarIcons();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_player)
        m_player->release();
    m_settings.setValue(kGeometryKey, saveGeometry());
    QMainWindow::closeEvent(event);
}

void MainWindow::setServerConnection(ServerConnection* connection)
{
    if (!m_serverStatus) {
        m_serverStatus = new QLabel(this);
        m_serverStatus->setObjectName(QStringLiteral("serverStatus"));
        statusBar()->addWidget(m_serverStatus);
    }
    connect(connection, &ServerConnection::statusChanged, this, &MainWindow::showServerStatus);
    showServerStatus(connection->status());
    connection->checkNow();
}

void MainWindow::setSyncService(SyncService* service)
{
    if (!m_account) {
        m_account = new AccountButton(this);
        statusBar()->addPermanentWidget(m_account);
    }
    m_account->setSyncService(service);
    m_syncService = service;
    if (m_settingsPage)
        m_settingsPage->setSyncService(service);
    if (!service) {
        m_lastSyncState.reset();
        updateStatusText();
        return;
    }
    connect(service, &SyncService::stateChanged, this, &MainWindow::showSyncState);
    connect(service, &SyncService::catalogChanged, &m_service, &CatalogService::reloadCourseCount);
    showSyncState(service->state());
}

void MainWindow::showServerStatus(const ServerStatus& status)
{
    m_lastServerStatus = status;
    updateStatusText();
}

void MainWindow::showSyncState(const SyncState& state)
{
    m_lastSyncState = state;
    updateStatusText();
}

// One line for both: whether the server is there, and what sync is doing.
void MainWindow::updateStatusText()
{
    if (!m_serverStatus)
        return;
    const ServerStatus& status = m_lastServerStatus;
    const QUrl url(status.serverUrl);
    const QString host = url.port() > 0 ? url.host() + QLatin1Char(':') + QString::number(url.port()) : url.host();
    const QString lastSynced = m_lastSyncState && m_lastSyncState->lastSynced.isValid()
        ? tr("Last synced at %1.").arg(AccountText::shortTime(m_lastSyncState->lastSynced))
        : QString();
    const auto withLastSynced = [&lastSynced](const QString& text) {
        return lastSynced.isEmpty() ? text : text + QLatin1Char('\n') + lastSynced;
    };

    if (status.state == ServerStatus::State::Offline) {
        m_serverStatus->setText(tr("Offline: studying from this computer"));
        m_serverStatus->setToolTip(withLastSynced(
            tr("Cannot reach %1 (%2). Your catalog, downloads and notes keep working offline.")
                .arg(status.serverUrl, status.problem)));
        return;
    }
    if (status.state == ServerStatus::State::Incompatible) {
        m_serverStatus->setText(tr("%1 needs a newer Lectern").arg(host));
        m_serverStatus->setToolTip(tr("The server speaks a newer API version. Update Lectern to connect."));
        return;
    }
    if (m_lastSyncState) {
        const SyncState& sync = *m_lastSyncState;
        switch (sync.phase) {
        case SyncState::Phase::Idle:
            break;
        case SyncState::Phase::Syncing:
            if (sync.pages == 0)
                m_serverStatus->setText(tr("Syncing with %1…").arg(host));
            else
                m_serverStatus->setText(tr("Syncing: %n page(s) received", nullptr, static_cast<int>(sync.pages)));
            m_serverStatus->setToolTip(withLastSynced(tr("Bringing the catalog up to date from %1. Courses updated so "
                                                         "far: %2.")
                                                          .arg(status.serverUrl)
                                                          .arg(sync.courses)));
            return;
        case SyncState::Phase::Synced:
            m_serverStatus->setText(tr("Synced at %1").arg(AccountText::shortTime(sync.lastSynced)));
            m_serverStatus->setToolTip(tr("Up to date with %1. Lectern syncs every few minutes.").arg(status.serverUrl));
            return;
        case SyncState::Phase::Offline:
        case SyncState::Phase::Failed: {
            const QString problem = sync.error ? AccountText::syncErrorMessage(*sync.error) : QString();
            const QString next = AccountText::shortTime(sync.nextRetry);
            m_serverStatus->setText(sync.phase == SyncState::Phase::Offline
                                        ? tr("Offline (next try %1)").arg(next)
                                        : tr("Sync failed (next try %1)").arg(next));
            m_serverStatus->setToolTip(withLastSynced(
                problem + QLatin1Char('\n') + tr("Details are in Settings, under Sync details.")));
            return;
        }
        }
    }
    switch (status.state) {
    case ServerStatus::State::Unknown:
        m_serverStatus->setText(tr("Checking %1…").arg(host));
        m_serverStatus->setToolTip({});
        break;
    case ServerStatus::State::Online:
        m_serverStatus->setText(tr("Connected to %1").arg(host));
        m_serverStatus->setToolTip(tr("lectern-server %1 at %2").arg(status.serverVersion, status.serverUrl));
        break;
    case ServerStatus::State::Offline:
    case ServerStatus::State::Incompatible:
        break;
    }
}

} // namespace lectern::ui
