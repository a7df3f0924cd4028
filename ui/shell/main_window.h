// The window: a sidebar of sections and the page for the chosen one.
#pragma once

#include <QMainWindow>

#include "services/catalog_service.h"

class QLabel;
class QListWidget;
class QSettings;
class QStackedWidget;

namespace lectern::ui {

class CoursePage;
class DiscoverPage;
class ServerConnection;
struct ServerStatus;
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

    // Shows whether the server is reachable in the status bar.
    void setServerConnection(ServerConnection* connection);

    [[nodiscard]] DiscoverPage* discoverPage() const { return m_discover; }
    [[nodiscard]] CoursePage* coursePage() const { return m_course; }

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    QWidget* makePlaceholder(const QString& objectName, const QString& icon, const QString& heading,
                             const QString& body, const QString& action = {});
    void addSection(Section section, const QString& icon, const QString& label, QWidget* page);
    void onCatalogOpened(qint64 courseCount);
    void showServerStatus(const ServerStatus& status);
    void updateSidebarIcons();
    void updateSidebarStyle();

    CatalogService& m_service;
    QSettings& m_settings;
    QListWidget* m_sidebar = nullptr;
    QWidget* m_sidebarPane = nullptr;
    QStackedWidget* m_pages = nullptr;
    DiscoverPage* m_discover = nullptr;
    CoursePage* m_course = nullptr;
    QLabel* m_catalogSize = nullptr;
    QLabel* m_serverStatus = nullptr;
    QStringList m_sidebarIcons;
};

} // namespace lectern::ui
