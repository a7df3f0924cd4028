// lectern-cli's commands. Each takes its arguments (after the command name) and
// returns the process exit code: 0 success, 1 failure, 2 usage error.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace lectern::cli {

struct GlobalOptions {
    std::filesystem::path dataDir;
    std::string serverUrl; // empty: $LECTERN_SERVER, else the app's saved one, else the default
};

using Args = std::vector<std::string>;

int runImportCatalog(const GlobalOptions& global, const Args& args);
int runGenerateCatalog(const GlobalOptions& global, const Args& args);
int runSearch(const GlobalOptions& global, const Args& args);
int runInfo(const GlobalOptions& global, const Args& args);
int runLogin(const GlobalOptions& global, const Args& args);
int runLogout(const GlobalOptions& global, const Args& args);
int runStatus(const GlobalOptions& global, const Args& args);
int runSync(const GlobalOptions& global, const Args& args);
int runNote(const GlobalOptions& global, const Args& args);

} // namespace lectern::cli
