// Preferences kept in the data folder's settings.ini: appearance and language.
#pragma once

#include <QWidget>

class QComboBox;
class QSettings;

namespace lectern::ui {

class Theme;

class SettingsPage final : public QWidget {
    Q_OBJECT

public:
    static inline const QString kThemeKey = QStringLiteral("appearance/theme");
    static inline const QString kLanguageKey = QStringLiteral("appearance/language");

    SettingsPage(QSettings& settings, Theme* theme, const QString& dataDir, QWidget* parent = nullptr);

private:
    QSettings& m_settings;
    Theme* m_theme;
    QComboBox* m_themeCombo = nullptr;
    QComboBox* m_languageCombo = nullptr;
};

} // namespace lectern::ui
