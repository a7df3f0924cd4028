// lectern-cli login / logout / status / sync: the same core code the app runs.
#include <termios.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <string>

#include "account/account_session.h"
#include "catalog/catalog_repository.h"
#include "cli_commands.h"
#include "data_dir.h"
#include "net/api_client.h"
#include "net/curl_http_client.h"
#include "net/retrying_http_client.h"
#include "net/sleeper.h"
#include "sync/app_state.h"
#include "sync/catalog_sync.h"
#include "sync/notes_repository.h"
#include "sync/outbox.h"
#include "sync/user_data_sync.h"

namespace lectern::cli {

namespace {

std::int64_t unixNow()
{
    return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}

// The app keeps its server address in <data>/settings.ini ([server] url=…).
std::string savedServerUrl(const std::filesystem::path& dataDir)
{
    std::ifstream in(dataDir / "settings.ini");
    std::string line;
    bool inServer = false;
    while (std::getline(in, line)) {
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        if (!line.empty() && line.front() == '[')
            inServer = line == "[server]";
        else if (inServer && line.rfind("url=", 0) == 0)
            return line.substr(4);
    }
    return {};
}

std::string serverUrl(const GlobalOptions& global)
{
    if (!global.serverUrl.empty())
        return global.serverUrl;
    if (const char* env = std::getenv("LECTERN_SERVER"); env && *env)
        return env;
    // Signed in with `login --server X`: later commands go on talking to X.
    if (auto session = account::FileSessionStore(global.dataDir / "session.json").load(); session && *session)
        return (*session)->serverUrl;
    if (auto saved = savedServerUrl(global.dataDir); !saved.empty())
        return saved;
    return std::string(net::kDefaultServerUrl);
}

// Everything a networked command needs, built the way the app builds it.
struct Online {
    explicit Online(const GlobalOptions& global)
        : retrying(curl, sleeper)
        , api(retrying, serverUrl(global))
        , store(global.dataDir / "session.json")
        , session(store, api, unixNow)
    {
    }
    net::CurlHttpClient curl;
    net::SystemSleeper sleeper;
    net::RetryingHttpClient retrying;
    net::ApiClient api;
    account::FileSessionStore store;
    account::AccountSession session;
};

int networkError(const net::ApiError& error)
{
    std::fprintf(stderr, "lectern-cli: %s\n", error.describe().c_str());
    return 1;
}

std::string readPassword(bool fromStdin)
{
    std::string password;
    const bool terminal = !fromStdin && ::isatty(STDIN_FILENO);
    termios saved{};
    if (terminal) {
        std::fputs("Password: ", stderr);
        ::tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    std::getline(std::cin, password);
    if (terminal) {
        ::tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        std::fputs("\n", stderr);
    }
    if (!password.empty() && password.back() == '\r')
        password.pop_back();
    return password;
}

bool ensureDataDir(const GlobalOptions& global)
{
    std::error_code ec;
    std::filesystem::create_directories(global.dataDir, ec);
    if (ec)
        std::fprintf(stderr, "lectern-cli: cannot create %s: %s\n", global.dataDir.c_str(), ec.message().c_str());
    return !ec;
}

} // namespace

std::string resolvedServerUrl(const GlobalOptions& global) { return serverUrl(global); }

int runLogin(const GlobalOptions& global, const Args& args)
{
    std::string email;
    bool passwordStdin = false;
    for (const auto& arg : args) {
        if (arg == "--password-stdin")
            passwordStdin = true;
        else if (email.empty() && !arg.empty() && arg[0] != '-')
            email = arg;
        else {
            return usageError("usage: login EMAIL [--password-stdin]");
        }
    }
    if (email.empty())
        return usageError("usage: login EMAIL [--password-stdin]");
    if (!ensureDataDir(global))
        return 1;
    const std::string password = readPassword(passwordStdin);
    Online online(global);
    auto session = online.session.signIn(email, password, "lectern-cli");
    if (!session)
        return networkError(session.error());
    std::printf("signed in to %s as %s (%s)\n", session->serverUrl.c_str(), session->email.c_str(),
                session->displayName.c_str());
    // First sign-in pins the server's entitlement key; purchases come back.
    int exitCode = 0;
    auto db = openStore(global, exitCode);
    if (!db)
        return exitCode;
    return restorePurchasesQuietly(global, *db) ? 0 : 1;
}

int runLogout(const GlobalOptions& global, const Args& args)
{
    if (!args.empty())
        return usageError("usage: logout");
    Online online(global);
    if (auto ok = online.session.signOut(); !ok) {
        std::fprintf(stderr, "lectern-cli: %s\n", ok.error().detail.c_str());
        return 1;
    }
    std::puts("signed out");
    return 0;
}

int runStatus(const GlobalOptions& global, const Args& args)
{
    if (!args.empty())
        return usageError("usage: status");
    int exitCode = 0;
    auto db = openStore(global, exitCode);
    if (!db)
        return exitCode;
    Online online(global);
    std::printf("server: %s", online.api.baseUrl().c_str());
    auto info = online.api.serverInfo();
    std::printf(" (%s)\n", info ? ("online, lectern-server " + info->version).c_str()
                                : ("unreachable: " + info.error().describe()).c_str());
    const auto session = online.session.current();
    std::printf("account: %s\n", session ? (session->email + " (" + session->displayName + ")").c_str() : "signed out");
    auto cursor = sync::readState(*db, sync::CatalogSync::kCursorKey);
    auto courses = catalog::CatalogRepository(*db).courseCount();
    std::printf("catalog: %lld courses, feed cursor %s\n", courses ? static_cast<long long>(*courses) : -1LL,
                cursor && *cursor ? (*cursor)->c_str() : "(never synced)");
    sync::Outbox outbox(*db);
    auto pending = outbox.pendingCount();
    auto rejected = outbox.rejectedEntries();
    std::printf("unsent changes: %lld", pending ? static_cast<long long>(*pending) : -1LL);
    if (rejected && !rejected->empty())
        std::printf(" (%zu refused by the server: see the app's sync details)", rejected->size());
    std::printf("\n");
    return 0;
}

int runSync(const GlobalOptions& global, const Args& args)
{
    int pageSize = sync::CatalogSync::kDefaultPageSize;
    if (args.size() == 2 && args[0] == "--page-size" && std::atoi(args[1].c_str()) > 0) {
        pageSize = std::atoi(args[1].c_str());
    } else if (!args.empty()) {
        return usageError("usage: sync [--page-size N]   (N courses per catalog request, 1-1000)");
    }
    int exitCode = 0;
    auto db = openStore(global, exitCode);
    if (!db)
        return exitCode;
    Online online(global);
    sync::CatalogSync catalogSync(*db, online.api, pageSize);
    const auto started = std::chrono::steady_clock::now();
    auto pulled = catalogSync.run(unixNow(), nullptr, [](const sync::CatalogSyncProgress& progress) {
        std::fprintf(stderr, "\rcatalog: %zu pages, %zu courses updated, %zu retired", progress.pages,
                     progress.upserted, progress.retired);
    });
    std::fputs("\n", stderr);
    if (!pulled) {
        std::fprintf(stderr, "lectern-cli: catalog sync stopped: %s\n", pulled.error().describe().c_str());
        return 1;
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    std::printf("catalog synced: %zu pages, %zu courses updated, %zu retired%s in %.1f s\n", pulled->pages,
                pulled->upserted, pulled->retired, pulled->resync ? " (full resync)" : "", seconds);

    if (!online.session.current()) {
        std::puts("your notes and progress stay on this computer until you sign in (lectern-cli login EMAIL)");
        return 0;
    }
    sync::UserDataSync userData(*db, online.api);
    auto report = userData.run([&online](bool forceRefresh) { return online.session.accessToken(forceRefresh); }, nullptr,
                               [](const sync::SyncProgress& progress) {
                                   std::fprintf(stderr, "\ryour data: pushed %lld/%lld, pulled %d pages",
                                                static_cast<long long>(progress.pushed),
                                                static_cast<long long>(progress.toPush), progress.pulledPages);
                               });
    std::fputs("\n", stderr);
    if (!report) {
        std::fprintf(stderr, "lectern-cli: sync of your data stopped: %s (nothing was lost; run sync again)\n",
                     report.error().describe().c_str());
        return 1;
    }
    std::printf("your data synced: %lld sent, %lld already there, %lld conflicts kept as copies, %lld refused, "
                "%lld changes received%s\n",
                static_cast<long long>(report->applied), static_cast<long long>(report->duplicates),
                static_cast<long long>(report->conflicts), static_cast<long long>(report->rejected),
                static_cast<long long>(report->pulledChanges), report->resynced ? " (full resync)" : "");
    return restorePurchasesQuietly(global, *db) ? 0 : 1;
}

int runNote(const GlobalOptions& global, const Args& args)
{
    static constexpr const char* kUsage = "usage: note add --course ID [--lesson ID] [--at SECONDS] TEXT\n"
                                          "       note edit NOTE_ID TEXT\n"
                                          "       note list [--course ID]";
    if (args.empty())
        return usageError(kUsage);
    int exitCode = 0;
    auto db = openStore(global, exitCode);
    if (!db)
        return exitCode;
    sync::NotesRepository notes(*db);
    const std::string& verb = args[0];
    if (verb == "add") {
        sync::NewNote note;
        for (std::size_t i = 1; i < args.size(); ++i) {
            const bool hasValue = i + 1 < args.size();
            if (args[i] == "--course" && hasValue)
                note.courseId = args[++i];
            else if (args[i] == "--lesson" && hasValue)
                note.lessonId = args[++i];
            else if (args[i] == "--at" && hasValue)
                note.positionMs = std::atoll(args[++i].c_str()) * 1000;
            else if (note.text.empty())
                note.text = args[i];
            else {
                return usageError(kUsage);
            }
        }
        if (note.courseId.empty() || note.text.empty())
            return usageError(kUsage);
        auto created = notes.create(note);
        if (!created) {
            std::fprintf(stderr, "lectern-cli: %s\n", created.error().detail.c_str());
            return 1;
        }
        std::printf("%s\n", created->id.c_str());
        return 0;
    }
    if (verb == "edit" && args.size() == 3) {
        auto edited = notes.editText(args[1], args[2]);
        if (!edited) {
            std::fprintf(stderr, "lectern-cli: %s\n", edited.error().detail.c_str());
            return 1;
        }
        return 0;
    }
    if (verb == "list") {
        auto list = args.size() == 3 && args[1] == "--course" ? notes.forCourse(args[2]) : notes.all();
        if (!list) {
            std::fprintf(stderr, "lectern-cli: %s\n", list.error().detail.c_str());
            return 1;
        }
        for (const auto& note : *list)
            std::printf("%s\t%s\trev %lld%s\t%s\n", note.id.c_str(), note.courseId.c_str(),
                        static_cast<long long>(note.revision),
                        note.conflictOf ? (" conflict-of " + *note.conflictOf).c_str() : "", note.text.c_str());
        return 0;
    }
    return usageError(kUsage);
}

} // namespace lectern::cli
