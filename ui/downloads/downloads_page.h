// The Downloads section: every downloaded or downloading lesson grouped by
// course, with progress, per-course and total disk use, the storage limit,
// "download only when idle", and pause / resume / retry / cancel / delete.
#pragma once

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace lectern::ui {

class DownloadService;
class EmptyStateWidget;

class DownloadsPage final : public QWidget {
    Q_OBJECT

public:
    explicit DownloadsPage(DownloadService& service, QWidget* parent = nullptr);

    [[nodiscard]] QTreeWidget* tree() const { return m_tree; }

Q_SIGNALS:
    void browseRequested();

private:
    void rebuild();
    void updateLesson(const QString& lessonId);
    void updateCourse(const QString& courseId);
    void updateSummary();
    void updateActions();
    void updateStatuses();
    [[nodiscard]] QStringList selectedLessons() const;
    [[nodiscard]] QStringList selectedCourses() const;

    DownloadService& m_service;
    QLabel* m_heading = nullptr;
    QLabel* m_usage = nullptr;
    QComboBox* m_limit = nullptr;
    QCheckBox* m_onlyWhenIdle = nullptr;
    QLabel* m_idleHint = nullptr;
    QLabel* m_problem = nullptr;
    QStackedWidget* m_stack = nullptr;
    QTreeWidget* m_tree = nullptr;
    EmptyStateWidget* m_empty = nullptr;
    QPushButton* m_pause = nullptr;
    QPushButton* m_resume = nullptr;
    QPushButton* m_retry = nullptr;
    QPushButton* m_remove = nullptr;
    QHash<QString, QTreeWidgetItem*> m_courseItems;
    QHash<QString, QTreeWidgetItem*> m_lessonItems;
};

} // namespace lectern::ui
