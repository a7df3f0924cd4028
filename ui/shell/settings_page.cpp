#include "shell/settings_page.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

#include "net/api_client.h"
#include "services/sync_service.h"
#include "shell/theme.h"
#include "text/account_text.h"

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

    // Server and sync.
    auto* syncHeading = new QLabel(tr("Server and sync"), this);
    QFont sectionFont = syncHeading->font();
    sectionFont.setPointSizeF(sectionFont.pointSizeF() * 1.2);
    sectionFont.setWeight(QFont::DemiBold);
    syncHeading->setFont(sectionFont);

    m_serverUrl = new QLineEdit(this);
    m_serverUrl->setObjectName(QStringLiteral("serverUrlField"));
    m_serverUrl->setAccessibleName(tr("Server address"));
    m_serverUrl->setPlaceholderText(QStringLiteral("https://lectern.example"));
    m_serverUrl->setText(m_settings.value(kServerUrlKey, QLatin1String(net::kDefaultServerUrl.data(),
                                                                       net::kDefaultServerUrl.size()))
                             .toString());
    m_applyServer = new QPushButton(tr("Connect"), this);
    m_applyServer->setObjectName(QStringLiteral("applyServerButton"));
    auto* serverRow = new QHBoxLayout;
    serverRow->addWidget(m_serverUrl, 1);
    serverRow->addWidget(m_applyServer);
    m_serverMessage = new QLabel(tr("Your sign-in is kept per server."), this);
    m_serverMessage->setObjectName(QStringLiteral("serverUrlMessage"));
    m_serverMessage->setWordWrap(true);
    m_serverMessage->setForegroundRole(QPalette::PlaceholderText);

    m_syncSummary = new QLabel(this);
    m_syncSummary->setObjectName(QStringLiteral("syncSummary"));
    m_syncSummary->setWordWrap(true);

    m_syncErrors = new QTreeWidget(this);
    m_syncErrors->setObjectName(QStringLiteral("syncErrorList"));
    m_syncErrors->setAccessibleName(tr("Recent sync errors"));
    m_syncErrors->setRootIsDecorated(false);
    m_syncErrors->setHeaderLabels({tr("Time"), tr("What"), tr("Problem"), tr("Next try")});
    m_syncErrors->header()->setStretchLastSection(false);
    m_syncErrors->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_syncErrors->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_syncErrors->setWordWrap(true);
    m_syncErrors->setMinimumHeight(unit * 8);
    m_noErrors = new QLabel(tr("No sync problems recently."), this);
    m_noErrors->setObjectName(QStringLiteral("noSyncErrors"));
    m_noErrors->setForegroundRole(QPalette::PlaceholderText);

    auto* syncForm = new QFormLayout;
    syncForm->setVerticalSpacing(unit * 2 / 3);
    auto* serverLabel = new QLabel(tr("&Server address:"), this);
    serverLabel->setBuddy(m_serverUrl);
    syncForm->addRow(serverLabel, serverRow);
    syncForm->addRow(QString(), m_serverMessage);
    syncForm->addRow(tr("Sync:"), m_syncSummary);

    auto* detailsHeading = new QLabel(tr("Sync details"), this);
    detailsHeading->setFont(sectionFont);

    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(unit, unit, unit, unit);
    layout->setSpacing(unit);
    layout->addWidget(heading);
    layout->addLayout(form);
    layout->addSpacing(unit / 2);
    layout->addWidget(syncHeading);
    layout->addLayout(syncForm);
    layout->addWidget(detailsHeading);
    layout->addWidget(m_noErrors);
    layout->addWidget(m_syncErrors, 1);

    // Long lists of errors and small windows: the page scrolls rather than squeezes.
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(m_applyServer, &QPushButton::clicked, this, &SettingsPage::applyServerUrl);
    connect(m_serverUrl, &QLineEdit::returnPressed, this, &SettingsPage::applyServerUrl);
    updateSyncDetails();

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

QString SettingsPage::normalisedServerUrl(const QString& text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    const bool web = url.scheme() == u"http" || url.scheme() == u"https";
    const bool bare = (url.path().isEmpty() || url.path() == u"/") && !url.hasQuery() && !url.hasFragment()
        && url.userInfo().isEmpty();
    if (!url.isValid() || !web || url.host().isEmpty() || !bare)
        return {};
    return url.adjusted(QUrl::StripTrailingSlash).toString();
}

void SettingsPage::setServerUrl(const QString& url)
{
    m_serverUrl->setText(url);
}

void SettingsPage::applyServerUrl()
{
    const QString url = normalisedServerUrl(m_serverUrl->text());
    if (url.isEmpty()) {
        m_serverMessage->setText(tr("Enter an address such as https://lectern.example or http://127.0.0.1:8080."));
        m_serverMessage->setForegroundRole(QPalette::WindowText);
        m_serverUrl->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_serverUrl->setText(url);
    m_serverMessage->setForegroundRole(QPalette::PlaceholderText);
    if (url == m_settings.value(kServerUrlKey).toString() && m_sync && m_sync->serverUrl() == url) {
        m_serverMessage->setText(tr("Already connected to this server."));
        return;
    }
    m_settings.setValue(kServerUrlKey, url);
    m_serverMessage->setText(tr("Connecting to %1. Your sign-in is kept per server.").arg(url));
    Q_EMIT serverUrlApplied(url);
}

void SettingsPage::setSyncService(SyncService* service)
{
    if (m_sync)
        disconnect(m_sync, nullptr, this, nullptr);
    m_sync = service;
    if (service) {
        m_serverUrl->setText(service->serverUrl());
        connect(service, &SyncService::errorsChanged, this, &SettingsPage::updateSyncDetails);
        connect(service, &SyncService::stateChanged, this, &SettingsPage::updateSyncDetails);
    }
    updateSyncDetails();
}

void SettingsPage::updateSyncDetails()
{
    m_syncErrors->clear();
    if (!m_sync) {
        m_syncSummary->setText(tr("Not connected."));
        m_noErrors->show();
        m_syncErrors->hide();
        return;
    }
    const SyncState& state = m_sync->state();
    if (state.lastSynced.isValid())
        m_syncSummary->setText(tr("Last synced at %1.").arg(AccountText::shortTime(state.lastSynced)));
    else
        m_syncSummary->setText(tr("Not synced yet."));
    for (const SyncError& error : m_sync->recentErrors()) {
        auto* item = new QTreeWidgetItem(m_syncErrors);
        item->setText(0, AccountText::shortTime(error.at));
        item->setText(1, AccountText::stageName(error.stage));
        item->setText(2, AccountText::syncErrorMessage(error));
        item->setText(3, error.nextRetry.isValid() ? AccountText::shortTime(error.nextRetry) : tr("After sign-in"));
        // The technical detail is for whoever helps the learner; it never holds a token.
        const QString detail = error.network ? QString::fromStdString(error.network->describe())
                                             : QString::fromStdString(error.local ? error.local->detail : std::string());
        item->setToolTip(2, detail);
    }
    const bool any = m_syncErrors->topLevelItemCount() > 0;
    m_syncErrors->setVisible(any);
    m_noErrors->setVisible(!any);
}

} // namespace lectern::ui
