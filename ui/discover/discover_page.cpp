#include "discover/discover_page.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLoggingCategory>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include "discover/course_card_delegate.h"
#include "discover/course_grid_model.h"
#include "discover/filter_popup.h"
#include "text/catalog_text.h"
#include "widgets/empty_state_widget.h"
#include "widgets/icons.h"

namespace lectern::ui {

Q_LOGGING_CATEGORY(lcDiscover, "lectern.ui.discover", QtWarningMsg)

namespace {

QComboBox* makeCombo(QWidget* parent, const QString& objectName, const QString& accessibleName)
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->setAccessibleName(accessibleName);
    combo->setToolTip(accessibleName);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return combo;
}

} // namespace

DiscoverPage::DiscoverPage(CatalogService& service, QWidget* parent)
    : QWidget(parent)
    , m_service(service)
    , m_search(new QLineEdit(this))
    , m_stack(new QStackedWidget(this))
    , m_grid(new QListView(this))
    , m_emptyState(new EmptyStateWidget(this))
    , m_model(new CourseGridModel(service, this))
    , m_delegate(new CourseCardDelegate(this))
    , m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("discoverPage"));

    auto* heading = new QLabel(tr("Discover"), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.6);
    headingFont.setWeight(QFont::Bold);
    heading->setFont(headingFont);

    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setPlaceholderText(tr("Search courses, instructors and topics"));
    m_search->setAccessibleName(tr("Search the catalog"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(icons::themed(QStringLiteral("search"), palette().color(QPalette::PlaceholderText),
                                      palette().color(QPalette::PlaceholderText)),
                        QLineEdit::LeadingPosition);
    m_search->setMinimumWidth(fontMetrics().averageCharWidth() * 40);
    m_search->installEventFilter(this);

    buildFilters();

    m_resultCount = new QLabel(this);
    m_resultCount->setObjectName(QStringLiteral("resultCount"));
    m_resultCount->setForegroundRole(QPalette::PlaceholderText);
    m_resultCount->setAccessibleName(tr("Number of results"));

    m_grid->setObjectName(QStringLiteral("courseGrid"));
    m_grid->setAccessibleName(tr("Courses"));
    m_grid->setViewMode(QListView::IconMode);
    m_grid->setMovement(QListView::Static);
    m_grid->setResizeMode(QListView::Adjust);
    m_grid->setFlow(QListView::LeftToRight);
    m_grid->setWrapping(true);
    m_grid->setUniformItemSizes(true);
    m_grid->setLayoutMode(QListView::SinglePass);
    m_grid->setSelectionMode(QAbstractItemView::SingleSelection);
    m_grid->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_grid->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_grid->setMouseTracking(true);
    m_grid->setFrameShape(QFrame::NoFrame);
    m_grid->viewport()->setBackgroundRole(QPalette::Window);
    m_grid->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn); // a steady width, so cards never reflow twice
    m_grid->viewport()->installEventFilter(this);
    m_grid->setItemDelegate(m_delegate);
    m_grid->setModel(m_model);
    updateGridMetrics();

    m_emptyState->setObjectName(QStringLiteral("emptyState"));
    m_emptyState->setIconName(QStringLiteral("empty-search"));
    m_stack->addWidget(m_grid);
    m_stack->addWidget(m_emptyState);

    // Layout: heading and search on top, filters and sort below, then the grid.
    const int unit = fontMetrics().height();
    auto* top = new QHBoxLayout;
    top->addWidget(heading);
    top->addSpacing(unit);
    top->addWidget(m_search, 1);

    auto* filters = new QHBoxLayout;
    filters->setSpacing(unit / 3);
    filters->addWidget(m_category);
    filters->addWidget(m_level);
    filters->addWidget(m_language);
    filters->addWidget(m_price);
    filters->addWidget(m_moreFilters);
    filters->addSpacing(unit);
    filters->addWidget(m_resultCount);
    filters->addStretch(1);
    auto* sortLabel = new QLabel(tr("Sort by:"), this);
    sortLabel->setBuddy(m_sort);
    filters->addWidget(sortLabel);
    filters->addWidget(m_sort);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(unit, unit, unit / 2, 0);
    layout->setSpacing(unit * 2 / 3);
    layout->addLayout(top);
    layout->addLayout(filters);
    layout->addWidget(m_stack, 1);

    setTabOrder(m_search, m_category);
    setTabOrder(m_category, m_level);
    setTabOrder(m_level, m_language);
    setTabOrder(m_language, m_price);
    setTabOrder(m_price, m_moreFilters);
    setTabOrder(m_moreFilters, m_sort);
    setTabOrder(m_sort, m_grid);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &DiscoverPage::runSearch);
    connect(m_search, &QLineEdit::textChanged, this, &DiscoverPage::scheduleSearch);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_debounce->isActive() || m_searchInFlight) {
            m_openFirstWhenReady = true;
            if (m_debounce->isActive()) {
                m_debounce->stop();
                runSearch();
            }
            return;
        }
        openCurrent();
    });
    connect(m_grid, &QListView::activated, this, [this](const QModelIndex& index) { openRow(index.row()); });
    connect(m_grid, &QListView::clicked, this, [this](const QModelIndex& index) { openRow(index.row()); });
    connect(m_emptyState, &EmptyStateWidget::actionTriggered, this, &DiscoverPage::clearSearchAndFilters);
    connect(&m_service, &CatalogService::searchFinished, this, &DiscoverPage::onSearchFinished);
    connect(&m_service, &CatalogService::requestFailed, this, &DiscoverPage::onRequestFailed);

    m_resultCount->setText(tr("Loading the catalog…"));
}

