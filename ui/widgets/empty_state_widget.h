// The centred icon, heading and sentence a page shows when it has nothing to list yet.
#pragma once

#include <QString>
#include <QWidget>

class QLabel;
class QPushButton;

namespace lectern::ui {

class EmptyStateWidget final : public QWidget {
    Q_OBJECT

public:
    explicit EmptyStateWidget(QWidget* parent = nullptr);

    void setIconName(const QString& name);
    void setHeading(const QString& heading);
    void setBody(const QString& body);
    // An optional call to action; hidden while text is empty.
    void setActionText(const QString& text);

    [[nodiscard]] QString heading() const;
    [[nodiscard]] QString body() const;

Q_SIGNALS:
    void actionTriggered();

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void updateIcon();
    bool m_iconStale = false; // drawn when first shown: most of these pages are never opened

    QString m_iconName;
    QLabel* m_icon = nullptr;
    QLabel* m_heading = nullptr;
    QLabel* m_body = nullptr;
    QPushButton* m_action = nullptr;
};

} // namespace lectern::ui
