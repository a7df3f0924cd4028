// Discover: search as you type, filter and sort the catalog, and open a course.
#pragma once

#include <QElapsedTimer>
#include <QString>
#include <QWidget>

#include "catalog/catalog_search.h"
#include "services/catalog_service.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QStackedWidget;
class QTimer;
class QToolButton;

namespace lectern::ui {

class CourseCardDelegate;
class CourseGridModel;
class EmptyStateWidget;
class FilterPopup;

class DiscoverPage final : public QWidget {
    Q_OBJECT

public:
    static constexpr int kDebounceMs = 150;

    explicit DiscoverPage(CatalogService& service, QWidget* parent = nullptr);

    // Starts browsing once the catalog is open.
    void start();
    // Runs the current search again, e.g. after a sync changed the catalog.
    void refresh();
    void focusSearch();
    // Gives the keyboard back to the grid, e.g. on returning from a course.
    void restoreFocus();

    [[nodiscard]] CourseGridModel* model() const { return m_model; }
    [[nodiscard]] catalog::SearchQuery currentQuery() const;

Q_SIGNALS:
    void courseActivated(lectern::catalog::CourseKey key);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void buildFilters();
    void runSearch();
    void scheduleSearch();
    void onSearchFinished(RequestId id, const CourseKeys& keys);
    void onRequestFailed(RequestId id, const Error& error);
    void showResults(std::size_t count);
    void openCurrent();
    void openRow(int row);
    void clearSearchAndFilters();
    void updateMoreFiltersButton();
    void updateGridMetrics();
    [[nodiscard]] bool filtersActive() const;

    CatalogService& m_service;
    QLineEdit* m_search = nullptr;
    QComboBox* m_category = nullptr;
    QComboBox* m_level = nullptr;
    QComboBox* m_language = nullptr;
    QComboBox* m_price = nullptr;
    QToolButton* m_moreFilters = nullptr;
    FilterPopup* m_filterPopup = nullptr;
    QComboBox* m_sort = nullptr;
    QLabel* m_resultCount = nullptr;
    QStackedWidget* m_stack = nullptr;
    QListView* m_grid = nullptr;
    EmptyStateWidget* m_emptyState = nullptr;
    CourseGridModel* m_model = nullptr;
    CourseCardDelegate* m_delegate = nullptr;
    QTimer* m_debounce = nullptr;

    bool m_started = false;
    RequestId m_currentSearch = 0;
    bool m_searchInFlight = false;
    bool m_openFirstWhenReady = false;
    QString m_searchedText; // the text of the search whose results are shown
    QElapsedTimer m_searchClock;
};

} // namespace lectern::ui