void DiscoverPage::buildFilters()
{
    m_category = makeCombo(this, QStringLiteral("categoryFilter"), tr("Category"));
    m_category->addItem(tr("All categories"));
    for (const std::string_view slug : protocol::kCategories)
        m_category->addItem(CatalogText::categoryName(slug), toQString(slug));

    m_level = makeCombo(this, QStringLiteral("levelFilter"), tr("Level"));
    m_level->addItem(tr("Any level"), -1);
    for (const auto level : {protocol::Level::Beginner, protocol::Level::Intermediate, protocol::Level::Advanced})
        m_level->addItem(CatalogText::levelName(level), static_cast<int>(level));

    m_language = makeCombo(this, QStringLiteral("languageFilter"), tr("Language"));
    m_language->addItem(tr("Any language"));
    m_language->addItem(CatalogText::languageName("zh"), QStringLiteral("zh"));
    m_language->addItem(CatalogText::languageName("en"), QStringLiteral("en"));

    m_price = makeCombo(this, QStringLiteral("priceFilter"), tr("Price"));
    m_price->addItem(tr("Free and paid"), static_cast<int>(catalog::Ownership::Any));
    m_price->addItem(tr("Free"), static_cast<int>(catalog::Ownership::Free));
    m_price->addItem(tr("Paid"), static_cast<int>(catalog::Ownership::Paid));
    m_price->addItem(tr("Owned"), static_cast<int>(catalog::Ownership::Owned));

    m_moreFilters = new QToolButton(this);
    m_moreFilters->setObjectName(QStringLiteral("moreFilters"));
    m_moreFilters->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_moreFilters->setAccessibleName(tr("More filters: price range and length"));
    m_moreFilters->setToolTip(tr("Price range and course length"));
    m_filterPopup = new FilterPopup(this);
    updateMoreFiltersButton();

    m_sort = makeCombo(this, QStringLiteral("sortOrder"), tr("Sort order"));
    m_sort->addItem(tr("Best match"), static_cast<int>(catalog::SortOrder::Relevance));
    m_sort->addItem(tr("Highest rated"), static_cast<int>(catalog::SortOrder::Rating));
    m_sort->addItem(tr("Most popular"), static_cast<int>(catalog::SortOrder::Popularity));
    m_sort->addItem(tr("Newest"), static_cast<int>(catalog::SortOrder::Newest));
    m_sort->addItem(tr("Price: low to high"), static_cast<int>(catalog::SortOrder::PriceLowToHigh));
    m_sort->addItem(tr("Price: high to low"), static_cast<int>(catalog::SortOrder::PriceHighToLow));

    for (QComboBox* combo : {m_category, m_level, m_language, m_price, m_sort})
        connect(combo, &QComboBox::currentIndexChanged, this, &DiscoverPage::runSearch);
    connect(m_moreFilters, &QToolButton::clicked, this, [this] {
        m_filterPopup->popup(m_moreFilters->mapToGlobal(QPoint(0, m_moreFilters->height())));
    });
    connect(m_filterPopup, &FilterPopup::filtersChanged, this, [this] {
        updateMoreFiltersButton();
        scheduleSearch(); // spin boxes change per keystroke; wait like the search field does
    });
}

