#include "services/idle_monitor.h"

#include <algorithm>

#include <QCoreApplication>
#include <QEvent>
#include <QGuiApplication>
#include <QWidget>
#include <QWindow>

namespace lectern::ui {

namespace {

bool isInput(QEvent::Type type)
{
    switch (type) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TabletPress:
    case QEvent::TabletMove:
    case QEvent::InputMethod:
    case QEvent::NativeGesture: return true;
    default: return false;
    }
}

bool isWindow(QObject* object)
{
    return object->isWindowType() || (object->isWidgetType() && static_cast<QWidget*>(object)->isWindow());
}

// Every window the learner could be looking at is minimised or hidden. With
// no window at all there is nothing to judge by: not away.
bool allWindowsAway()
{
    bool any = false;
    for (const QWindow* window : QGuiApplication::topLevelWindows()) {
        const Qt::WindowType type = window->type();
        if (type != Qt::Window && type != Qt::Dialog)
            continue; // tool tips, menus, pop-ups come and go with the others
        any = true;
        if (window->isVisible() && !window->windowStates().testFlag(Qt::WindowMinimized))
            return false;
    }
    return any;
}

} // namespace

IdleMonitor::IdleMonitor(std::chrono::milliseconds threshold, QObject* parent)
    : QObject(parent)
    , m_threshold(std::max(threshold, std::chrono::milliseconds(1)))
{
    m_sinceInput.start();
    m_quiet.setSingleShot(true);
    m_quiet.setTimerType(Qt::CoarseTimer);
    connect(&m_quiet, &QTimer::timeout, this, &IdleMonitor::thresholdCheck);
    m_quiet.start(m_threshold);
    m_windowsCheck.setSingleShot(true);
    m_windowsCheck.setInterval(0);
    connect(&m_windowsCheck, &QTimer::timeout, this, &IdleMonitor::windowsCheck);
    if (QCoreApplication* app = QCoreApplication::instance())
        app->installEventFilter(this);
    m_away = allWindowsAway();
    m_idle = m_away;
}

IdleMonitor::~IdleMonitor()
{
    if (QCoreApplication* app = QCoreApplication::instance())
        app->removeEventFilter(this);
}

bool IdleMonitor::eventFilter(QObject* watched, QEvent* event)
{
    const QEvent::Type type = event->type();
    if (isInput(type)) {
        // Only what came from the window system: events the app sends itself
        // (synthetic moves when a widget appears under the pointer) are not the learner.
        if (event->spontaneous())
            inputSeen();
    } else if ((type == QEvent::Show || type == QEvent::Hide || type == QEvent::WindowStateChange) && isWindow(watched)) {
        m_windowsCheck.start(); // after the event, when the window's state is settled
    }
    return QObject::eventFilter(watched, event);
}

void IdleMonitor::inputSeen()
{
    m_sinceInput.restart();
    if (!m_quiet.isActive())
        m_quiet.start(m_threshold);
    if (m_noInput) {
        m_noInput = false;
        update();
    }
}

// The timer is armed for when the threshold would pass if no input came; input
// in between only moved the timestamp, so look again for the remaining time.
void IdleMonitor::thresholdCheck()
{
    const std::chrono::milliseconds quietFor(m_sinceInput.elapsed());
    if (quietFor >= m_threshold) {
        m_noInput = true;
        update();
    } else {
        m_quiet.start(m_threshold - quietFor);
    }
}

void IdleMonitor::windowsCheck()
{
    const bool wasAway = m_away;
    m_away = allWindowsAway();
    if (wasAway && !m_away)
        inputSeen(); // the learner brought a window back: they are here
    update();
}

void IdleMonitor::update()
{
    const bool idle = m_noInput || m_away;
    if (idle == m_idle)
        return;
    m_idle = idle;
    Q_EMIT idleChanged(idle);
}

} // namespace lectern::ui
