// Light and dark palettes on the Fusion style, or whichever the desktop prefers.
#pragma once

#include <QPalette>
#include <QString>

class QApplication;

namespace lectern::ui {

enum class ThemeMode { System, Light, Dark };

[[nodiscard]] ThemeMode themeModeFromString(const QString& text);
[[nodiscard]] QString toString(ThemeMode mode);

class Theme final {
public:
    // Remembers the desktop's own palette, so "System" can return to it later.
    explicit Theme(QApplication& app);

    void apply(ThemeMode mode);
    [[nodiscard]] ThemeMode mode() const { return m_mode; }

    [[nodiscard]] static QPalette lightPalette();
    [[nodiscard]] static QPalette darkPalette();

private:
    QApplication& m_app;
    QPalette m_systemPalette;
    ThemeMode m_mode = ThemeMode::System;
};

} // namespace lectern::ui
