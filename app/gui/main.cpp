// The desktop app's composition root: options, data folder, language and theme, then
// the catalog service and the window.
#include <cstdio>
#include <functional>
#include <utility>
#include <memory>

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEvent>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>

#include "net/api_client.h"
#include "services/catalog_service.h"
#include "services/commerce_service.h"
#include "services/download_service.h"
#include "services/keychain_session_store.h"
#include "services/server_connection.h"
#include "services/sync_service.h"
#include "shell/main_window.h"
#include "shell/settings_page.h"
#include "shell/startup_error.h"
#include "shell/theme.h"
#include "shell/translation_loader.h"

namespace {

// The language must be known before the parser's help text is built, so --lang is
// picked out of argv ahead of QCommandLineParser.
QString languageFromArguments(const QStringList& arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (argument == u"--lang" && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (argument.startsWith(u"--lang="))
            return argument.mid(7);
    }
    return {};
}

// Runs `then` once the watched window has painted for the first time (after that
// paint has been delivered and flushed).
class FirstPaintHook final : public QObject {
public:
    FirstPaintHook(QObject* parent, std::function<void()> then)
        : QObject(parent)
        , m_then(std::move(then))
    {
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && m_then) {
            QTimer::singleShot(0, this, std::exchange(m_then, {}));
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_then;
};

} // namespace

int main(int argc, char* argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();

    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("lectern"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LECTERN_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Lectern"));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.lectern.Lectern"));
    QGuiApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/lectern.svg")));

