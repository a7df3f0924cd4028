// Runs a command N times and reports the wall time from fork to the moment it
// prints a line starting with "first-paint" (both the app and the floor print
// it from their first paint event), and its peak resident set size up to then
// (wait4's rusage). The program is then killed: how long it takes to shut down
// is not start-up time. Both programs are measured the same way in the same run.
//
//   startup_bench RUNS LABEL -- COMMAND [ARGS...]
#include <sys/resource.h>
#include <sys/wait.h>

#include <csignal>
#include <string>
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
        int pipeFds[2];
        if (pipe(pipeFds) != 0) {
            std::perror("pipe");
            return 1;
        }
        const auto start = std::chrono::steady_clock::now();
        const pid_t child = fork();
        if (child == 0) {
            dup2(pipeFds[1], STDOUT_FILENO);
            close(pipeFds[0]);
            close(pipeFds[1]);
            execvp(argv[4], argv + 4);
            std::perror("execvp");
            _exit(127);
        }
        close(pipeFds[1]);
        // Read the child's output until its first-paint line.
        std::string output;
        bool painted = false;
        char buffer[4096];
        while (!painted) {
            const ssize_t n = read(pipeFds[0], buffer, sizeof buffer);
            if (n <= 0)
                break;
            output.append(buffer, static_cast<std::size_t>(n));
            painted = output.find("first-paint") != std::string::npos;
        }
        const auto paintedAt = std::chrono::steady_clock::now();
        kill(child, SIGKILL);
        close(pipeFds[0]);
        int status = 0;
        rusage usage{};
        wait4(child, &status, 0, &usage);
        if (!painted) {
            std::fprintf(stderr, "startup_bench: %s never printed first-paint (status %d)\n", argv[4], status);
            return 1;
        }
        wall.push_back(std::chrono::duration<double, std::milli>(paintedAt - start).count());
        peakKb = std::max(peakKb, usage.ru_maxrss);
    }
    std::sort(wall.begin(), wall.end());
    std::printf("%-28s first paint: median %7.1f ms  min %7.1f ms  max %7.1f ms  peak RSS %6.1f MB  (%d runs)\n", label,
                wall[wall.size() / 2], wall.front(), wall.back(), static_cast<double>(peakKb) / 1024.0, runs);
    return 0;
}
