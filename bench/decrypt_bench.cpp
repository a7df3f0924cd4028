// Offline media decryption: reading a lesson through EncryptedFileReader beside
// a plain read() of a same-size unencrypted file (the floor), sequentially and
// as random 64 KiB reads (what a seeking player does). Both files are read from
// the page cache (no root to drop it), so the floor is memory bandwidth and the
// gap is the cost of XChaCha20-Poly1305.
//
//   decrypt_bench DIR [MiB=256] [rounds=3]
#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include "media/device_key.h"
#include "media/encrypted_file.h"

using namespace lectern::media;
using Clock = std::chrono::steady_clock;

namespace {

constexpr std::size_t kMiB = 1024 * 1024;
constexpr std::size_t kReadBlock = 1 * kMiB;    // sequential reads, as a player's buffer fill
constexpr std::size_t kSeekBlock = 64 * 1024;   // random reads
constexpr int kRandomReads = 20'000;

double secondsSince(Clock::time_point start) { return std::chrono::duration<double>(Clock::now() - start).count(); }

[[noreturn]] void die(const std::string& what)
{
    std::fprintf(stderr, "decrypt_bench: %s\n", what.c_str());
    std::exit(1);
}

void fillRandom(std::vector<char>& block, std::mt19937_64& random)
{
    for (std::size_t i = 0; i + 8 <= block.size(); i += 8) {
        const std::uint64_t value = random();
        std::memcpy(block.data() + i, &value, 8);
    }
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

} // namespace

int main(int argc, char** argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: decrypt_bench DIR [MiB] [rounds]\n");
        return 2;
    }
    const std::filesystem::path dir(argv[1]);
    const std::size_t mib = argc > 2 ? static_cast<std::size_t>(std::atol(argv[2])) : 256;
    const int rounds = argc > 3 ? std::atoi(argv[3]) : 3;
    const std::uint64_t size = mib * kMiB;
    std::filesystem::create_directories(dir);
    const auto encryptedPath = dir / "bench.lmed";
    const auto plainPath = dir / "bench.plain";
    std::filesystem::remove(encryptedPath);
    std::filesystem::remove(plainPath);

