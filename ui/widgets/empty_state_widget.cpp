#include "widgets/empty_state_widget.h"

#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include "widgets/icons.h"

namespace lectern::ui {

EmptyStateWidget::EmptyStateWidget(QWidget* parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_heading(new QLabel(this))
    , m_body(new QLabel(this))
    , m_action(new QPushButton(this))
{
    m_icon->setAlignment(Qt::AlignCenter);
    m_heading->setAlignment(Qt::AlignCenter);
    m_heading->setWordWrap(true);
    m_heading->setObjectName(QStringLiteral("emptyStateHeading"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.35);
    headingFont.setWeight(QFont::DemiBold);
    m_heading->setFont(headingFont);
    m_body->setAlignment(Qt::AlignCenter);
    m_body->setWordWrap(true);
    m_body->setObjectName(QStringLiteral("emptyStateBody"));
    m_body->setForegroundRole(QPalette::PlaceholderText);
    m_action->hide();

    auto* layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(m_icon, 0, Qt::AlignHCenter);
    layout->addSpacing(fontMetrics().height());
    layout->addWidget(m_heading);
    layout->addWidget(m_body);
    layout->addSpacing(fontMetrics().height());
    layout->addWidget(m_action, 0, Qt::AlignHCenter);
    layout->addStretch(3);

    connect(m_action, &QPushButton::clicked, this, &EmptyStateWidget::actionTriggered);
}

void EmptyStateWidget::setIconName(const QString& name)
{
    m_iconName = name;
    updateIcon();
}

void EmptyStateWidget::setHeading(const QString& heading)
{
    m_heading->setText(heading);
    setAccessibleName(heading);
}

void EmptyStateWidget::setBody(const QString& body)
{
    m_body->setText(body);
    setAccessibleDescription(body);
}

void EmptyStateWidget::setActionText(const QString& text)
{
    m_action->setText(text);
    m_action->setVisible(!text.isEmpty());
}

QString EmptyStateWidget::heading() const
{
    return m_heading->text();
}

QString EmptyStateWidget::body() const
{
    return m_body->text();
}

void EmptyStateWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        updateIcon();
    QWidget::changeEvent(event);
}

void EmptyStateWidget::resizeEvent(QResizeEvent* event)
{
    // Keep the text to a comfortable reading width, centred, whatever the window size.
    const int readingWidth = fontMetrics().averageCharWidth() * 64;
    const int side = qMax(fontMetrics().height(), (width() - readingWidth) / 2);
    layout()->setContentsMargins(side, 0, side, 0);
    QWidget::resizeEvent(event);
}

void EmptyStateWidget::showEvent(QShowEvent* event)
{
    if (m_iconStale)
        updateIcon();
    QWidget::showEvent(event);
}

void EmptyStateWidget::updateIcon()
{
    // Rendering the SVG costs milliseconds per page at start-up; pages that are
    // not on screen get their icon when they are first shown.
    m_iconStale = !isVisible();
    if (m_iconName.isEmpty() || m_iconStale)
        return;
    QColor color = palette().color(QPalette::PlaceholderText);
    const int size = fontMetrics().height() * 4;
    m_icon->setPixmap(icons::tinted(m_iconName, size, devicePixelRatioF(), color));
}

} // namespace lectern::ui
