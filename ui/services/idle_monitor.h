// Whether the learner is away from Lectern, for "download only when idle":
// idle once no keyboard, mouse, wheel, touch or tablet input has reached any
// of the app's windows for `threshold` (2 minutes in the app), or at once when
// every window is minimised or hidden. Any input ends it.
//
// Watches through an event filter on the application object, which sees every
// event delivered in the app; the filter only compares the event type and
// stores a timestamp, and a single-shot timer (re-armed at most once per
// threshold, not per event) notices when the threshold has passed.
#pragma once

#include <chrono>

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace lectern::ui {

class IdleMonitor final : public QObject {
    Q_OBJECT

public:
    // Starts "not idle": the learner has just been doing something.
    explicit IdleMonitor(std::chrono::milliseconds threshold = std::chrono::minutes(2), QObject* parent = nullptr);
    ~IdleMonitor() override;
    IdleMonitor(const IdleMonitor&) = delete;
    IdleMonitor& operator=(const IdleMonitor&) = delete;

    [[nodiscard]] bool isIdle() const { return m_idle; }
    [[nodiscard]] std::chrono::milliseconds threshold() const { return m_threshold; }

Q_SIGNALS:
    void idleChanged(bool idle);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void inputSeen();
    void thresholdCheck();
    void windowsCheck();
    void update();

    std::chrono::milliseconds m_threshold;
    QElapsedTimer m_sinceInput;
    QTimer m_quiet;        // fires when the threshold may have passed without input
    QTimer m_windowsCheck; // coalesces show/hide/minimise events into one look at the windows
    bool m_noInput = false;
    bool m_away = false;
    bool m_idle = false;
};

} // namespace lectern::ui
