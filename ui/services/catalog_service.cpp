#include "services/catalog_service.h"

#include <QFile>

#include "catalog/catalog_import.h"
#include "catalog/catalog_repository.h"
#include "store/local_store.h"

namespace lectern::ui {

struct CatalogService::WorkerState {
    std::optional<store::Database> db;
    std::optional<catalog::CatalogRepository> repository;
    std::optional<catalog::CatalogSearch> search;

    [[nodiscard]] bool ready() const { return db.has_value(); }
    void close()
    {
        search.reset();
        repository.reset();
        db.reset();
    }
};

namespace {

Error notOpen()
{
    return Error{ErrorCode::Database, "the catalog database is not open"};
}

Result<std::int64_t> seedIfEmpty(store::Database& db, catalog::CatalogRepository& repository,
                                 const QString& seedCatalogPath)
{
    auto count = repository.courseCount();
    if (!count || *count > 0 || seedCatalogPath.isEmpty())
        return count;
    QFile file(seedCatalogPath);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, seedCatalogPath.toStdString() + ": " + file.errorString().toStdString());
    const QByteArray json = file.readAll();
    if (auto imported = catalog::importCatalogJson(db, std::string_view(json.constData(), json.size())); !imported)
        return std::unexpected(imported.error());
    return repository.courseCount();
}

} // namespace

CatalogService::CatalogService(QObject* parent)
    : QObject(parent)
    , m_workerContext(std::make_unique<QObject>())
    , m_state(std::make_shared<WorkerState>())
    , m_latestSearch(std::make_shared<std::atomic<RequestId>>(0))
{
    m_thread.setObjectName(QStringLiteral("lectern-catalog"));
    m_workerContext->moveToThread(&m_thread);
    m_thread.start();
}

CatalogService::~CatalogService()
{
    // Close the connection on the thread that opened it, then let the thread end.
    onWorker([state = m_state] {
        state->close();
        QThread::currentThread()->quit();
    });
    m_thread.wait();
}

template <typename Work>
void CatalogService::onWorker(Work work)
{
    QMetaObject::invokeMethod(m_workerContext.get(), std::move(work), Qt::QueuedConnection);
}

// Answers are posted to the service itself, so any that arrive after it is gone are
// discarded with its pending events.
template <typename Answer>
void CatalogService::onUiThread(Answer answer)
{
    QMetaObject::invokeMethod(this, std::move(answer), Qt::QueuedConnection);
}

void CatalogService::open(const QString& databasePath, const QString& seedCatalogPath)
{
    onWorker([this, state = m_state, databasePath, seedCatalogPath] {
        state->close();
        auto db = store::openLocalStore(databasePath.toStdString());
        if (!db) {
            onUiThread([this, error = db.error()] { Q_EMIT openFailed(error); });
            return;
        }
        state->db.emplace(std::move(*db));
        state->repository.emplace(*state->db);
        state->search.emplace(*state->db);
        auto count = seedIfEmpty(*state->db, *state->repository, seedCatalogPath);
        if (!count) {
            state->close();
            onUiThread([this, error = count.error()] { Q_EMIT openFailed(error); });
            return;
        }
        onUiThread([this, n = *count] {
            m_open = true;
            m_courseCount = n;
            Q_EMIT opened(n);
        });
    });
}

RequestId CatalogService::search(catalog::SearchQuery query)
{
    const RequestId id = nextId();
    m_latestSearch->store(id);
    onWorker([this, state = m_state, latest = m_latestSearch, id, query = std::move(query)] {
        if (latest->load() != id)
            return; // superseded before it started: typing ran ahead of the worker
        if (!state->ready()) {
            onUiThread([this, id] { Q_EMIT requestFailed(id, notOpen()); });
            return;
        }
        auto keys = state->search->rankedKeys(query);
        if (!keys) {
            onUiThread([this, id, error = keys.error()] { Q_EMIT requestFailed(id, error); });
            return;
        }
        auto shared = std::make_shared<const std::vector<catalog::CourseKey>>(std::move(*keys));
        onUiThread([this, latest, id, shared] {
            if (latest->load() == id)
                Q_EMIT searchFinished(id, shared);
        });
    });
    return id;
}

RequestId CatalogService::loadSummaries(std::vector<catalog::CourseKey> keys)
{
    const RequestId id = nextId();
    onWorker([this, state = m_state, id, keys = std::move(keys)] {
        if (!state->ready()) {
            onUiThread([this, id] { Q_EMIT requestFailed(id, notOpen()); });
            return;
        }
        auto summaries = state->repository->summaries(keys);
        if (!summaries) {
            onUiThread([this, id, error = summaries.error()] { Q_EMIT requestFailed(id, error); });
            return;
        }
        auto shared = std::make_shared<const std::vector<catalog::CourseSummary>>(std::move(*summaries));
        onUiThread([this, id, shared] { Q_EMIT summariesLoaded(id, shared); });
    });
    return id;
}

void CatalogService::reloadCourseCount()
{
    onWorker([this, state = m_state] {
        if (!state->ready())
            return;
        auto count = state->repository->courseCount();
        if (!count)
            return; // the old count stays; the next sync asks again
        onUiThread([this, n = *count] {
            m_courseCount = n;
            Q_EMIT courseCountChanged(n);
        });
    });
}

RequestId CatalogService::loadDetail(catalog::CourseKey key)
{
    return loadDetailWith([key](catalog::CatalogRepository& repository) { return repository.courseDetail(key); });
}

RequestId CatalogService::loadDetail(const QString& courseId)
{
    return loadDetailWith([id = courseId.toStdString()](catalog::CatalogRepository& repository) {
        return repository.courseDetail(std::string_view(id));
    });
}

RequestId CatalogService::loadDetailWith(
    std::function<Result<std::optional<catalog::CourseDetail>>(catalog::CatalogRepository&)> load)
{
    const RequestId id = nextId();
    onWorker([this, state = m_state, id, load = std::move(load)] {
        if (!state->ready()) {
            onUiThread([this, id] { Q_EMIT requestFailed(id, notOpen()); });
            return;
        }
        auto detail = load(*state->repository);
        if (!detail) {
            onUiThread([this, id, error = detail.error()] { Q_EMIT requestFailed(id, error); });
            return;
        }
        CourseDetailPtr shared;
        if (*detail)
            shared = std::make_shared<const catalog::CourseDetail>(std::move(**detail));
        onUiThread([this, id, shared] { Q_EMIT detailLoaded(id, shared); });
    });
    return id;
}

} // namespace lectern::ui
