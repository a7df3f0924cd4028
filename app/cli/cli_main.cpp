// lectern-cli: every core capability without a GUI, for scripts, tests and benchmarks.
#include <cstdio>
#include <cstring>
#include <string>

#include "cli_commands.h"
#include "data_dir.h"

namespace {

void printUsage(std::FILE* out)
{
    std::fputs("Usage: lectern-cli [--data-dir DIR] COMMAND [ARGS]\n"
               "\n"
               "Commands:\n"
               "  import-catalog FILE          import a lectern-catalog JSON file (all or nothing)\n"
               "  generate-catalog --courses N [--seed S] [--output FILE]\n"
               "                               make a synthetic catalog; import it, or write it to FILE\n"
               "  search QUERY [options]       print ranked results (search --help for filters)\n"
               "  info                         show the data folder, schema version and catalog size\n"
               "  login EMAIL [--password-stdin]  sign in to the server (password asked, or read from stdin)\n"
               "  logout                       sign out and forget the session\n"
               "  status                       server, account and sync state of this profile\n"
               "  sync                         pull the catalog (and, signed in, sync your own data)\n"
               "  note add|edit|list …         take and read notes (note --help)\n"
               "  download COURSE [--lesson ID] [--plain]  download lessons for offline use (download --help)\n"
               "  plans                        subscription plans and prices\n"
               "  buy COURSE_ID... [--plan monthly|yearly] [--coupon CODE] --card NUMBER\n"
               "                               buy courses or a plan (sandbox cards: docs/help/purchases.md)\n"
               "  orders                       your orders (and what became of a payment whose answer was lost)\n"
               "  refund ORDER_ID [--reason TEXT]  refund an order within 7 days of payment\n"
               "  entitlements [--offline]     what you own, with signature and access checks\n"
               "  subscription [cancel]        your subscription: renews or ends; cancel at period end\n"
               "  cart add|remove COURSE_ID | cart list   the cart, synced to your other devices\n"
               "\n"
               "--data-dir DIR selects the profile folder (default: $XDG_DATA_HOME/lectern).\n"
               "--server URL selects the server (default: $LECTERN_SERVER, the server you signed in to,\n"
               "the app's saved one, or http://127.0.0.1:8787).\n",
               out);
}

} // namespace

int main(int argc, char** argv)
{
    lectern::cli::GlobalOptions global;
    global.dataDir = lectern::cli::defaultDataDir();
    int i = 1;
    for (; i < argc && argv[i][0] == '-'; ++i) {
        const std::string option = argv[i];
        if (option == "--help" || option == "-h") {
            printUsage(stdout);
            return 0;
        }
        if (option == "--data-dir" && i + 1 < argc) {
            global.dataDir = argv[++i];
        } else if (option == "--server" && i + 1 < argc) {
            global.serverUrl = argv[++i];
        } else if (option.rfind("--data-dir=", 0) == 0) {
            global.dataDir = option.substr(std::strlen("--data-dir="));
        } else {
            std::fprintf(stderr, "lectern-cli: unknown option %s\n", option.c_str());
            printUsage(stderr);
            return 2;
        }
    }
    if (i >= argc) {
        printUsage(stderr);
        return 2;
    }
    const std::string command = argv[i++];
    const lectern::cli::Args args(argv + i, argv + argc);
    if (command == "import-catalog")
        return lectern::cli::runImportCatalog(global, args);
    if (command == "generate-catalog")
        return lectern::cli::runGenerateCatalog(global, args);
    if (command == "search")
        return lectern::cli::runSearch(global, args);
    if (command == "info")
        return lectern::cli::runInfo(global, args);
    if (command == "login")
        return lectern::cli::runLogin(global, args);
    if (command == "logout")
        return lectern::cli::runLogout(global, args);
    if (command == "status")
        return lectern::cli::runStatus(global, args);
    if (command == "sync")
        return lectern::cli::runSync(global, args);
    if (command == "note")
        return lectern::cli::runNote(global, args);
    if (command == "download")
        return lectern::cli::runDownload(global, args);
    if (command == "plans")
        return lectern::cli::runPlans(global, args);
    if (command == "buy")
        return lectern::cli::runBuy(global, args);
    if (command == "orders")
        return lectern::cli::runOrders(global, args);
    if (command == "refund")
        return lectern::cli::runRefund(global, args);
    if (command == "entitlements")
        return lectern::cli::runEntitlements(global, args);
    if (command == "subscription")
        return lectern::cli::runSubscription(global, args);
    if (command == "cart")
        return lectern::cli::runCart(global, args);
    std::fprintf(stderr, "lectern-cli: unknown command %s\n", command.c_str());
    printUsage(stderr);
    return 2;
}
