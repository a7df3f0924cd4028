#include "shell/settings_page.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>
#include <QVBoxLayout>

#include "shell/theme.h"

namespace lectern::ui {

SettingsPage::SettingsPage(QSettings& settings, Theme* theme, const QString& dataDir, QWidget* parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_theme(theme)
    , m_themeCombo(new QComboBox(this))
    , m_languageCombo(new QComboBox(this))
{
    setObjectName(QStringLiteral("settingsPage"));
    const int unit = fontMetrics().height();

    auto* heading = new QLabel(tr("Settings"), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.6);
    headingFont.setWeight(QFont::Bold);
    heading->setFont(headingFont);

    m_themeCombo->setObjectName(QStringLiteral("themeCombo"));
    m_themeCombo->setAccessibleName(tr("Appearance"));
    m_themeCombo->addItem(tr("Same as the system"), toString(ThemeMode::System));
    m_themeCombo->addItem(tr("Light"), toString(ThemeMode::Light));
    m_themeCombo->addItem(tr("Dark"), toString(ThemeMode::Dark));
    const QString storedTheme = m_settings.value(kThemeKey, toString(ThemeMode::System)).toString();
    m_themeCombo->setCurrentIndex(qMax(0, m_themeCombo->findData(storedTheme)));

    m_languageCombo->setObjectName(QStringLiteral("languageCombo"));
    m_languageCombo->setAccessibleName(tr("Language"));
    m_languageCombo->addItem(tr("Same as the system"), QString());
    // Language names are written in their own language, so anyone can find theirs.
    m_languageCombo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_languageCombo->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    const QString storedLanguage = m_settings.value(kLanguageKey).toString();
    m_languageCombo->setCurrentIndex(qMax(0, m_languageCombo->findData(storedLanguage)));

    auto* languageNote = new QLabel(tr("A new language takes effect the next time Lectern starts."), this);
    languageNote->setWordWrap(true);
    languageNote->setForegroundRole(QPalette::PlaceholderText);

    auto* dataLabel = new QLabel(dataDir, this);
    dataLabel->setObjectName(QStringLiteral("dataDirLabel"));
    dataLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    dataLabel->setWordWrap(true);

    auto* form = new QFormLayout;
    form->setVerticalSpacing(unit * 2 / 3);
    form->addRow(tr("&Appearance:"), m_themeCombo);
    form->addRow(tr("&Language:"), m_languageCombo);
    form->addRow(QString(), languageNote);
    form->addRow(tr("Data folder:"), dataLabel);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(unit, unit, unit, unit);
    layout->setSpacing(unit);
    layout->addWidget(heading);
    layout->addLayout(form);
    layout->addStretch(1);

    connect(m_themeCombo, &QComboBox::currentIndexChanged, this, [this] {
        const QString value = m_themeCombo->currentData().toString();
        m_settings.setValue(kThemeKey, value);
        if (m_theme)
            m_theme->apply(themeModeFromString(value));
    });
    connect(m_languageCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_settings.setValue(kLanguageKey, m_languageCombo->currentData().toString());
    });
}

} // namespace lectern::ui
