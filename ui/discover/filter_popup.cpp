#include "discover/filter_popup.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QSpinBox>

namespace lectern::ui {

namespace {

struct DurationBucket {
    std::optional<std::int64_t> min, max; // seconds
};

// Index-aligned with the duration combo's items.
constexpr DurationBucket kDurationBuckets[] = {
    {std::nullopt, std::nullopt},
    {std::nullopt, 3600},
    {3600, 3 * 3600},
    {3 * 3600, 6 * 3600},
    {6 * 3600, std::nullopt},
};

} // namespace

int RangeFilters::activeCount() const
{
    const int price = (minPriceMinor || maxPriceMinor) ? 1 : 0;
    const int duration = (minDurationSeconds || maxDurationSeconds) ? 1 : 0;
    return price + duration;
}

FilterPopup::FilterPopup(QWidget* parent)
    : QFrame(parent, Qt::Popup)
    , m_minPrice(new QSpinBox(this))
    , m_maxPrice(new QSpinBox(this))
    , m_duration(new QComboBox(this))
{
    setObjectName(QStringLiteral("filterPopup"));
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("More filters"));

    // 0 means "no limit"; the special text says so instead of a bare zero.
    for (QSpinBox* box : {m_minPrice, m_maxPrice}) {
        box->setRange(0, 100000);
        box->setSingleStep(50);
        box->setPrefix(QStringLiteral("¥"));
        box->setSpecialValueText(tr("No limit"));
        box->setAccelerated(true);
    }
    m_minPrice->setObjectName(QStringLiteral("minPrice"));
    m_maxPrice->setObjectName(QStringLiteral("maxPrice"));
    m_minPrice->setAccessibleName(tr("Lowest price"));
    m_maxPrice->setAccessibleName(tr("Highest price"));

    m_duration->setObjectName(QStringLiteral("durationFilter"));
    m_duration->setAccessibleName(tr("Course length"));
    m_duration->addItem(tr("Any length"));
    m_duration->addItem(tr("Under 1 hour"));
    m_duration->addItem(tr("1 to 3 hours"));
    m_duration->addItem(tr("3 to 6 hours"));
    m_duration->addItem(tr("Over 6 hours"));

    auto* priceRow = new QHBoxLayout;
    priceRow->addWidget(m_minPrice, 1);
    priceRow->addWidget(new QLabel(QStringLiteral("–"), this));
    priceRow->addWidget(m_maxPrice, 1);

    auto* reset = new QPushButton(tr("Reset"), this);
    auto* done = new QPushButton(tr("Done"), this);
    done->setDefault(true);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(reset);
    buttons->addWidget(done);

    auto* form = new QFormLayout(this);
    const int margin = fontMetrics().height();
    form->setContentsMargins(margin, margin, margin, margin);
    form->addRow(tr("Price:"), priceRow);
    form->addRow(tr("Length:"), m_duration);
    form->addRow(buttons);

    const auto changed = [this] { Q_EMIT filtersChanged(); };
    connect(m_minPrice, &QSpinBox::valueChanged, this, changed);
    connect(m_maxPrice, &QSpinBox::valueChanged, this, changed);
    connect(m_duration, &QComboBox::currentIndexChanged, this, changed);
    connect(reset, &QPushButton::clicked, this, &FilterPopup::reset);
    connect(done, &QPushButton::clicked, this, &FilterPopup::hide);
}

RangeFilters FilterPopup::filters() const
{
    RangeFilters filters;
    if (m_minPrice->value() > 0)
        filters.minPriceMinor = static_cast<std::int64_t>(m_minPrice->value()) * 100;
    if (m_maxPrice->value() > 0)
        filters.maxPriceMinor = static_cast<std::int64_t>(m_maxPrice->value()) * 100;
    const auto& bucket = kDurationBuckets[qBound(0, m_duration->currentIndex(), 4)];
    filters.minDurationSeconds = bucket.min;
    filters.maxDurationSeconds = bucket.max;
    return filters;
}

void FilterPopup::reset()
{
    const QSignalBlocker blockMin(m_minPrice);
    const QSignalBlocker blockMax(m_maxPrice);
    const QSignalBlocker blockDuration(m_duration);
    m_minPrice->setValue(0);
    m_maxPrice->setValue(0);
    m_duration->setCurrentIndex(0);
    Q_EMIT filtersChanged();
}

void FilterPopup::popup(const QPoint& globalTopLeft)
{
    adjustSize();
    QPoint position = globalTopLeft;
    if (const QScreen* screen = QWidget::screen()) {
        const QRect available = screen->availableGeometry();
        position.setX(qMin(position.x(), available.right() - width()));
    }
    move(position);
    show();
    m_minPrice->setFocus();
}

} // namespace lectern::ui