    // The same random bytes into both files; the encrypted one through the sink.
    const DeviceKey key = DeviceKey::generate();
    std::mt19937_64 random(42);
    std::vector<char> block(kReadBlock);
    double writeSeconds = 0;
    {
        EncryptedFileSink sink(encryptedPath, key);
        const int plain = ::open(plainPath.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
        if (plain < 0)
            die("cannot create " + plainPath.string());
        for (std::uint64_t done = 0; done < size; done += block.size()) {
            fillRandom(block, random);
            const auto start = Clock::now();
            if (auto ok = sink.append(std::string_view(block.data(), block.size())); !ok)
                die(ok.error().detail);
            writeSeconds += secondsSince(start);
            if (::write(plain, block.data(), block.size()) != static_cast<ssize_t>(block.size()))
                die("cannot write " + plainPath.string());
        }
        const auto start = Clock::now();
        if (auto ok = sink.commit(); !ok)
            die(ok.error().detail);
        writeSeconds += secondsSince(start);
        ::fsync(plain);
        ::close(plain);
    }
    std::printf("files: %zu MiB plaintext, encrypted %.1f MiB (chunks of %u KiB); encrypting sink %.0f MB/s\n", mib,
                static_cast<double>(std::filesystem::file_size(encryptedPath)) / kMiB, kDefaultMediaChunkSize / 1024,
                static_cast<double>(size) / 1e6 / writeSeconds);

    auto reader = EncryptedFileReader::open(encryptedPath, key);
    if (!reader)
        die(reader.error().detail);
    if (reader->plaintextSize() != size)
        die("size mismatch");
    const int plainFd = ::open(plainPath.c_str(), O_RDONLY | O_CLOEXEC);
    if (plainFd < 0)
        die("cannot open " + plainPath.string());

    std::vector<double> plainSeq, decryptSeq, plainRandom, decryptRandom, decryptAligned;
    std::vector<char> buffer(kReadBlock);
    for (int round = 0; round < rounds; ++round) {
        // Sequential, 1 MiB at a time.
        auto start = Clock::now();
        for (std::uint64_t offset = 0; offset < size; offset += buffer.size())
            if (::pread(plainFd, buffer.data(), buffer.size(), static_cast<off_t>(offset)) <= 0)
                die("plain read failed");
        plainSeq.push_back(static_cast<double>(size) / 1e6 / secondsSince(start));

        start = Clock::now();
        for (std::uint64_t offset = 0; offset < size; offset += buffer.size())
            if (auto got = reader->readAt(offset, std::span<char>(buffer)); !got || *got == 0)
                die(got ? "short read" : got.error().detail);
        decryptSeq.push_back(static_cast<double>(size) / 1e6 / secondsSince(start));

        // Random 64 KiB reads at unaligned offsets (each touches two chunks).
        std::mt19937_64 seeks(round + 1);
        std::vector<std::uint64_t> offsets(kRandomReads);
        for (auto& offset : offsets)
            offset = seeks() % (size - kSeekBlock);
        start = Clock::now();
        for (const auto offset : offsets)
            if (::pread(plainFd, buffer.data(), kSeekBlock, static_cast<off_t>(offset)) <= 0)
                die("plain read failed");
        plainRandom.push_back(kRandomReads / secondsSince(start));

        start = Clock::now();
        for (const auto offset : offsets)
            if (auto got = reader->readAt(offset, std::span<char>(buffer.data(), kSeekBlock)); !got || *got == 0)
                die(got ? "short read" : got.error().detail);
        decryptRandom.push_back(kRandomReads / secondsSince(start));

        // The same at chunk-aligned offsets: one chunk decrypted per read.
        for (auto& offset : offsets)
            offset -= offset % kSeekBlock;
        start = Clock::now();
        for (const auto offset : offsets)
            if (auto got = reader->readAt(offset, std::span<char>(buffer.data(), kSeekBlock)); !got || *got == 0)
                die(got ? "short read" : got.error().detail);
        decryptAligned.push_back(kRandomReads / secondsSince(start));
        std::printf("round %d: sequential plain %.0f MB/s, decrypt %.0f MB/s; random 64 KiB plain %.0f reads/s, "
                    "decrypt %.0f reads/s (chunk-aligned %.0f reads/s)\n",
                    round + 1, plainSeq.back(), decryptSeq.back(), plainRandom.back(), decryptRandom.back(),
                    decryptAligned.back());
    }
    ::close(plainFd);
    // Median and best of the rounds: the machine is shared, the best round is
    // the least disturbed one.
    const auto best = [](const std::vector<double>& values) { return *std::max_element(values.begin(), values.end()); };
    std::printf("%-38s %22s %22s\n", "median / best of rounds", "plain (floor)", "decrypting");
    std::printf("%-38s %8.0f / %5.0f MB/s %8.0f / %5.0f MB/s\n", "sequential, 1 MiB reads", median(plainSeq),
                best(plainSeq), median(decryptSeq), best(decryptSeq));
    std::printf("%-38s %8.0f / %6.0f /s %8.0f / %6.0f /s\n", "random 64 KiB reads (unaligned)", median(plainRandom),
                best(plainRandom), median(decryptRandom), best(decryptRandom));
    std::printf("%-38s %22s %8.0f / %6.0f /s\n", "random 64 KiB reads (chunk-aligned)", "", median(decryptAligned),
                best(decryptAligned));
    std::printf("decrypting sequential reads take %.1fx the plain read's time (medians)\n",
                median(plainSeq) / median(decryptSeq));
    std::filesystem::remove(encryptedPath);
    std::filesystem::remove(plainPath);
    return 0;
}
