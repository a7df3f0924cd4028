// A page of a QStackedWidget that builds its content the first time it is shown
// (or asked for), so pages nobody opens cost nothing at start-up.
#pragma once

#include <functional>

#include <QWidget>

namespace lectern::ui {

class LazyPage final : public QWidget {
    Q_OBJECT

public:
    using Factory = std::function<QWidget*(QWidget* parent)>;

    LazyPage(Factory factory, QWidget* parent = nullptr);

    // The content, built now if it was not yet.
    QWidget* content();
    [[nodiscard]] bool isBuilt() const { return m_content != nullptr; }
    // Drops the content (e.g. the service it showed was replaced); it is built
    // again at once when the page is on screen, else when next shown.
    void reset();

Q_SIGNALS:
    void built(QWidget* content);

protected:
    void showEvent(QShowEvent* event) override;

private:
    Factory m_factory;
    QWidget* m_content = nullptr;
};

} // namespace lectern::ui
