// Runs a command N times and reports its wall time from fork to exit and its
// peak resident set size (from wait4's rusage), so the app and the floor are
// measured the same way in the same run.
//
//   startup_bench RUNS LABEL -- COMMAND [ARGS...]
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

int main(int argc, char** argv)
{
    if (argc < 5 || std::strcmp(argv[3], "--") != 0) {
        std::fprintf(stderr, "usage: startup_bench RUNS LABEL -- COMMAND [ARGS...]\n");
        return 2;
    }
    const int runs = std::atoi(argv[1]);
    const char* label = argv[2];
    std::vector<double> wall;
    long peakKb = 0;
    for (int i = 0; i < runs; ++i) {
        const auto start = std::chrono::steady_clock::now();
        const pid_t child = fork();
        if (child == 0) {
            execvp(argv[4], argv + 4);
            std::perror("execvp");
            _exit(127);
        }
        int status = 0;
        rusage usage{};
        if (wait4(child, &status, 0, &usage) < 0 || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
            std::fprintf(stderr, "startup_bench: %s failed (status %d)\n", argv[4], status);
            return 1;
        }
        wall.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
        peakKb = std::max(peakKb, usage.ru_maxrss);
    }
    std::sort(wall.begin(), wall.end());
    std::printf("%-28s median %7.1f ms  min %7.1f ms  max %7.1f ms  peak RSS %6.1f MB  (%d runs)\n", label,
                wall[wall.size() / 2], wall.front(), wall.back(), static_cast<double>(peakKb) / 1024.0, runs);
    return 0;
}
