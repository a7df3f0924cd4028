// lectern-server: wires the API together and puts it on the network.
#include <csignal>
#include <cstdio>
#include <cstring>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include <malloc.h>
#include <pthread.h>

#include "accounts/secrets.h"
#include "app/demo_seed.h"
#include "app/offset_file_clock.h"
#include "app/server_app.h"
#include "http/http_server.h"

using namespace lectern;
using namespace lectern::server;

namespace {

void usage(std::FILE* out)
{
    std::fputs("Usage: lectern-server --data DIR [--listen HOST:PORT] [--demo] [--threads N] [--quiet]\n"
               "  --data DIR          where the database, media and keys live (created if missing)\n"
               "  --listen HOST:PORT  default 127.0.0.1:8787; port 0 picks a free port and prints it\n"
               "  --demo              seed the demo catalog, media, plans and demo accounts\n"
               "  --import-catalog F  publish the courses of a lectern-catalog JSON file, then serve\n"
               "  --quiet             no per-request log lines\n"
               "  --clock-offset-file F  TEST ONLY: add the seconds written in F to the clock (read on every use)\n",
               out);
}

// glibc returns a worker thread's free heap to the kernel whenever more than
// the trim threshold is free at its top, and by default that threshold follows
// the largest block freed so far (about 512 KB here). A feed page allocates and
// frees a few hundred KB per request, right at that line: once over it, every
// request gave ~0.5 MB back and faulted it in again (~95 page faults, half the
// throughput; docs/benchmarks.md). Fixed thresholds keep that memory with the
// thread: blocks up to 8 MiB (a 1,000-course page) come from the heap, and
// only more than 16 MiB free at a heap's top is returned.
void keepWorkerHeaps()
{
    (void)mallopt(M_MMAP_THRESHOLD, 8 * 1024 * 1024);
    (void)mallopt(M_TRIM_THRESHOLD, 16 * 1024 * 1024);
}

} // namespace

int main(int argc, char** argv)
{
    keepWorkerHeaps();
    ServerConfig config;
    ListenOptions listen;
    bool demo = false;
    std::vector<std::string> imports;
    std::string clockOffsetFile;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        const bool hasValue = i + 1 < argc;
        if (arg == "--data" && hasValue) {
            config.dataDir = argv[++i];
        } else if (arg == "--listen" && hasValue) {
            const std::string value = argv[++i];
            const auto colon = value.rfind(':');
            if (colon == std::string::npos) {
                std::fprintf(stderr, "lectern-server: --listen takes HOST:PORT\n");
                return 2;
            }
            listen.host = value.substr(0, colon);
            try {
                listen.port = std::stoi(value.substr(colon + 1));
            } catch (...) {
                listen.port = -1;
            }
            if (listen.port < 0 || listen.port > 65535) {
                std::fprintf(stderr, "lectern-server: bad port in --listen %s\n", value.c_str());
                return 2;
            }
        } else if (arg == "--threads" && hasValue) {
            listen.threads = std::max(1, std::atoi(argv[++i]));
        } else if (arg == "--import-catalog" && hasValue) {
            imports.emplace_back(argv[++i]);
        } else if (arg == "--clock-offset-file" && hasValue) {
            clockOffsetFile = argv[++i];
        } else if (arg == "--demo") {
            demo = true;
        } else if (arg == "--quiet") {
            listen.logRequests = false;
        } else if (arg == "--help" || arg == "-h") {
            usage(stdout);
            return 0;
        } else {
            std::fprintf(stderr, "lectern-server: unknown argument %s\n", arg.c_str());
            usage(stderr);
            return 2;
        }
    }
    if (config.dataDir.empty()) {
        usage(stderr);
        return 2;
    }
    if (!secrets::initialize()) {
        std::fprintf(stderr, "lectern-server: libsodium failed to initialise\n");
        return 1;
    }

    // Signals are taken by a dedicated thread (sigwait), never by a handler that
    // could interrupt SQLite mid-write.
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGINT);
    sigaddset(&signals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &signals, nullptr);
    std::signal(SIGPIPE, SIG_IGN);

    SystemClock systemClock;
    std::optional<OffsetFileClock> testClock;
    if (!clockOffsetFile.empty()) {
        testClock.emplace(clockOffsetFile);
        std::fprintf(stderr, "lectern-server: TEST CLOCK: offset read from %s\n", clockOffsetFile.c_str());
    }
    const Clock& clock = testClock ? static_cast<const Clock&>(*testClock) : systemClock;
    ServerApp app(config, clock);
    if (auto ok = app.open(); !ok) {
        std::fprintf(stderr, "lectern-server: %s: %s\n", errorCodeName(ok.error().code), ok.error().detail.c_str());
        return 1;
    }
    if (demo) {
        if (auto ok = seedDemo(app.services()); !ok) {
            std::fprintf(stderr, "lectern-server: demo data: %s\n", ok.error().detail.c_str());
            return 1;
        }
    }
    for (const auto& file : imports) {
        auto published = importCatalogFile(app.services(), file);
        if (!published) {
            std::fprintf(stderr, "lectern-server: --import-catalog: %s\n", published.error().detail.c_str());
            return 1;
        }
        std::printf("imported %zu courses from %s\n", *published, file.c_str());
        std::fflush(stdout);
    }
    HttpServer server(app.router(), listen);
    auto port = server.bind();
    if (!port) {
        std::fprintf(stderr, "lectern-server: %s\n", port.error().detail.c_str());
        return 1;
    }
    std::printf("lectern-server listening on http://%s:%d\n", listen.host.c_str(), *port);
    std::fflush(stdout);

    std::thread signalWaiter([&server, signals] {
        int received = 0;
        sigwait(&signals, &received);
        std::fprintf(stderr, "lectern-server: %s, shutting down\n", received == SIGINT ? "SIGINT" : "SIGTERM");
        server.stop();
    });
    server.serve();
    // serve() also returns if the listener fails; make sure the waiter ends.
    pthread_kill(signalWaiter.native_handle(), SIGTERM);
    signalWaiter.join();
    std::fprintf(stderr, "lectern-server: stopped\n");
    return 0;
}
