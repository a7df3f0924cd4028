// The floor for the startup benchmark: the smallest Qt Widgets program that
// shows a main window, waits for its first paint and exits, like
// `lectern --quit-after-first-paint`.
#include <cstdio>

#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QTimer>

namespace {
class FirstPaintWatcher final : public QObject {
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            std::printf("first-paint\n");
            std::fflush(stdout);
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_done = false;
};
} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QMainWindow window;
    auto* label = new QLabel(QStringLiteral("Hello"), &window);
    window.setCentralWidget(label);
    FirstPaintWatcher watcher;
    label->installEventFilter(&watcher);
    window.resize(1280, 800);
    window.show();
    return app.exec();
}
