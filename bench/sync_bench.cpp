// Client sync benchmarks against a running lectern-server:
//   sync_bench catalog URL PROFILE_DIR      catalog sync into PROFILE_DIR (initial or incremental)
//   sync_bench push URL PROFILE_DIR COUNT   queue COUNT notes for a new account, then push them
// Prints seconds and the process's peak RSS. bench/sync_bench.sh runs both beside
// curl fetching the same feed pages (the transfer floor).
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>

#include "net/api_client.h"
#include "net/curl_http_client.h"
#include "store/local_store.h"
#include "sync/catalog_sync.h"
#include "sync/notes_repository.h"
#include "sync/user_data_sync.h"

using namespace lectern;
using Clock = std::chrono::steady_clock;

namespace {

double peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

double secondsSince(Clock::time_point start) { return std::chrono::duration<double>(Clock::now() - start).count(); }

} // namespace

int main(int argc, char** argv)
{
    if (argc < 4) {
        std::fprintf(stderr, "usage: sync_bench catalog URL DIR | sync_bench push URL DIR COUNT\n");
        return 2;
    }
    const std::string mode = argv[1];
    net::CurlHttpClient http;
    net::ApiClient api(http, argv[2]);
    std::filesystem::create_directories(argv[3]);
    auto db = store::openLocalStore(std::filesystem::path(argv[3]) / "lectern.db");
    if (!db) {
        std::fprintf(stderr, "sync_bench: %s\n", db.error().detail.c_str());
        return 1;
    }
    if (mode == "catalog") {
        sync::CatalogSync catalog(*db, api);
        const auto start = Clock::now();
        auto result = catalog.run(0);
        if (!result) {
            std::fprintf(stderr, "sync_bench: %s\n", result.error().describe().c_str());
            return 1;
        }
        std::printf("catalog sync: %zu courses in %zu pages: %.2f s, peak RSS %.1f MB\n", result->upserted,
                    result->pages, secondsSince(start), peakRssMb());
        return 0;
    }
    if (mode == "push" && argc == 5) {
        const long count = std::atol(argv[4]);
        const std::string email = "bench" + std::to_string(std::chrono::system_clock::now().time_since_epoch().count())
            + "@lectern.test";
        auto session = api.registerAccount({email, "correct horse battery", "Bench"});
        if (!session) {
            std::fprintf(stderr, "sync_bench: %s\n", session.error().describe().c_str());
            return 1;
        }
        sync::NotesRepository notes(*db);
        auto queued = db->transaction([&]() -> Result<void> {
            for (long i = 0; i < count; ++i) {
                auto note = notes.create({"0190a1b2-0001-7000-8000-000000000001", std::nullopt, std::nullopt,
                                          "benchmark note " + std::to_string(i)});
                if (!note)
                    return std::unexpected(note.error());
            }
            return {};
        });
        if (!queued) {
            std::fprintf(stderr, "sync_bench: %s\n", queued.error().detail.c_str());
            return 1;
        }
        sync::UserDataSync engine(*db, api);
        const auto start = Clock::now();
        auto report = engine.run([&](bool) -> net::ApiResult<std::string> { return session->accessToken; });
        if (!report) {
            std::fprintf(stderr, "sync_bench: %s\n", report.error().describe().c_str());
            return 1;
        }
        std::printf("push: %lld mutations (%lld applied): %.2f s, peak RSS %.1f MB\n", static_cast<long long>(count),
                    static_cast<long long>(report->applied), secondsSince(start), peakRssMb());
        return 0;
    }
    std::fprintf(stderr, "sync_bench: unknown mode %s\n", mode.c_str());
    return 2;
}
