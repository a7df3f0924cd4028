// lectern-cli's commands. Each takes its arguments (after the command name) and
// returns the process exit code: 0 success, 1 failure, 2 usage error.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "store/database.h"

namespace lectern::cli {

struct GlobalOptions {
    std::filesystem::path dataDir;
    std::string serverUrl; // empty: $LECTERN_SERVER, the signed-in session's, the app's saved one, the default
};

using Args = std::vector<std::string>;

// Opens (creating and migrating) the profile's local store; on failure prints the
// error and sets exitCode.
[[nodiscard]] std::optional<store::Database> openStore(const GlobalOptions& global, int& exitCode);

// Prints "lectern-cli: MESSAGE" (a usage line, or what was wrong with an
// argument) to stderr; returns 2, the usage-error exit code.
int usageError(const std::string& message);

int runImportCatalog(const GlobalOptions& global, const Args& args);
int runGenerateCatalog(const GlobalOptions& global, const Args& args);
int runSearch(const GlobalOptions& global, const Args& args);
int runInfo(const GlobalOptions& global, const Args& args);
int runLogin(const GlobalOptions& global, const Args& args);
int runLogout(const GlobalOptions& global, const Args& args);
int runStatus(const GlobalOptions& global, const Args& args);
int runSync(const GlobalOptions& global, const Args& args);
int runNote(const GlobalOptions& global, const Args& args);
int runDownload(const GlobalOptions& global, const Args& args);
// Purchases (commerce_commands.cpp).
int runPlans(const GlobalOptions& global, const Args& args);
int runBuy(const GlobalOptions& global, const Args& args);
int runOrders(const GlobalOptions& global, const Args& args);
int runRefund(const GlobalOptions& global, const Args& args);
int runEntitlements(const GlobalOptions& global, const Args& args);
int runSubscription(const GlobalOptions& global, const Args& args);
int runCart(const GlobalOptions& global, const Args& args);
// "Restore purchases" after sign-in and sync: pins the server key on first
// use, fetches the signed entitlements. Prints what went wrong; true when signed out.
bool restorePurchasesQuietly(const GlobalOptions& global, store::Database& db);

// --server, else $LECTERN_SERVER, else the server of the signed-in session,
// else the app's saved one, else the default.
[[nodiscard]] std::string resolvedServerUrl(const GlobalOptions& global);

} // namespace lectern::cli