    lectern::ui::TranslationLoader translations;
    const QString requestedLanguage = languageFromArguments(app.arguments());
    translations.load(requestedLanguage);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Lectern: browse, buy and study courses, online or offline."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDirOption(
        QStringLiteral("data-dir"),
        QCoreApplication::translate("main", "Keep the library, downloads and settings in <dir>."),
        QCoreApplication::translate("main", "dir"));
    const QCommandLineOption langOption(
        QStringLiteral("lang"), QCoreApplication::translate("main", "Use the language <lang>: zh_CN or en."),
        QCoreApplication::translate("main", "lang"));
    const QCommandLineOption firstPaintOption(
        QStringLiteral("quit-after-first-paint"),
        QCoreApplication::translate("main", "Print the time to the first paint of the window and quit."));
    const QCommandLineOption serverOption(
        QStringLiteral("server"),
        QCoreApplication::translate("main", "Connect to the Lectern server at <url> (default: the saved one, or %1).")
            .arg(QLatin1String(lectern::net::kDefaultServerUrl.data(), lectern::net::kDefaultServerUrl.size())),
        QCoreApplication::translate("main", "url"));
    parser.addOptions({dataDirOption, langOption, firstPaintOption, serverOption});
    parser.process(app);

    QString dataDir = parser.value(dataDirOption);
    if (dataDir.isEmpty())
        dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    dataDir = QDir(dataDir).absolutePath();

    QSettings settings(QDir(dataDir).filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    if (requestedLanguage.isEmpty()) {
        const QString chosen = settings.value(lectern::ui::SettingsPage::kLanguageKey).toString();
        if (!chosen.isEmpty())
            translations.load(chosen);
    }

    lectern::ui::Theme theme(app);
    theme.apply(lectern::ui::themeModeFromString(settings.value(lectern::ui::SettingsPage::kThemeKey).toString()));

    if (!QDir().mkpath(dataDir)) {
        lectern::ui::showStartupError(nullptr, lectern::Error{lectern::ErrorCode::Io, dataDir.toStdString()}, dataDir);
        return 1;
    }

    lectern::ui::CatalogService service;
    lectern::ui::MainWindow window(service, settings, &theme, dataDir);
    QObject::connect(&service, &lectern::ui::CatalogService::openFailed, &window,
                     [&window, &dataDir](const lectern::Error& error) {
                         lectern::ui::showStartupError(&window, error, dataDir);
                         QCoreApplication::exit(1);
                     });
    service.open(QDir(dataDir).filePath(QStringLiteral("lectern.db")), QStringLiteral(":/catalog/demo_catalog.json"));

    // The server address: --server wins and is remembered; else the saved one.
    const QString& kServerKey = lectern::ui::SettingsPage::kServerUrlKey;
    QString serverUrl = parser.value(serverOption);
    if (!serverUrl.isEmpty())
        settings.setValue(kServerKey, serverUrl);
    else
        serverUrl = settings.value(kServerKey, QLatin1String(lectern::net::kDefaultServerUrl.data(),
                                                             lectern::net::kDefaultServerUrl.size()))
                        .toString();

    // The server watch and sync belong to one address; a new address in Settings
    // replaces both (the old ones finish their current request and go).
    std::unique_ptr<lectern::ui::ServerConnection> server;
    std::unique_ptr<lectern::ui::SyncService> sync;
    std::unique_ptr<lectern::ui::DownloadService> downloads;
    std::unique_ptr<lectern::ui::CommerceService> commerce;
    const QString databasePath = QDir(dataDir).filePath(QStringLiteral("lectern.db"));
    const auto connectTo = [&](const QString& url) {
        lectern::ui::SyncService::Options options;
        options.serverUrl = url;
        options.databasePath = databasePath;
        // One keychain entry per data folder, so two profiles keep two sign-ins.
        options.makeSessionStore = [dataDir] {
            return std::make_unique<lectern::ui::FallbackSessionStore>(
                QStringLiteral("session:") + dataDir,
                QDir(dataDir).filePath(QStringLiteral("session.json")).toStdString());
        };
        auto newServer = std::make_unique<lectern::ui::ServerConnection>(url);
        auto newSync = std::make_unique<lectern::ui::SyncService>(std::move(options));
        newSync->watch(newServer.get());
        // Downloads use the sync service's session: one refresh token, one rotation.
        lectern::ui::DownloadService::Options downloadOptions;
        downloadOptions.dataDir = dataDir;
        downloadOptions.serverUrl = url;
        downloadOptions.tokens = newSync->tokenProvider();
        auto newDownloads = std::make_unique<lectern::ui::DownloadService>(std::move(downloadOptions));
        // Purchases too: the same session's tokens.
        lectern::ui::CommerceService::Options commerceOptions;
        commerceOptions.dataDir = dataDir;
        commerceOptions.serverUrl = url;
        commerceOptions.tokens = newSync->tokenProvider();
        auto newCommerce = std::make_unique<lectern::ui::CommerceService>(std::move(commerceOptions));
        window.setServerConnection(newServer.get());
        window.setSyncService(newSync.get());
        window.setDownloadService(newDownloads.get());
        window.setCommerceService(newCommerce.get()); // after setSyncService: it listens to sync runs
        if (service.isOpen()) {
            newSync->start();
            newDownloads->start();
            newCommerce->start();
        }
        commerce = std::move(newCommerce);
        downloads = std::move(newDownloads);
        sync = std::move(newSync);
        server = std::move(newServer);
    };
    // The network side (threads, libcurl, the keychain) is set up once the window
    // is on screen: nothing there is needed to draw it, and it cost ~14 ms of
    // start-up. One more event-loop turn lets a --quit-after-first-paint report go first.
    window.installEventFilter(new FirstPaintHook(&window, [&connectTo, &window, serverUrl] {
        QTimer::singleShot(0, &window, [&connectTo, serverUrl] { connectTo(serverUrl); });
    }));
    // Sync opens its own connection to the store; it starts once the catalog
    // service has created and migrated it.
    QObject::connect(&service, &lectern::ui::CatalogService::opened, &window, [&sync, &downloads, &commerce] {
        if (sync)
            sync->start();
        if (downloads)
            downloads->start();
        if (commerce)
            commerce->start();
    });
    QObject::connect(&window, &lectern::ui::MainWindow::serverUrlApplied, &window, connectTo);

    if (parser.isSet(firstPaintOption)) {
        // For the start-up benchmark: report the first paint, then leave.
        window.installEventFilter(new FirstPaintHook(&window, [&sinceStart] {
            std::printf("first-paint-ms %lld\n", static_cast<long long>(sinceStart.elapsed()));
            std::fflush(stdout);
            QCoreApplication::exit(0);
        }));
    }
    window.show();
    return QApplication::exec();
}
