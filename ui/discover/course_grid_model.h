// The Discover grid's model: every ranked key of the current search, with the cards'
// details fetched a page at a time on demand. A row whose page has not arrived yet
// reports LoadedRole false and the delegate paints a placeholder; when the page
// arrives, dataChanged repaints just those rows. Pages are kept in a bounded LRU cache,
// so scrolling through 100,000 courses holds only a few thousand cards in memory.
#pragma once

#include <cstdint>
#include <list>
#include <optional>
#include <unordered_map>
#include <vector>

#include <QAbstractListModel>

#include "services/catalog_service.h"

namespace lectern::ui {

class CourseGridModel final : public QAbstractListModel {
    Q_OBJECT

public:
    enum Role {
        KeyRole = Qt::UserRole + 1, // qint64 CourseKey
        LoadedRole,                 // bool: false while the card's page is on its way
        CourseIdRole,
        TitleRole,
        InstructorRole,
        CategoryRole, // slug
        LanguageRole, // "zh", "en"
        RatingRole,   // double
        RatingCountRole,
        EnrolmentCountRole,
        PriceMinorRole,
        CurrencyRole,
        OwnedRole,
        PriceTextRole, // "¥199", "Free", "Owned", already translated
        DurationSecondsRole,
        LessonCountRole,
    };

    static constexpr int kPageSize = 60;
    static constexpr std::size_t kMaxCachedPages = 120;

    explicit CourseGridModel(CatalogService& service, QObject* parent = nullptr);

    // Replaces the rows with a new ranking (a model reset).
    void setKeys(CourseKeys keys);
    [[nodiscard]] catalog::CourseKey keyAt(int row) const;
    [[nodiscard]] std::size_t cachedPageCount() const { return m_pages.size(); }
    [[nodiscard]] bool isRowLoaded(int row) const;

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    // A page of cards arrived and dataChanged has been emitted for it.
    void pageLoaded(int firstRow, int lastRow);

private:
    struct Page {
        // Slot i holds row (page * kPageSize + i); empty when that course left the catalog.
        std::vector<std::optional<catalog::CourseSummary>> cards;
        std::list<int>::iterator lruPosition;
    };

    [[nodiscard]] const catalog::CourseSummary* summaryAt(int row, bool* pending) const;
    void requestPage(int page) const;
    void onSummariesLoaded(RequestId id, const CourseSummaries& summaries);
    void onRequestFailed(RequestId id);
    void evictIfNeeded();

    CatalogService& m_service;
    CourseKeys m_keys;
    std::uint64_t m_generation = 0; // bumps on every setKeys; answers for older ones are dropped

    // data() is const but fetching and LRU bookkeeping are a cache's business.
    mutable std::unordered_map<int, Page> m_pages;
    mutable std::list<int> m_lru; // front = most recently used page
    struct InFlight {
        std::uint64_t generation;
        int page;
    };
    mutable std::unordered_map<RequestId, InFlight> m_inFlight;
    mutable std::unordered_map<int, RequestId> m_pageRequests;
};

} // namespace lectern::ui
