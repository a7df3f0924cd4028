#include "downloads/downloads_page.h"

#include <algorithm>
#include <chrono>

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "services/download_service.h"
#include "services/idle_monitor.h"
#include "text/media_text.h"
#include "widgets/empty_state_widget.h"

namespace lectern::ui {

namespace {

constexpr int kIdRole = Qt::UserRole;
constexpr int kIsCourseRole = Qt::UserRole + 1;
enum Column { NameColumn, StatusColumn, SizeColumn };

constexpr quint64 kGiB = quint64{1} << 30;

} // namespace

DownloadsPage::DownloadsPage(DownloadService& service, QWidget* parent)
    : QWidget(parent)
    , m_service(service)
    , m_heading(new QLabel(tr("Downloads"), this))
    , m_usage(new QLabel(this))
    , m_limit(new QComboBox(this))
    , m_onlyWhenIdle(new QCheckBox(tr("Download only when idle"), this))
    , m_idleHint(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_tree(new QTreeWidget(this))
    , m_empty(new EmptyStateWidget(this))
    , m_pause(new QPushButton(tr("Pause"), this))
    , m_resume(new QPushButton(tr("Resume"), this))
    , m_retry(new QPushButton(tr("Retry"), this))
    , m_remove(new QPushButton(tr("Delete"), this))
{
    setObjectName(QStringLiteral("downloadsPage"));
    const int unit = fontMetrics().height();
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.35);
    headingFont.setWeight(QFont::DemiBold);
    m_heading->setFont(headingFont);
    m_usage->setObjectName(QStringLiteral("downloadsUsage"));
    m_usage->setForegroundRole(QPalette::PlaceholderText);
    m_limit->setObjectName(QStringLiteral("storageLimit"));
    m_limit->setAccessibleName(tr("Storage limit"));
    m_limit->addItem(tr("No storage limit"), QVariant::fromValue<quint64>(0));
    for (const quint64 gib : {1, 2, 5, 10, 20, 50})
        m_limit->addItem(tr("Limit: %1").arg(MediaText::size(gib * kGiB)), QVariant::fromValue<quint64>(gib * kGiB));
    const auto idleMinutes = std::chrono::ceil<std::chrono::minutes>(m_service.idleMonitor().threshold());
    m_idleHint->setText(tr("Queued downloads start once you have not used Lectern for %n minute(s) or its window is "
                           "minimised; a lesson you open to play downloads right away.",
                           nullptr, static_cast<int>(std::max<std::chrono::minutes::rep>(1, idleMinutes.count()))));
    m_idleHint->setObjectName(QStringLiteral("downloadOnlyWhenIdleHint"));
    m_idleHint->setForegroundRole(QPalette::PlaceholderText);
    m_idleHint->setWordWrap(true);
    m_idleHint->setAlignment(Qt::AlignRight | Qt::AlignTop);
    m_onlyWhenIdle->setObjectName(QStringLiteral("downloadOnlyWhenIdle"));
    m_onlyWhenIdle->setAccessibleDescription(m_idleHint->text());
    m_problem->setObjectName(QStringLiteral("downloadsProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b45309;"));
    m_problem->hide();

    auto* header = new QHBoxLayout;
    header->addWidget(m_heading);
    header->addSpacing(unit / 2);
    header->addWidget(m_usage, 1, Qt::AlignBottom);
    header->addWidget(m_onlyWhenIdle);
    header->addSpacing(unit / 2);
    header->addWidget(m_limit);

    m_tree->setObjectName(QStringLiteral("downloadsTree"));
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({tr("Lesson"), tr("Status"), tr("Size")});
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(StatusColumn, QHeaderView::Interactive);
    m_tree->header()->setSectionResizeMode(SizeColumn, QHeaderView::ResizeToContents);
    m_tree->header()->resizeSection(StatusColumn, unit * 24);

    m_empty->setObjectName(QStringLiteral("downloadsEmpty"));
    m_empty->setIconName(QStringLiteral("downloads"));
    m_empty->setHeading(tr("No downloads yet"));
    m_empty->setBody(tr("Download a lesson or a whole course from its page to study it without a network. "
                        "Downloads are stored encrypted and play only on this device."));
    m_empty->setActionText(tr("Browse courses"));
    connect(m_empty, &EmptyStateWidget::actionTriggered, this, &DownloadsPage::browseRequested);

    auto* treePane = new QWidget(this);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    for (QPushButton* button : {m_pause, m_resume, m_retry, m_remove})
        buttons->addWidget(button);
    m_pause->setObjectName(QStringLiteral("pauseDownloadButton"));
    m_resume->setObjectName(QStringLiteral("resumeDownloadButton"));
    m_retry->setObjectName(QStringLiteral("retryDownloadButton"));
    m_remove->setObjectName(QStringLiteral("deleteDownloadButton"));
    auto* paneLayout = new QVBoxLayout(treePane);
    paneLayout->setContentsMargins(0, 0, 0, 0);
    paneLayout->addWidget(m_tree, 1);
    paneLayout->addLayout(buttons);
    m_stack->addWidget(treePane);
    m_stack->addWidget(m_empty);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(unit, unit, unit, unit);
    layout->setSpacing(unit * 2 / 3);
    layout->addLayout(header);
    layout->addWidget(m_idleHint);
    layout->addWidget(m_problem);
    layout->addWidget(m_stack, 1);

    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, &DownloadsPage::updateActions);
    connect(m_pause, &QPushButton::clicked, this, [this] {
        for (const QString& id : selectedLessons())
            m_service.pause(id);
    });
    connect(m_resume, &QPushButton::clicked, this, [this] {
        for (const QString& id : selectedLessons())
            m_service.resume(id);
    });
    connect(m_retry, &QPushButton::clicked, this, [this] {
        for (const QString& id : selectedLessons())
            m_service.retry(id);
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const QStringList courses = selectedCourses();
        const QStringList lessons = selectedLessons();
        if (courses.isEmpty() && lessons.isEmpty())
            return;
        const QString question = courses.isEmpty()
                                     ? tr("Delete %n downloaded lesson(s) from this device?", nullptr, lessons.size())
                                     : tr("Delete every download of %n course(s) from this device?", nullptr,
                                          courses.size());
        if (QMessageBox::question(this, tr("Delete downloads"), question, QMessageBox::Yes | QMessageBox::Cancel,
                                  QMessageBox::Cancel)
            != QMessageBox::Yes)
            return;
        for (const QString& id : courses)
            m_service.deleteCourse(id);
        for (const QString& id : lessons)
            m_service.deleteLesson(id);
    });
    connect(m_limit, &QComboBox::activated, this, [this](int index) {
        const quint64 bytes = m_limit->itemData(index).value<quint64>();
        m_service.setStorageLimit(bytes == 0 ? std::nullopt : std::optional<quint64>(bytes));
    });