void DiscoverPage::updateMoreFiltersButton()
{
    const int active = m_filterPopup->filters().activeCount();
    m_moreFilters->setText(active > 0 ? tr("More filters (%1)").arg(active) : tr("More filters"));
    m_moreFilters->setIcon(icons::themed(QStringLiteral("filter"), palette().color(QPalette::ButtonText),
                                         palette().color(QPalette::HighlightedText)));
}

void DiscoverPage::updateGridMetrics()
{
    // As many columns as fit at the narrowest comfortable card, then widen the cards
    // to share what is left, so rows end flush with the window's edge.
    const int spacing = fontMetrics().height() * 2 / 3;
    const int available = m_grid->viewport()->width();
    const int minimum = CourseCardDelegate::minimumCardWidth(m_grid->font());
    const int columns = qMax(1, (available - spacing) / (minimum + spacing));
    const int width = qMax(minimum, (available - (columns + 1) * spacing) / columns);
    const QSize card = CourseCardDelegate::cardSize(m_grid->font(), width);
    m_grid->verticalScrollBar()->setSingleStep(qMax(1, card.height() / 5));
    if (m_grid->spacing() == spacing && m_delegate->cardWidth() == width)
        return;
    m_grid->setSpacing(spacing);
    m_delegate->setCardWidth(width);
    m_grid->doItemsLayout(); // uniform sizes are cached; let the view measure again
}

void DiscoverPage::start()
{
    m_started = true;
    runSearch();
}

void DiscoverPage::refresh()
{
    if (m_started)
        runSearch();
}

void DiscoverPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void DiscoverPage::restoreFocus()
{
    if (m_stack->currentWidget() == m_grid && m_model->rowCount() > 0)
        m_grid->setFocus(Qt::OtherFocusReason);
    else
        m_search->setFocus(Qt::OtherFocusReason);
}

catalog::SearchQuery DiscoverPage::currentQuery() const
{
    catalog::SearchQuery query;
    query.text = m_search->text().trimmed().toStdString();
    if (const QString category = m_category->currentData().toString(); !category.isEmpty())
        query.categories.push_back(category.toStdString());
    if (const int level = m_level->currentData().toInt(); level >= 0) {
        // A course "for all levels" suits a beginner as well as an advanced learner.
        query.levels = {static_cast<protocol::Level>(level), protocol::Level::All};
    }
    if (const QString language = m_language->currentData().toString(); !language.isEmpty())
        query.languages.push_back(language.toStdString());
    query.ownership = static_cast<catalog::Ownership>(m_price->currentData().toInt());
    const RangeFilters ranges = m_filterPopup->filters();
    query.minPriceMinor = ranges.minPriceMinor;
    query.maxPriceMinor = ranges.maxPriceMinor;
    query.minDurationSeconds = ranges.minDurationSeconds;
    query.maxDurationSeconds = ranges.maxDurationSeconds;
    query.sort = static_cast<catalog::SortOrder>(m_sort->currentData().toInt());
    return query;
}

bool DiscoverPage::filtersActive() const
{
    return m_category->currentIndex() > 0 || m_level->currentIndex() > 0 || m_language->currentIndex() > 0
        || m_price->currentIndex() > 0 || m_filterPopup->filters().activeCount() > 0;
}

void DiscoverPage::scheduleSearch()
{
    m_debounce->start();
}

void DiscoverPage::runSearch()
{
    m_debounce->stop();
    if (!m_started)
        return;
    m_searchInFlight = true;
    m_searchClock.start();
    m_currentSearch = m_service.search(currentQuery());
}

void DiscoverPage::onSearchFinished(RequestId id, const CourseKeys& keys)
{
    if (id != m_currentSearch)
        return;
    m_searchInFlight = false;
    m_searchedText = m_search->text().trimmed();
    const qint64 searchMs = m_searchClock.elapsed();
    m_model->setKeys(keys);
    showResults(keys->size());
    qCDebug(lcDiscover) << "search answered in" << searchMs << "ms with" << keys->size() << "keys; shown after"
                        << m_searchClock.elapsed() << "ms";
    if (lcDiscover().isDebugEnabled()) {
        QTimer::singleShot(0, this, [this] {
            QElapsedTimer layoutClock;
            layoutClock.start();
            m_grid->doItemsLayout();
            m_grid->viewport()->repaint();
            qCDebug(lcDiscover) << "a full grid layout and paint takes" << layoutClock.elapsed() << "ms";
        });
    }
    if (m_openFirstWhenReady) {
        m_openFirstWhenReady = false;
        openCurrent();
    }
}

