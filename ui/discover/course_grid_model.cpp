#include "discover/course_grid_model.h"

#include <algorithm>

#include "text/catalog_text.h"

namespace lectern::ui {

CourseGridModel::CourseGridModel(CatalogService& service, QObject* parent)
    : QAbstractListModel(parent)
    , m_service(service)
{
    connect(&m_service, &CatalogService::summariesLoaded, this, &CourseGridModel::onSummariesLoaded);
    connect(&m_service, &CatalogService::requestFailed, this,
            [this](RequestId id, const Error&) { onRequestFailed(id); });
}

void CourseGridModel::setKeys(CourseKeys keys)
{
    beginResetModel();
    m_keys = std::move(keys);
    ++m_generation;
    m_pages.clear();
    m_lru.clear();
    m_pageRequests.clear(); // answers still in flight are recognised as stale by generation
    endResetModel();
}

catalog::CourseKey CourseGridModel::keyAt(int row) const
{
    if (!m_keys || row < 0 || static_cast<std::size_t>(row) >= m_keys->size())
        return 0;
    return (*m_keys)[static_cast<std::size_t>(row)];
}

bool CourseGridModel::isRowLoaded(int row) const
{
    const auto it = m_pages.find(row / kPageSize);
    return it != m_pages.end();
}

int CourseGridModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() || !m_keys)
        return 0;
    return static_cast<int>(m_keys->size());
}

const catalog::CourseSummary* CourseGridModel::summaryAt(int row, bool* pending) const
{
    const int page = row / kPageSize;
    const auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        *pending = true;
        requestPage(page);
        return nullptr;
    }
    *pending = false;
    // Most recently used first, so the pages on screen are the last to be evicted.
    m_lru.splice(m_lru.begin(), m_lru, it->second.lruPosition);
    const auto& card = it->second.cards[static_cast<std::size_t>(row % kPageSize)];
    return card ? &*card : nullptr;
}

void CourseGridModel::requestPage(int page) const
{
    if (m_pageRequests.contains(page) || !m_keys)
        return;
    const std::size_t first = static_cast<std::size_t>(page) * kPageSize;
    const std::size_t last = std::min(first + kPageSize, m_keys->size());
    if (first >= last)
        return;
    std::vector<catalog::CourseKey> keys(m_keys->begin() + static_cast<std::ptrdiff_t>(first),
                                         m_keys->begin() + static_cast<std::ptrdiff_t>(last));
    const RequestId id = m_service.loadSummaries(std::move(keys));
    m_inFlight.emplace(id, InFlight{m_generation, page});
    m_pageRequests.emplace(page, id);
}

void CourseGridModel::onSummariesLoaded(RequestId id, const CourseSummaries& summaries)
{
    const auto flight = m_inFlight.find(id);
    if (flight == m_inFlight.end())
        return; // someone else's request
    const InFlight request = flight->second;
    m_inFlight.erase(flight);
    if (request.generation != m_generation || !m_keys)
        return; // the search changed while this page was loading
    m_pageRequests.erase(request.page);

    const std::size_t first = static_cast<std::size_t>(request.page) * kPageSize;
    const std::size_t last = std::min(first + kPageSize, m_keys->size());
    Page page;
    page.cards.resize(last - first);
    // summaries() skips courses that have left the catalog, so match by key, not position.
    std::size_t next = 0;
    for (std::size_t slot = 0; slot < page.cards.size() && next < summaries->size(); ++slot) {
        if ((*summaries)[next].key == (*m_keys)[first + slot])
            page.cards[slot] = (*summaries)[next++];
    }
    m_lru.push_front(request.page);
    page.lruPosition = m_lru.begin();
    m_pages.insert_or_assign(request.page, std::move(page));
    evictIfNeeded();

    const int firstRow = static_cast<int>(first);
    const int lastRow = static_cast<int>(last) - 1;
    Q_EMIT dataChanged(index(firstRow), index(lastRow));
    Q_EMIT pageLoaded(firstRow, lastRow);
}

void CourseGridModel::onRequestFailed(RequestId id)
{
    const auto flight = m_inFlight.find(id);
    if (flight == m_inFlight.end())
        return;
    if (flight->second.generation == m_generation)
        m_pageRequests.erase(flight->second.page); // a later paint may try again
    m_inFlight.erase(flight);
}

void CourseGridModel::evictIfNeeded()
{
    while (m_pages.size() > kMaxCachedPages) {
        const int victim = m_lru.back();
        m_lru.pop_back();
        m_pages.erase(victim);
    }
}

QVariant CourseGridModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    if (role == KeyRole)
        return QVariant::fromValue<qint64>(keyAt(row));
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole && role < KeyRole)
        return {};

    bool pending = false;
    const catalog::CourseSummary* card = summaryAt(row, &pending);
    if (role == LoadedRole)
        return !pending;
    if (!card) {
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return pending ? tr("Loading…") : tr("This course is no longer available");
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
    case Qt::ToolTipRole: return toQString(card->title);
    case Qt::AccessibleTextRole:
        return tr("%1, by %2, %3").arg(toQString(card->title), toQString(card->instructorName),
                                       CatalogText::cardPrice(card->price, card->owned));
    case CourseIdRole: return toQString(card->id);
    case InstructorRole: return toQString(card->instructorName);
    case CategoryRole: return toQString(card->category);
    case LanguageRole: return toQString(card->language);
    case RatingRole: return card->rating;
    case RatingCountRole: return QVariant::fromValue<qint64>(card->ratingCount);
    case EnrolmentCountRole: return QVariant::fromValue<qint64>(card->enrolmentCount);
    case PriceMinorRole: return QVariant::fromValue<qint64>(card->price.amountMinor);
    case CurrencyRole: return toQString(card->price.currency);
    case OwnedRole: return card->owned;
    case PriceTextRole: return CatalogText::cardPrice(card->price, card->owned);
    case DurationSecondsRole: return QVariant::fromValue<qint64>(card->totalDurationSeconds);
    case LessonCountRole: return QVariant::fromValue<qint64>(card->lessonCount);
    default: break;
    }
    return {};
}

QHash<int, QByteArray> CourseGridModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(KeyRole, QByteArrayLiteral("key"));
    names.insert(LoadedRole, QByteArrayLiteral("loaded"));
    names.insert(CourseIdRole, QByteArrayLiteral("courseId"));
    names.insert(TitleRole, QByteArrayLiteral("title"));
    names.insert(InstructorRole, QByteArrayLiteral("instructor"));
    names.insert(CategoryRole, QByteArrayLiteral("category"));
    names.insert(LanguageRole, QByteArrayLiteral("language"));
    names.insert(RatingRole, QByteArrayLiteral("rating"));
    names.insert(RatingCountRole, QByteArrayLiteral("ratingCount"));
    names.insert(EnrolmentCountRole, QByteArrayLiteral("enrolmentCount"));
    names.insert(PriceMinorRole, QByteArrayLiteral("priceMinor"));
    names.insert(CurrencyRole, QByteArrayLiteral("currency"));
    names.insert(OwnedRole, QByteArrayLiteral("owned"));
    names.insert(PriceTextRole, QByteArrayLiteral("priceText"));
    names.insert(DurationSecondsRole, QByteArrayLiteral("durationSeconds"));
    names.insert(LessonCountRole, QByteArrayLiteral("lessonCount"));
    return names;
}

} // namespace lectern::ui