    connect(&m_service, &DownloadService::entryChanged, this, &DownloadsPage::updateLesson);
    connect(&m_service, &DownloadService::entryRemoved, this, [this](const QString& lessonId) {
        delete m_lessonItems.take(lessonId);
        for (auto it = m_courseItems.begin(); it != m_courseItems.end();) {
            if (it.value()->childCount() == 0) {
                delete it.value();
                it = m_courseItems.erase(it);
            } else {
                ++it;
            }
        }
        updateSummary();
    });
    connect(&m_service, &DownloadService::coursesChanged, this, &DownloadsPage::rebuild);
    const auto showLimit = [this] {
        const quint64 limit = m_service.storageLimit().value_or(0);
        int index = m_limit->findData(QVariant::fromValue<quint64>(limit));
        if (index < 0) { // set elsewhere (lectern-cli) to a size the menu does not offer
            m_limit->addItem(tr("Limit: %1").arg(MediaText::size(limit)), QVariant::fromValue<quint64>(limit));
            index = m_limit->count() - 1;
        }
        m_limit->setCurrentIndex(index);
        updateSummary();
    };
    connect(&m_service, &DownloadService::storageLimitChanged, this, showLimit);
    m_onlyWhenIdle->setChecked(m_service.downloadOnlyWhenIdle());
    connect(m_onlyWhenIdle, &QCheckBox::toggled, &m_service, &DownloadService::setDownloadOnlyWhenIdle);
    connect(&m_service, &DownloadService::downloadOnlyWhenIdleChanged, this, [this](bool on) {
        const QSignalBlocker quiet(m_onlyWhenIdle);
        m_onlyWhenIdle->setChecked(on);
    });
    // "Queued" becomes "Waiting until idle" and back as the learner comes and goes.
    connect(&m_service, &DownloadService::waitingForIdleChanged, this, &DownloadsPage::updateStatuses);
    connect(&m_service, &DownloadService::failed, this, [this](const media::MediaError& error) {
        m_problem->setText(tr("Could not do that: %1").arg(MediaText::errorMessage(error)));
        m_problem->show();
    });
    rebuild();
    showLimit();
}

// Titles and order changed (a new course, usage): lay the tree out again,
// keeping the selection.
void DownloadsPage::rebuild()
{
    const QStringList selected = selectedLessons() + selectedCourses();
    m_tree->clear();
    m_courseItems.clear();
    m_lessonItems.clear();
    const auto& entries = m_service.entries();
    QHash<QString, QStringList> lessonsByCourse;
    for (auto it = entries.cbegin(); it != entries.cend(); ++it)
        lessonsByCourse[QString::fromStdString(it->courseId)] << it.key();
    QStringList courseIds = lessonsByCourse.keys();
    const auto& courses = m_service.courses();
    std::sort(courseIds.begin(), courseIds.end(), [&courses](const QString& a, const QString& b) {
        return courses.value(a).title.localeAwareCompare(courses.value(b).title) < 0;
    });
    for (const QString& courseId : courseIds) {
        auto* courseItem = new QTreeWidgetItem(m_tree);
        courseItem->setData(NameColumn, kIdRole, courseId);
        courseItem->setData(NameColumn, kIsCourseRole, true);
        QFont bold = courseItem->font(NameColumn);
        bold.setWeight(QFont::DemiBold);
        courseItem->setFont(NameColumn, bold);
        m_courseItems.insert(courseId, courseItem);
        QStringList lessons = lessonsByCourse.value(courseId);
        const QStringList order = courses.value(courseId).lessonOrder;
        std::sort(lessons.begin(), lessons.end(),
                  [&order](const QString& a, const QString& b) { return order.indexOf(a) < order.indexOf(b); });
        for (const QString& lessonId : lessons) {
            auto* lessonItem = new QTreeWidgetItem(courseItem);
            lessonItem->setData(NameColumn, kIdRole, lessonId);
            lessonItem->setData(NameColumn, kIsCourseRole, false);
            m_lessonItems.insert(lessonId, lessonItem);
            updateLesson(lessonId);
        }
        updateCourse(courseId);
        courseItem->setExpanded(true);
        if (selected.contains(courseId))
            courseItem->setSelected(true);
    }
    for (const QString& id : selected)
        if (QTreeWidgetItem* item = m_lessonItems.value(id))
            item->setSelected(true);
    updateSummary();
}

