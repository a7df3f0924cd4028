// Lays out children left to right and wraps them like words: used for tag chips.
#pragma once

#include <QLayout>
#include <QList>

namespace lectern::ui {

class FlowLayout final : public QLayout {
public:
    explicit FlowLayout(QWidget* parent = nullptr);
    ~FlowLayout() override;

    void addItem(QLayoutItem* item) override;
    [[nodiscard]] int count() const override;
    [[nodiscard]] QLayoutItem* itemAt(int index) const override;
    QLayoutItem* takeAt(int index) override;
    [[nodiscard]] Qt::Orientations expandingDirections() const override;
    [[nodiscard]] bool hasHeightForWidth() const override;
    [[nodiscard]] int heightForWidth(int width) const override;
    [[nodiscard]] QSize minimumSize() const override;
    [[nodiscard]] QSize sizeHint() const override;
    void setGeometry(const QRect& rect) override;

    void clear(); // deletes the items and their widgets

private:
    int doLayout(const QRect& rect, bool testOnly) const;
    [[nodiscard]] int gap() const;

    QList<QLayoutItem*> m_items;
};

} // namespace lectern::ui
