// Runs catalog work off the UI thread. The service owns one worker thread with its
// own SQLite connection (opened there: one connection per thread) and answers each
// request with a signal on the UI thread that carries the request's id.
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

#include <QObject>
#include <QString>
#include <QThread>

#include "catalog/catalog_search.h"
#include "catalog/catalog_views.h"
#include "util/error.h"

namespace lectern::catalog {
class CatalogRepository;
}

namespace lectern::ui {

using RequestId = std::uint64_t;
using CourseKeys = std::shared_ptr<const std::vector<catalog::CourseKey>>;
using CourseSummaries = std::shared_ptr<const std::vector<catalog::CourseSummary>>;
using CourseDetailPtr = std::shared_ptr<const catalog::CourseDetail>;

class CatalogService final : public QObject {
    Q_OBJECT

public:
    explicit CatalogService(QObject* parent = nullptr);
    ~CatalogService() override;

    CatalogService(const CatalogService&) = delete;
    CatalogService& operator=(const CatalogService&) = delete;

    // Opens (creating if needed) the local store at databasePath. When its catalog is
    // empty, imports the catalog file at seedCatalogPath (a Qt resource path is fine)
    // so a first start has something to browse. Answers with opened() or openFailed().
    void open(const QString& databasePath, const QString& seedCatalogPath = {});

    // Ranked keys of every matching course. A newer search supersedes older ones: a
    // superseded search that has not started is skipped, and a late answer is dropped,
    // so searchFinished() only ever reports the newest search.
    RequestId search(catalog::SearchQuery query);
    // Cards for the keys, in key order; courses that left the catalog are skipped.
    RequestId loadSummaries(std::vector<catalog::CourseKey> keys);
    RequestId loadDetail(catalog::CourseKey key);
    // The same by the course's id (from a note, a download, an order).
    RequestId loadDetail(const QString& courseId);
    // Counts the catalog again, e.g. after a sync changed it; answers with
    // courseCountChanged(). Searches need nothing: CatalogSearch notices the change.
    void reloadCourseCount();

    [[nodiscard]] bool isOpen() const { return m_open; }
    [[nodiscard]] std::int64_t courseCount() const { return m_courseCount; }

Q_SIGNALS:
    void opened(qint64 courseCount);
    void openFailed(const lectern::Error& error);
    void courseCountChanged(qint64 courseCount);
    void searchFinished(lectern::ui::RequestId id, const lectern::ui::CourseKeys& keys);
    void summariesLoaded(lectern::ui::RequestId id, const lectern::ui::CourseSummaries& summaries);
    // detail is null when the course is no longer in the catalog.
    void detailLoaded(lectern::ui::RequestId id, const lectern::ui::CourseDetailPtr& detail);
    void requestFailed(lectern::ui::RequestId id, const lectern::Error& error);

private:
    struct WorkerState;

    template <typename Work>
    void onWorker(Work work);
    template <typename Answer>
    void onUiThread(Answer answer);

    RequestId nextId() { return ++m_lastId; }
    RequestId loadDetailWith(
        std::function<Result<std::optional<catalog::CourseDetail>>(catalog::CatalogRepository&)> load);

    QThread m_thread;
    std::unique_ptr<QObject> m_workerContext; // lives on m_thread; queued work runs in its name
    std::shared_ptr<WorkerState> m_state;     // touched only on m_thread
    RequestId m_lastId = 0;
    std::shared_ptr<std::atomic<RequestId>> m_latestSearch;
    bool m_open = false;
    std::int64_t m_courseCount = 0;
};

} // namespace lectern::ui