void DownloadsPage::updateLesson(const QString& lessonId)
{
    QTreeWidgetItem* item = m_lessonItems.value(lessonId);
    const auto entry = m_service.entries().constFind(lessonId);
    if (entry == m_service.entries().cend())
        return;
    if (!item) {
        rebuild(); // a lesson we have not shown yet
        return;
    }
    const QString courseId = QString::fromStdString(entry->courseId);
    const QString title = m_service.courses().value(courseId).lessonTitles.value(lessonId);
    item->setText(NameColumn, title.isEmpty() ? tr("Lesson no longer in the catalog") : title);
    item->setText(StatusColumn, MediaText::downloadStatus(*entry, m_service.waitingForIdle()));
    item->setToolTip(StatusColumn, item->text(StatusColumn));
    const bool failedState = entry->state == media::DownloadState::Failed;
    item->setForeground(StatusColumn, failedState ? QBrush(QColor(0xb4, 0x53, 0x09)) : palette().brush(QPalette::Text));
    item->setText(SizeColumn, entry->bytesTotal > 0 ? MediaText::size(entry->bytesTotal) : QString());
    item->setTextAlignment(SizeColumn, Qt::AlignRight | Qt::AlignVCenter);
    updateCourse(courseId);
    updateActions();
}

void DownloadsPage::updateStatuses()
{
    for (auto it = m_lessonItems.cbegin(); it != m_lessonItems.cend(); ++it)
        updateLesson(it.key());
}

void DownloadsPage::updateCourse(const QString& courseId)
{
    QTreeWidgetItem* item = m_courseItems.value(courseId);
    if (!item)
        return;
    const DownloadedCourse course = m_service.courses().value(courseId);
    item->setText(NameColumn, course.title.isEmpty() ? tr("Course no longer in the catalog") : course.title);
    int done = 0;
    for (int i = 0; i < item->childCount(); ++i) {
        const auto entry = m_service.entries().constFind(item->child(i)->data(NameColumn, kIdRole).toString());
        if (entry != m_service.entries().cend() && entry->state == media::DownloadState::Completed)
            ++done;
    }
    item->setText(StatusColumn, tr("%1 of %n lesson(s) downloaded", nullptr, item->childCount()).arg(done));
    item->setText(SizeColumn, MediaText::size(m_service.courseUsage(courseId)));
    item->setTextAlignment(SizeColumn, Qt::AlignRight | Qt::AlignVCenter);
}

void DownloadsPage::updateSummary()
{
    const bool any = !m_service.entries().isEmpty();
    m_stack->setCurrentIndex(any ? 0 : 1);
    const auto limit = m_service.storageLimit();
    m_usage->setText(limit ? tr("%1 used of %2").arg(MediaText::size(m_service.totalUsage()), MediaText::size(*limit))
                           : tr("%1 used").arg(MediaText::size(m_service.totalUsage())));
    updateActions();
}

void DownloadsPage::updateActions()
{
    bool canPause = false;
    bool canResume = false;
    bool canRetry = false;
    for (const QString& id : selectedLessons()) {
        const media::DownloadState state = m_service.entries().value(id).state;
        canPause |= state == media::DownloadState::Queued || state == media::DownloadState::Active;
        canResume |= state == media::DownloadState::Paused;
        canRetry |= state == media::DownloadState::Failed;
    }
    m_pause->setEnabled(canPause);
    m_resume->setEnabled(canResume);
    m_retry->setEnabled(canRetry);
    m_remove->setEnabled(!m_tree->selectedItems().isEmpty());
}

QStringList DownloadsPage::selectedLessons() const
{
    QStringList ids;
    for (const QTreeWidgetItem* item : m_tree->selectedItems())
        if (!item->data(NameColumn, kIsCourseRole).toBool())
            ids << item->data(NameColumn, kIdRole).toString();
    return ids;
}

QStringList DownloadsPage::selectedCourses() const
{
    QStringList ids;
    for (const QTreeWidgetItem* item : m_tree->selectedItems())
        if (item->data(NameColumn, kIsCourseRole).toBool())
            ids << item->data(NameColumn, kIdRole).toString();
    return ids;
}

} // namespace lectern::ui
