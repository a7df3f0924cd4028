#include "shell/theme.h"

#include <QApplication>
#include <QStyleFactory>

namespace lectern::ui {

ThemeMode themeModeFromString(const QString& text)
{
    if (text == u"light")
        return ThemeMode::Light;
    if (text == u"dark")
        return ThemeMode::Dark;
    return ThemeMode::System;
}

QString toString(ThemeMode mode)
{
    switch (mode) {
    case ThemeMode::Light: return QStringLiteral("light");
    case ThemeMode::Dark: return QStringLiteral("dark");
    case ThemeMode::System: break;
    }
    return QStringLiteral("system");
}

Theme::Theme(QApplication& app)
    : m_app(app)
    , m_systemPalette(QApplication::palette())
{
}

void Theme::apply(ThemeMode mode)
{
    m_mode = mode;
    // Fusion draws the same on every desktop and honours every palette role, so both
    // of our palettes look as designed. Qt 6.4 cannot ask the desktop for its colour
    // scheme, so "System" reads the desktop palette's window colour instead.
    m_app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    bool dark = mode == ThemeMode::Dark;
    if (mode == ThemeMode::System)
        dark = m_systemPalette.color(QPalette::Window).lightness() < 128;
    m_app.setPalette(dark ? darkPalette() : lightPalette());
}

QPalette Theme::lightPalette()
{
    QPalette p;
    const QColor window(0xf4, 0xf5, 0xf7);
    const QColor text(0x1d, 0x21, 0x29);
    const QColor accent(0x2a, 0x5f, 0xc4);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xf0, 0xf2, 0xf5));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x6b, 0x72, 0x80));
    p.setColor(QPalette::Button, QColor(0xfb, 0xfb, 0xfc));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, accent);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, accent);
    p.setColor(QPalette::ToolTipBase, QColor(0x2b, 0x30, 0x3a));
    p.setColor(QPalette::ToolTipText, Qt::white);
    p.setColor(QPalette::Light, Qt::white);
    p.setColor(QPalette::Midlight, QColor(0xe4, 0xe7, 0xeb));
    p.setColor(QPalette::Mid, QColor(0xc2, 0xc7, 0xd0));
    p.setColor(QPalette::Dark, QColor(0x9a, 0xa0, 0xab));
    p.setColor(QPalette::Shadow, QColor(0x50, 0x55, 0x60));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x9a, 0xa0, 0xab));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x9a, 0xa0, 0xab));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x9a, 0xa0, 0xab));
    p.setColor(QPalette::Disabled, QPalette::Button, QColor(0xee, 0xf0, 0xf3));
    return p;
}

QPalette Theme::darkPalette()
{
    QPalette p;
    const QColor window(0x1e, 0x20, 0x25);
    const QColor text(0xe6, 0xe8, 0xec);
    const QColor accent(0x5b, 0x8d, 0xef);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, QColor(0x2a, 0x2d, 0x34));
    p.setColor(QPalette::AlternateBase, QColor(0x30, 0x33, 0x3b));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0xa1, 0xad));
    p.setColor(QPalette::Button, QColor(0x32, 0x35, 0x3d));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, accent);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, accent.lighter(115));
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3e, 0x47));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Light, QColor(0x45, 0x49, 0x52));
    p.setColor(QPalette::Midlight, QColor(0x3a, 0x3e, 0x46));
    p.setColor(QPalette::Mid, QColor(0x55, 0x5a, 0x64));
    p.setColor(QPalette::Dark, QColor(0x15, 0x17, 0x1b));
    p.setColor(QPalette::Shadow, QColor(0x0a, 0x0b, 0x0d));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x7a, 0x80, 0x8b));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x7a, 0x80, 0x8b));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x7a, 0x80, 0x8b));
    p.setColor(QPalette::Disabled, QPalette::Button, QColor(0x2a, 0x2d, 0x33));
    return p;
}

} // namespace lectern::ui
