// The "More filters" popup: price range and course length, the filters people reach
// for less often than category or price, kept out of the main bar to keep it compact.
#pragma once

#include <cstdint>
#include <optional>

#include <QFrame>

class QComboBox;
class QSpinBox;

namespace lectern::ui {

struct RangeFilters {
    std::optional<std::int64_t> minPriceMinor, maxPriceMinor;
    std::optional<std::int64_t> minDurationSeconds, maxDurationSeconds;
    [[nodiscard]] int activeCount() const;
};

class FilterPopup final : public QFrame {
    Q_OBJECT

public:
    explicit FilterPopup(QWidget* parent = nullptr);

    [[nodiscard]] RangeFilters filters() const;
    void reset();
    void popup(const QPoint& globalTopLeft);

Q_SIGNALS:
    void filtersChanged();

private:
    QSpinBox* m_minPrice = nullptr;
    QSpinBox* m_maxPrice = nullptr;
    QComboBox* m_duration = nullptr;
};

} // namespace lectern::ui
