// Preferences kept in the data folder's settings.ini: appearance, language and
// the server address; and the sync details (recent errors) for when sync fails.
#pragma once

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSettings;
class QTreeWidget;

namespace lectern::ui {

class SyncService;
class Theme;

class SettingsPage final : public QWidget {
    Q_OBJECT

public:
    static inline const QString kThemeKey = QStringLiteral("appearance/theme");
    static inline const QString kLanguageKey = QStringLiteral("appearance/language");
    static inline const QString kServerUrlKey = QStringLiteral("server/url");

    SettingsPage(QSettings& settings, Theme* theme, const QString& dataDir, QWidget* parent = nullptr);

    // The sync details follow this service; null while it is being replaced.
    void setSyncService(SyncService* service);
    void setServerUrl(const QString& url);

    // A server address the app can use: http(s), a host, no path beyond "/".
    // Returns the normalised form, or an empty string.
    [[nodiscard]] static QString normalisedServerUrl(const QString& text);

Q_SIGNALS:
    // A new, valid address was saved; the app reconnects to it.
    void serverUrlApplied(const QString& url);

private:
    void applyServerUrl();
    void updateSyncDetails();

    QSettings& m_settings;
    Theme* m_theme;
    QComboBox* m_themeCombo = nullptr;
    QComboBox* m_languageCombo = nullptr;
    QLineEdit* m_serverUrl = nullptr;
    QPushButton* m_applyServer = nullptr;
    QLabel* m_serverMessage = nullptr;
    QLabel* m_syncSummary = nullptr;
    QTreeWidget* m_syncErrors = nullptr;
    QLabel* m_noErrors = nullptr;
    QPointer<SyncService> m_sync;
};

} // namespace lectern::ui