void DiscoverPage::onRequestFailed(RequestId id, const Error& error)
{
    if (id != m_currentSearch)
        return;
    m_searchInFlight = false;
    m_openFirstWhenReady = false;
    m_emptyState->setIconName(QStringLiteral("empty-search"));
    m_emptyState->setHeading(tr("Search is not available right now"));
    m_emptyState->setBody(CatalogText::errorMessage(error));
    m_emptyState->setActionText({});
    m_emptyState->setToolTip(toQString(error.detail));
    m_stack->setCurrentWidget(m_emptyState);
    m_resultCount->clear();
}

void DiscoverPage::showResults(std::size_t count)
{
    const int n = static_cast<int>(count);
    if (m_searchedText.isEmpty())
        m_resultCount->setText(tr("%Ln course(s)", nullptr, n));
    else
        m_resultCount->setText(tr("%Ln result(s)", nullptr, n));

    if (count > 0) {
        m_stack->setCurrentWidget(m_grid);
        m_grid->selectionModel()->setCurrentIndex(m_model->index(0), QItemSelectionModel::NoUpdate);
        m_grid->scrollToTop();
        return;
    }
    m_emptyState->setToolTip({});
    if (!m_searchedText.isEmpty()) {
        m_emptyState->setHeading(tr("No courses match “%1”").arg(m_searchedText));
        m_emptyState->setBody(filtersActive()
                                  ? tr("Check the spelling, try a shorter or more general word, or clear the filters.")
                                  : tr("Check the spelling, or try a shorter or more general word."));
    } else if (filtersActive()) {
        m_emptyState->setHeading(tr("No courses match these filters"));
        m_emptyState->setBody(tr("Try another category or level, or widen the price and length ranges."));
    } else {
        m_emptyState->setHeading(tr("The catalog is empty"));
        m_emptyState->setBody(tr("Courses appear here once the catalog has been downloaded."));
    }
    m_emptyState->setActionText(filtersActive() || !m_searchedText.isEmpty() ? tr("Clear search and filters")
                                                                              : QString());
    m_stack->setCurrentWidget(m_emptyState);
}

void DiscoverPage::openCurrent()
{
    if (m_stack->currentWidget() != m_grid || m_model->rowCount() == 0)
        return;
    const QModelIndex current = m_grid->currentIndex();
    openRow(current.isValid() ? current.row() : 0);
}

void DiscoverPage::openRow(int row)
{
    const catalog::CourseKey key = m_model->keyAt(row);
    if (key == 0)
        return;
    m_grid->selectionModel()->setCurrentIndex(m_model->index(row), QItemSelectionModel::ClearAndSelect);
    Q_EMIT courseActivated(key);
}

void DiscoverPage::clearSearchAndFilters()
{
    const QSignalBlocker blockSearch(m_search);
    m_search->clear();
    for (QComboBox* combo : {m_category, m_level, m_language, m_price}) {
        const QSignalBlocker block(combo);
        combo->setCurrentIndex(0);
    }
    {
        const QSignalBlocker block(m_filterPopup);
        m_filterPopup->reset();
    }
    updateMoreFiltersButton();
    runSearch();
    m_search->setFocus();
}

bool DiscoverPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_grid->viewport() && event->type() == QEvent::Resize)
        updateGridMetrics();
    // Down arrow from the search field moves into the results, as in a browser.
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Down && m_stack->currentWidget() == m_grid && m_model->rowCount() > 0) {
            m_grid->setFocus(Qt::TabFocusReason);
            if (!m_grid->currentIndex().isValid())
                m_grid->setCurrentIndex(m_model->index(0));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void DiscoverPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange)
        updateMoreFiltersButton();
    if (event->type() == QEvent::FontChange)
        updateGridMetrics();
    QWidget::changeEvent(event);
}

} // namespace lectern::ui
