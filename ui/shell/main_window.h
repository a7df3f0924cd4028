// The window: a sidebar of sections and the page for the chosen one.
#pragma once

#include <memory>
#include <optional>

#include <QMainWindow>

#include "services/catalog_service.h"
#include "services/server_connection.h"
#include "services/sync_service.h"

class QLabel;
class QListWidget;
class QSettings;
class QStackedWidget;

namespace lectern::ui {

class AccountButton;
class CommerceService;
class CoursePage;
class DownloadService;
class DownloadsPage;
class DiscoverPage;
class SettingsPage;
class LazyPage;
class LessonProgressService;
class MyLearningPage;
class LessonMediaLocator;
class NotesService;
class PlayerPage;
class NotesView;
class Theme;

class MainWindow final : public QMainWindow {
    Q_OBJECT

public:
    enum class Section { Discover, MyLearning, Downloads, Notes, Authoring, Settings };

    MainWindow(CatalogService& service, QSettings& settings, Theme* theme, const QString& dataDir,
               QWidget* parent = nullptr);

    void showSection(Section section);
    void openCourse(catalog::CourseKey key);
    void backToDiscover();
    // The player, at `lessonId` or where the learner left the course.
    void openPlayer(const CourseDetailPtr& detail, const QString& lessonId = {});
    // From a note: that lesson, at that moment (the course is looked up by id).
    void openLessonAt(const QString& courseId, const QString& lessonId, qint64 positionMs);

    // Shows whether the server is reachable in the status bar.
    void setServerConnection(ServerConnection* connection);
    // Shows sync state and the account corner; keeps Discover up to date after a sync.
    // May be called again with a new service when the server address changes.
    void setSyncService(SyncService* service);

    [[nodiscard]] DiscoverPage* discoverPage() const { return m_discover; }
    [[nodiscard]] CoursePage* coursePage() const { return m_course; }
    // Built when first opened; null before that.
    [[nodiscard]] PlayerPage* playerPage() const { return m_player; }
    // Built on first use (the page is not needed to draw the first window).
    [[nodiscard]] SettingsPage* settingsPage();
    [[nodiscard]] NotesView* notesView();
    // The Downloads section works on this service (null: the section explains
    // that downloads start once the app is connected).
    void setDownloadService(DownloadService* service);
    [[nodiscard]] DownloadsPage* downloadsPage();
    // The learner's notes (made on first use); its changes schedule a sync.
    [[nodiscard]] NotesService& notesService();
    // Purchases: My Learning, prices and actions on course pages and cards.
    // Call after setSyncService: a sync run restores purchases, and cart and
    // wishlist changes schedule a sync. Null: My Learning explains it needs the server.
    void setCommerceService(CommerceService* service);
    [[nodiscard]] MyLearningPage* myLearningPage();

Q_SIGNALS:
    // Settings applied a new server address.
    void serverUrlApplied(const QString& url);

public:
    [[nodiscard]] AccountButton* accountButton() const { return m_account; }

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    QWidget* makePlaceholder(const QString& objectName, const QString& icon, const QString& heading,
                             const QString& body, const QString& action = {});
    void addSection(Section section, const QString& icon, const QString& label, QWidget* page);
    QWidget* makeMyLearningPage(QWidget* holder);
    void onCatalogOpened(qint64 courseCount);
    void showServerStatus(const ServerStatus& status);
    void showSyncState(const SyncState& state);
    void updateStatusText();
    void onCourseCountChanged(qint64 courseCount);
    void updateSidebarIcons();
    [[nodiscard]] std::shared_ptr<LessonMediaLocator> makeMediaLocator() const;
    void updateSidebarStyle();

    CatalogService& m_service;
    QSettings& m_settings;
    QListWidget* m_sidebar = nullptr;
    QWidget* m_sidebarPane = nullptr;
    QStackedWidget* m_pages = nullptr;
    DiscoverPage* m_discover = nullptr;
    CoursePage* m_course = nullptr;
    PlayerPage* m_player = nullptr;
    NotesView* m_playerNotes = nullptr;
    RequestId m_pendingNoteOpen = 0;
    QString m_pendingNoteLesson;
    qint64 m_pendingNotePosition = 0;
    QString m_dataDir;
    QLabel* m_catalogSize = nullptr;
    QLabel* m_serverStatus = nullptr;
    LazyPage* m_settingsHolder = nullptr;
    SettingsPage* m_settingsPage = nullptr; // null until first shown or asked for
    SyncService* m_syncService = nullptr;
    QString m_databasePath;
    NotesService* m_notesService = nullptr; // made on first use
    LazyPage* m_notesHolder = nullptr;
    LazyPage* m_downloadsHolder = nullptr;
    DownloadsPage* m_downloadsPage = nullptr;
    DownloadService* m_downloadService = nullptr;
    NotesView* m_notesView = nullptr;
    CommerceService* m_commerceService = nullptr;
    LazyPage* m_myLearningHolder = nullptr;
    MyLearningPage* m_myLearningPage = nullptr;
    AccountButton* m_account = nullptr;
    ServerStatus m_lastServerStatus;
    std::optional<SyncState> m_lastSyncState; // empty while there is no sync service
    QStringList m_sidebarIcons;
};

} // namespace lectern::ui
