// Encrypted offline media (core/media/encrypted_file.h, docs/media-format.md):
// round trips, random access, every kind of damage caught, resume after a
// crash or a full disk, nothing readable on another device; and the fast chunk
// cipher producing exactly libsodium's XChaCha20-Poly1305 bytes.
#include <sys/stat.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <random>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include <sodium.h>

#include <QTemporaryDir>
#include <QTest>

#include "media/device_key.h"
#include "media/encrypted_file.h"
#include "media/xchacha_chunks.h"

using namespace lectern::media;
namespace fs = std::filesystem;

namespace {

constexpr std::size_t kChunk = kDefaultMediaChunkSize;
constexpr std::size_t kHeader = 128; // docs/media-format.md
constexpr std::size_t kTag = 16;

std::string randomBytes(std::size_t size, std::uint64_t seed)
{
    std::mt19937_64 random(seed);
    std::string bytes(size, '\0');
    for (auto& byte : bytes)
        byte = static_cast<char>(random() & 0xff);
    return bytes;
}

std::string readFile(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void writeFile(const fs::path& path, const std::string& bytes)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

// Appends in uneven pieces, as a downloader does.
MediaResult<void> appendInPieces(MediaSink& sink, std::string_view data, std::uint64_t seed)
{
    std::mt19937_64 random(seed);
    while (!data.empty()) {
        const std::size_t piece = std::min<std::size_t>(data.size(), 1 + random() % 100'000);
        if (auto ok = sink.append(data.substr(0, piece)); !ok)
            return ok;
        data.remove_prefix(piece);
    }
    return {};
}

MediaResult<void> writeEncrypted(const fs::path& path, const DeviceKey& key, const std::string& data,
                                 std::uint32_t chunkSize = kDefaultMediaChunkSize)
{
    EncryptedFileSink sink(path, key, EncryptedSinkOptions{.chunkSize = chunkSize});
    if (auto ok = appendInPieces(sink, data, data.size()); !ok)
        return ok;
    return sink.commit();
}

MediaResult<std::string> readAll(const fs::path& path, const DeviceKey& key)
{
    auto reader = EncryptedFileReader::open(path, key);
    if (!reader)
        return std::unexpected(reader.error());
    std::string out(reader->plaintextSize(), '\0');
    auto got = reader->readAt(0, std::span<char>(out));
    if (!got)
        return std::unexpected(got.error());
    if (*got != out.size())
        return mediaFail(MediaErrorCode::Io, "short read");
    return out;
}

// What a sink holding `appended` bytes has sealed: every full chunk that
// more data followed (the newest one waits to learn whether it is final).
std::uint64_t sealedPrefix(std::uint64_t appended, std::uint64_t chunk = kChunk)
{
    return appended == 0 ? 0 : (appended - 1) / chunk * chunk;
}

const char* codeName(const MediaResult<std::string>& result)
{
    return result ? "ok" : mediaErrorCodeName(result.error().code);
}

} // namespace

class TestEncryptedFile final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void roundTripsEverySize_data()
    {
        QTest::addColumn<qulonglong>("size");
        for (const std::size_t size : {std::size_t{0}, std::size_t{1}, kChunk - 1, kChunk, kChunk + 1, 3 * kChunk,
                                       std::size_t{5'000'000} + 17})
            QTest::addRow("%zu", size) << qulonglong{size};
    }

    void roundTripsEverySize()
    {
        QFETCH(qulonglong, size);
        QTemporaryDir dir;
        const fs::path path = fs::path(dir.path().toStdString()) / "lesson.lmed";
        const DeviceKey key = DeviceKey::generate();
        const std::string data = randomBytes(size, size + 1);
        QVERIFY(writeEncrypted(path, key, data).has_value());
        QVERIFY(fs::exists(path));
        QVERIFY(!fs::exists(path.string() + ".part"));
        const std::uint64_t chunks = size == 0 ? 1 : (size + kChunk - 1) / kChunk;
        QCOMPARE(fs::file_size(path), kHeader + size + chunks * kTag);
        auto reader = EncryptedFileReader::open(path, key);
        QVERIFY2(reader.has_value(), reader ? "" : reader.error().detail.c_str());
        QCOMPARE(reader->plaintextSize(), std::uint64_t{size});
        auto back = readAll(path, key);
        QVERIFY(back.has_value());
        QVERIFY(*back == data);
        std::array<char, 10> tail{};
        QCOMPARE(*reader->readAt(size, std::span<char>(tail)), std::size_t{0});
        QCOMPARE(*reader->readAt(size + 12345, std::span<char>(tail)), std::size_t{0});
    }

    void randomAccessReadsMatchThePlaintext()
    {
        QTemporaryDir dir;
        const fs::path path = fs::path(dir.path().toStdString()) / "lesson.lmed";
        const DeviceKey key = DeviceKey::generate();
        const std::string data = randomBytes(3 * 1024 * 1024 + 123, 7);
        QVERIFY(writeEncrypted(path, key, data).has_value());
        auto reader = EncryptedFileReader::open(path, key);
        QVERIFY(reader.has_value());
        std::mt19937_64 random(11);
        std::string buffer;
        for (int i = 0; i < 2000; ++i) {
            const std::uint64_t offset = random() % (data.size() + 1000); // some past the end
            const std::size_t length = random() % 4 == 0 ? random() % (3 * kChunk) : random() % 5000;
            buffer.assign(length, '\0');
            auto got = reader->readAt(offset, std::span<char>(buffer));
            QVERIFY(got.has_value());
            const std::size_t expected =
                offset >= data.size() ? 0 : std::min<std::size_t>(length, data.size() - offset);
            QCOMPARE(*got, expected);
            QVERIFY(buffer.compare(0, expected, data, std::min<std::size_t>(offset, data.size()), expected) == 0);
        }
    }

    void anotherDeviceKeyIsWrongKey()
    {
        QTemporaryDir dir;
        const fs::path path = fs::path(dir.path().toStdString()) / "lesson.lmed";
        const DeviceKey key = DeviceKey::generate();
        QVERIFY(writeEncrypted(path, key, randomBytes(100'000, 3)).has_value());
        auto reader = EncryptedFileReader::open(path, DeviceKey::generate());
        QVERIFY(!reader.has_value());
        QCOMPARE(reader.error().code, MediaErrorCode::WrongKey);
    }

    void missingAndForeignFiles()
    {
        QTemporaryDir dir;
        const fs::path root(dir.path().toStdString());
        const DeviceKey key = DeviceKey::generate();
        auto missing = EncryptedFileReader::open(root / "nothing.lmed", key);
        QVERIFY(!missing.has_value());
        QCOMPARE(missing.error().code, MediaErrorCode::NotFound);
        writeFile(root / "video.mp4", std::string("\0\0\0\x20" "ftypisom", 12) + randomBytes(500, 1));
        auto foreign = EncryptedFileReader::open(root / "video.mp4", key);
        QVERIFY(!foreign.has_value());
        QCOMPARE(foreign.error().code, MediaErrorCode::Format);
        writeFile(root / "empty.lmed", "");
        QCOMPARE(EncryptedFileReader::open(root / "empty.lmed", key).error().code, MediaErrorCode::Format);
    }

    // Small chunks so every byte of a multi-chunk file can be flipped.
    void everyFlippedByteIsCaught()
    {
        QTemporaryDir dir;
        const fs::path path = fs::path(dir.path().toStdString()) / "lesson.lmed";
        const fs::path damaged = fs::path(dir.path().toStdString()) / "damaged.lmed";
        const DeviceKey key = DeviceKey::generate();
        const std::string data = randomBytes(1000, 5); // chunks of 256, 256, 256, 232
        QVERIFY(writeEncrypted(path, key, data, 256).has_value());
        const std::string original = readFile(path);
        QCOMPARE(original.size(), kHeader + 1000 + 4 * kTag);
        for (std::size_t at = 0; at < original.size(); ++at) {
            for (const unsigned char mask : {0x01, 0x80}) {
                std::string bytes = original;
                bytes[at] = static_cast<char>(static_cast<unsigned char>(bytes[at]) ^ mask);
                writeFile(damaged, bytes);
                const auto result = readAll(damaged, key);
                QVERIFY2(!result.has_value(), qPrintable(QStringLiteral("byte %1 flipped went unnoticed").arg(at)));
                const auto code = result.error().code;
                if (at < 12) // magic and version: not (this version of) our format
                    QVERIFY2(code == MediaErrorCode::Format, codeName(result));
                else
                    QVERIFY2(code == MediaErrorCode::Corrupt || code == MediaErrorCode::WrongKey, codeName(result));
            }
        }
    }

    void flippedBytesInFullSizeChunksAreCaught()
    {
        QTemporaryDir dir;
        const fs::path path = fs::path(dir.path().toStdString()) / "lesson.lmed";
        const fs::path damaged = fs::path(dir.path().toStdString()) / "damaged.lmed";
        const DeviceKey key = DeviceKey::generate();
        QVERIFY(writeEncrypted(path, key, randomBytes(3 * kChunk + 5000, 9)).has_value());
        const std::string original = readFile(path);
        std::set<std::size_t> positions;
        for (std::size_t chunk = 0; chunk < 4; ++chunk) {
            const std::size_t start = kHeader + chunk * (kChunk + kTag);
            const std::size_t end = std::min(original.size(), start + kChunk + kTag);
            for (const std::size_t at : {start, start + 1, start + 4096, (start + end) / 2, end - kTag - 1, end - kTag,
                                         end - 1})
                positions.insert(at);
        }
        for (const std::size_t at : positions) {
            std::string bytes = original;
            bytes[at] = static_cast<char>(bytes[at] ^ 0x20);
            writeFile(damaged, bytes);
            const auto result = readAll(damaged, key);
            QVERIFY2(!result.has_value(), qPrintable(QStringLiteral("byte %1 flipped went unnoticed").arg(at)));
            QCOMPARE(result.error().code, MediaErrorCode::Corrupt);
        }
    }

    void truncationAnywhereIsCorrupt()
    {
        QTemporaryDir dir;
        const fs::path path = fs::path(dir.path().toStdString()) / "lesson.lmed";
        const fs::path cut = fs::path(dir.path().toStdString()) / "cut.lmed";
        const DeviceKey key = DeviceKey::generate();
        QVERIFY(writeEncrypted(path, key, randomBytes(1024, 5), 256).has_value()); // 4 full chunks
        const std::string original = readFile(path);
        for (std::size_t length = 8; length < original.size(); ++length) {
            writeFile(cut, original.substr(0, length));
            const auto result = readAll(cut, key);
            QVERIFY2(!result.has_value(), qPrintable(QStringLiteral("cut at %1 went unnoticed").arg(length)));
            QVERIFY2(result.error().code == MediaErrorCode::Corrupt, codeName(result));
        }
        // Exactly at chunk boundaries, with the default chunk size too.
        QVERIFY(writeEncrypted(path, key, randomBytes(4 * kChunk + 10, 6)).has_value());
        const std::string big = readFile(path);
        for (std::size_t chunks = 0; chunks <= 4; ++chunks) {
            for (const std::size_t extra : {std::size_t{0}, kChunk / 2, std::size_t{5}}) {
                const std::size_t length = kHeader + chunks * (kChunk + kTag) + extra;
                if (length >= big.size())
                    continue;
                writeFile(cut, big.substr(0, length));
                const auto result = readAll(cut, key);
                QVERIFY2(!result.has_value(), qPrintable(QStringLiteral("cut at %1 went unnoticed").arg(length)));
                QCOMPARE(result.error().code, MediaErrorCode::Corrupt);
            }
        }
    }

    void reorderedOrTransplantedChunksAreCorrupt()
    {
        QTemporaryDir dir;
        const fs::path root(dir.path().toStdString());
        const DeviceKey key = DeviceKey::generate();
        QVERIFY(writeEncrypted(root / "a.lmed", key, randomBytes(3 * kChunk + 100, 1)).has_value());
        QVERIFY(writeEncrypted(root / "b.lmed", key, randomBytes(3 * kChunk + 100, 2)).has_value());
        const std::string a = readFile(root / "a.lmed");
        const std::string b = readFile(root / "b.lmed");
        const std::size_t slot = kChunk + kTag;

        std::string swapped = a;
        std::copy_n(a.begin() + kHeader + slot, slot, swapped.begin() + kHeader);
        std::copy_n(a.begin() + kHeader, slot, swapped.begin() + kHeader + slot);
        writeFile(root / "swapped.lmed", swapped);
        QCOMPARE(readAll(root / "swapped.lmed", key).error().code, MediaErrorCode::Corrupt);

        // Same device, same index, other file: its key and header hash differ.
        std::string transplanted = a;
        std::copy_n(b.begin() + kHeader + slot, slot, transplanted.begin() + kHeader + slot);
        writeFile(root / "transplanted.lmed", transplanted);
        QCOMPARE(readAll(root / "transplanted.lmed", key).error().code, MediaErrorCode::Corrupt);

        std::string otherHeader = a;
        std::copy_n(b.begin(), kHeader, otherHeader.begin());
        writeFile(root / "header.lmed", otherHeader);
        QCOMPARE(readAll(root / "header.lmed", key).error().code, MediaErrorCode::Corrupt);

        // Bytes added after the final chunk move where the final chunk is looked for.
        for (const std::size_t extra : {std::size_t{1}, kTag, slot}) {
            writeFile(root / "longer.lmed", a + randomBytes(extra, extra));
            QCOMPARE(readAll(root / "longer.lmed", key).error().code, MediaErrorCode::Corrupt);
        }

        // A non-final chunk moved to the end (file cut after it) is not final.
        writeFile(root / "short.lmed", a.substr(0, kHeader + 2 * slot));
        QCOMPARE(readAll(root / "short.lmed", key).error().code, MediaErrorCode::Corrupt);
    }

    void resumeTrimsToAuthenticatedChunksAndFinishes()
    {
        QTemporaryDir dir;
        const fs::path path = fs::path(dir.path().toStdString()) / "lesson.lmed";
        const fs::path part = path.string() + ".part";
        const DeviceKey key = DeviceKey::generate();
        const std::string data = randomBytes(1'000'000 + 777, 21);
        const std::size_t first = 300'000;
        {
            EncryptedFileSink sink(path, key);
            QCOMPARE(*sink.resumableBytes(), std::uint64_t{0});
            QVERIFY(appendInPieces(sink, std::string_view(data).substr(0, first), 1).has_value());
            QVERIFY(sink.checkpoint().has_value());
            // destroyed without commit: the process went away
        }
        QVERIFY(!fs::exists(path));
        const std::uint64_t durable = sealedPrefix(first);
        QCOMPARE(durable, std::uint64_t{4 * kChunk});
        {
            EncryptedFileSink sink(path, key);
            QCOMPARE(*sink.resumableBytes(), durable);
        }
        // A torn write: half a chunk of garbage after the last whole chunk.
        {
            std::ofstream out(part, std::ios::binary | std::ios::app);
            const std::string garbage = randomBytes(kChunk / 2, 99);
            out.write(garbage.data(), static_cast<std::streamsize>(garbage.size()));
        }
        {
            EncryptedFileSink sink(path, key);
            QCOMPARE(*sink.resumableBytes(), durable);
        }
        QCOMPARE(fs::file_size(part), kHeader + 4 * (kChunk + kTag));
        // And a whole chunk slot of garbage, which cannot authenticate either.
        {
            std::ofstream out(part, std::ios::binary | std::ios::app);
            const std::string garbage = randomBytes(kChunk + kTag, 98);
            out.write(garbage.data(), static_cast<std::streamsize>(garbage.size()));
        }
        EncryptedFileSink sink(path, key);
        QCOMPARE(*sink.resumableBytes(), durable);
        std::string prefix;
        QVERIFY(sink.readPrefix([&](std::string_view bytes) { prefix.append(bytes); }).has_value());
        QVERIFY(prefix == data.substr(0, durable));
        QVERIFY(appendInPieces(sink, std::string_view(data).substr(durable), 2).has_value());
        QVERIFY(sink.commit().has_value());
        QVERIFY(!fs::exists(part));
        auto back = readAll(path, key);
        QVERIFY(back.has_value());
        QVERIFY(*back == data);
    }

    void aDamagedLastChunkIsTrimmedToo()
    {
        QTemporaryDir dir;
        const fs::path path = fs::path(dir.path().toStdString()) / "lesson.lmed";
        const fs::path part = path.string() + ".part";
        const DeviceKey key = DeviceKey::generate();
        const std::string data = randomBytes(5 * kChunk + 10, 31);
        {
            EncryptedFileSink sink(path, key);
            QVERIFY(sink.append(std::string_view(data).substr(0, 4 * kChunk + 1)).has_value());
        }
        std::string bytes = readFile(part);
        QCOMPARE(bytes.size(), kHeader + 4 * (kChunk + kTag));
        bytes[bytes.size() - 100] ^= 0x01; // chunk 3 damaged
        writeFile(part, bytes);
        EncryptedFileSink sink(path, key);
        QCOMPARE(*sink.resumableBytes(), std::uint64_t{3 * kChunk});
        QVERIFY(sink.append(std::string_view(data).substr(3 * kChunk)).has_value());
        QVERIFY(sink.commit().has_value());
        QVERIFY(*readAll(path, key) == data);
    }

    void damageInsideThePrefixIsReportedByReadPrefix()
    {
        QTemporaryDir dir;
        const fs::path path = fs::path(dir.path().toStdString()) / "lesson.lmed";
        const fs::path part = path.string() + ".part";
        const DeviceKey key = DeviceKey::generate();
        {
            EncryptedFileSink sink(path, key);
            QVERIFY(sink.append(randomBytes(4 * kChunk + 1, 3)).has_value());
        }
        std::string bytes = readFile(part);
        bytes[kHeader + 10] ^= 0x01; // chunk 0
        writeFile(part, bytes);
        EncryptedFileSink sink(path, key);
        QCOMPARE(*sink.resumableBytes(), std::uint64_t{4 * kChunk}); // only the tail is checked here
        auto prefix = sink.readPrefix([](std::string_view) {});
        QVERIFY(!prefix.has_value());
        QCOMPARE(prefix.error().code, MediaErrorCode::Corrupt);
        sink.discard();
        QVERIFY(!fs::exists(part));
    }

    // Resumed with every byte already stored: the last stored chunk becomes final.
    void commitRightAfterResume()
    {
        QTemporaryDir dir;
        const fs::path path = fs::path(dir.path().toStdString()) / "lesson.lmed";
        const DeviceKey key = DeviceKey::generate();
        const std::string data = randomBytes(3 * kChunk + 1, 41);
        {
            EncryptedFileSink sink(path, key);
            QVERIFY(sink.append(data).has_value());
        }
        EncryptedFileSink sink(path, key);
        QCOMPARE(*sink.resumableBytes(), std::uint64_t{3 * kChunk});
        QVERIFY(sink.commit().has_value());
        auto back = readAll(path, key);
        QVERIFY(back.has_value());
        QVERIFY(*back == data.substr(0, 3 * kChunk));
    }

    void aPartialFileIsNeverAFinishedFile()
    {
        QTemporaryDir dir;
        const fs::path path = fs::path(dir.path().toStdString()) / "lesson.lmed";
        const fs::path part = path.string() + ".part";
        const DeviceKey key = DeviceKey::generate();
        const std::string data = randomBytes(4 * kChunk + 500, 51);
        EncryptedFileSink sink(path, key);
        QVERIFY(sink.append(data).has_value());
        QVERIFY(sink.checkpoint().has_value());
        QCOMPARE(EncryptedFileReader::open(path, key).error().code, MediaErrorCode::NotFound);
        QCOMPARE(EncryptedFileReader::open(part, key).error().code, MediaErrorCode::Corrupt);
        fs::copy_file(part, path); // even under the final name
        QCOMPARE(EncryptedFileReader::open(path, key).error().code, MediaErrorCode::Corrupt);
        fs::remove(path);
        QVERIFY(sink.commit().has_value());
        QVERIFY(*readAll(path, key) == data);
        // A committed sink takes nothing more.
        QVERIFY(!sink.append("x").has_value());
    }

    void discardRemovesThePartialFile()
    {
        QTemporaryDir dir;
        const fs::path path = fs::path(dir.path().toStdString()) / "sub" / "lesson.lmed";
        const DeviceKey key = DeviceKey::generate();
        EncryptedFileSink sink(path, key);
        QVERIFY(sink.append(randomBytes(2 * kChunk + 3, 1)).has_value());
        QVERIFY(fs::exists(sink.partialPath()));
        sink.discard();
        QVERIFY(!fs::exists(sink.partialPath()));
        QVERIFY(!fs::exists(path));
    }

    void noPlaintextReachesTheDisk()
    {
        QTemporaryDir dir;
        const fs::path path = fs::path(dir.path().toStdString()) / "lesson.lmed";
        const DeviceKey key = DeviceKey::generate();
        const std::string period = "Lectern recognisable plaintext pattern: 0123456789 ABCDEFGHIJKLMNOPQRSTUVWXYZ | ";
        std::string data;
        while (data.size() < 2'000'000)
            data += period;
        // Every 64-byte run of a periodic text is one of `period.size()` runs.
        std::vector<std::string> runs;
        for (std::size_t i = 0; i < period.size(); ++i)
            runs.push_back(data.substr(i, 64));
        const auto containsARun = [&](const std::string& bytes) {
            return std::any_of(runs.begin(), runs.end(),
                               [&](const std::string& run) { return bytes.find(run) != std::string::npos; });
        };
        QVERIFY(containsARun(data)); // the check itself works

        EncryptedFileSink sink(path, key);
        QVERIFY(appendInPieces(sink, data, 5).has_value());
        QVERIFY(sink.checkpoint().has_value());
        QVERIFY(!containsARun(readFile(sink.partialPath())));
        QVERIFY(sink.commit().has_value());
        QVERIFY(!containsARun(readFile(path)));
        // Nothing else was written in the folder (no temporary plaintext file).
        QCOMPARE(std::distance(fs::directory_iterator(path.parent_path()), fs::directory_iterator()), 1);
        QVERIFY(*readAll(path, key) == data);
    }

    void keyFileIsPrivateAndStable()
    {
        QTemporaryDir dir;
        const fs::path file = fs::path(dir.path().toStdString()) / "keys" / "device.key";
        const mode_t previous = ::umask(0); // even a permissive umask gives 0600
        FileDeviceKeyStore store(file);
        auto created = store.loadOrCreate();
        ::umask(previous);
        QVERIFY(created.has_value());
        struct stat info {};
        QCOMPARE(::stat(file.c_str(), &info), 0);
        QCOMPARE(info.st_mode & 07777, mode_t{0600});
        QCOMPARE(fs::file_size(file), std::uintmax_t{40});

        auto again = FileDeviceKeyStore(file).loadOrCreate();
        QVERIFY(again.has_value());
        QVERIFY(std::ranges::equal(again->bytes(), created->bytes()));
        // No temporary files left behind.
        QCOMPARE(std::distance(fs::directory_iterator(file.parent_path()), fs::directory_iterator()), 1);

        // The key file never holds the key in a form a reader of the download folder sees:
        // files from one store open with the same store's key after a restart.
        const fs::path media = fs::path(dir.path().toStdString()) / "lesson.lmed";
        QVERIFY(writeEncrypted(media, *created, randomBytes(1000, 1)).has_value());
        QVERIFY(readAll(media, *again).has_value());

        // A damaged key file is replaced by a new key (the old one is gone anyway).
        writeFile(file, "not a key");
        auto replaced = FileDeviceKeyStore(file).loadOrCreate();
        QVERIFY(replaced.has_value());
        QVERIFY(!std::ranges::equal(replaced->bytes(), created->bytes()));
        QCOMPARE(::stat(file.c_str(), &info), 0);
        QCOMPARE(info.st_mode & 07777, mode_t{0600});
    }

    // The app and lectern-cli starting together on a fresh profile must not end
    // up with two keys (one of them lost, with the downloads made under it).
    void concurrentFirstRunsAgreeOnOneKey()
    {
        for (int attempt = 0; attempt < 20; ++attempt) {
            QTemporaryDir dir;
            const fs::path file = fs::path(dir.path().toStdString()) / "device.key";
            std::vector<std::optional<DeviceKey>> keys(8);
            std::vector<std::thread> threads;
            for (auto& key : keys)
                threads.emplace_back([&key, file] {
                    auto loaded = FileDeviceKeyStore(file).loadOrCreate();
                    if (loaded)
                        key = std::move(*loaded);
                });
            for (auto& thread : threads)
                thread.join();
            auto stored = FileDeviceKeyStore(file).load();
            QVERIFY(stored.has_value() && stored->has_value());
            for (const auto& key : keys) {
                QVERIFY(key.has_value());
                QVERIFY(std::ranges::equal(key->bytes(), (*stored)->bytes()));
            }
            QCOMPARE(std::distance(fs::directory_iterator(file.parent_path()), fs::directory_iterator()), 1);
        }
    }

    void copiedToAnotherDeviceOpensNothing()
    {
        QTemporaryDir home1, home2;
        const fs::path one(home1.path().toStdString());
        const fs::path two(home2.path().toStdString());
        auto key1 = FileDeviceKeyStore(one / "device.key").loadOrCreate();
        auto key2 = FileDeviceKeyStore(two / "device.key").loadOrCreate();
        QVERIFY(key1.has_value() && key2.has_value());
        const std::string data = randomBytes(2 * kChunk + 9, 61);
        QVERIFY(writeEncrypted(one / "downloads" / "lesson.lmed", *key1, data).has_value());
        {
            EncryptedFileSink partial(one / "downloads" / "next.lmed", *key1);
            QVERIFY(partial.append(data).has_value());
        }
        fs::copy(one / "downloads", two / "downloads", fs::copy_options::recursive);

        auto reader = EncryptedFileReader::open(two / "downloads" / "lesson.lmed", *key2);
        QVERIFY(!reader.has_value());
        QCOMPARE(reader.error().code, MediaErrorCode::WrongKey);
        // A copied partial download is not continued there either: it starts afresh.
        EncryptedFileSink sink(two / "downloads" / "next.lmed", *key2);
        QCOMPARE(*sink.resumableBytes(), std::uint64_t{0});
        std::string prefix;
        QVERIFY(sink.readPrefix([&](std::string_view bytes) { prefix.append(bytes); }).has_value());
        QVERIFY(prefix.empty());
        // Back home it still opens.
        QVERIFY(*readAll(one / "downloads" / "lesson.lmed", *key1) == data);
    }

    void diskFullLeavesATrustworthyPartial()
    {
        QTemporaryDir dir;
        const fs::path path = fs::path(dir.path().toStdString()) / "lesson.lmed";
        const fs::path part = path.string() + ".part";
        const DeviceKey key = DeviceKey::generate();
        const std::string data = randomBytes(6 * kChunk + 321, 71);

        // The "disk" holds the header and 2.5 chunks; the write that crosses
        // that line stores what fits and then fails with ENOSPC, like write(2).
        const std::uint64_t capacity = kHeader + 2 * (kChunk + kTag) + kChunk / 2;
        EncryptedSinkOptions options;
        options.write = [capacity](int fd, const void* bytes, std::size_t size, std::uint64_t offset) -> long {
            if (offset >= capacity) {
                errno = ENOSPC;
                return -1;
            }
            const std::size_t fits = static_cast<std::size_t>(std::min<std::uint64_t>(size, capacity - offset));
            return static_cast<long>(::pwrite(fd, bytes, fits, static_cast<off_t>(offset)));
        };
        {
            EncryptedFileSink sink(path, key, options);
            auto appended = appendInPieces(sink, data, 3);
            QVERIFY(!appended.has_value());
            QCOMPARE(appended.error().code, MediaErrorCode::DiskFull);
            // Nothing more goes in, and nothing is committed.
            QVERIFY(!sink.append("more").has_value());
            QVERIFY(!sink.commit().has_value());
            QVERIFY(!fs::exists(path));
        }
        // Only whole chunks are left: the torn third one was cut off.
        QCOMPARE(fs::file_size(part), kHeader + 2 * (kChunk + kTag));

        // Space again: a new sink continues from the two chunks.
        EncryptedFileSink sink(path, key);
        QCOMPARE(*sink.resumableBytes(), std::uint64_t{2 * kChunk});
        std::string prefix;
        QVERIFY(sink.readPrefix([&](std::string_view bytes) { prefix.append(bytes); }).has_value());
        QVERIFY(prefix == data.substr(0, 2 * kChunk));
        QVERIFY(sink.append(std::string_view(data).substr(2 * kChunk)).has_value());
        QVERIFY(sink.commit().has_value());
        QVERIFY(*readAll(path, key) == data);
    }

    void diskFullBeforeTheHeaderFits()
    {
        QTemporaryDir dir;
        const fs::path path = fs::path(dir.path().toStdString()) / "lesson.lmed";
        const DeviceKey key = DeviceKey::generate();
        EncryptedSinkOptions options;
        options.write = [](int, const void*, std::size_t, std::uint64_t) -> long {
            errno = EDQUOT;
            return -1;
        };
        {
            EncryptedFileSink sink(path, key, options);
            auto resumable = sink.resumableBytes();
            QVERIFY(!resumable.has_value());
            QCOMPARE(resumable.error().code, MediaErrorCode::DiskFull);
        }
        EncryptedFileSink sink(path, key);
        QCOMPARE(*sink.resumableBytes(), std::uint64_t{0});
        QVERIFY(sink.append("hello").has_value());
        QVERIFY(sink.commit().has_value());
        QVERIFY(*readAll(path, key) == "hello");
    }

    // XChaChaChunks (OpenSSL's ChaCha20-Poly1305 under the HChaCha20 subkey)
    // seals every size exactly as libsodium's XChaCha20-Poly1305 does, and opens
    // what libsodium sealed: files written before it and after it are the same
    // format. A changed byte fails and leaves no plaintext behind.
    void chunkCipherIsLibsodiumsXChaCha()
    {
        QVERIFY(sodium_init() >= 0);
        std::mt19937_64 random(7);
        for (const std::size_t size : {std::size_t{0}, std::size_t{1}, std::size_t{63}, std::size_t{64},
                                       std::size_t{1000}, kChunk - 1, kChunk, std::size_t{3} * kChunk + 5}) {
            std::array<unsigned char, 32> key{};
            std::array<unsigned char, 24> nonce{};
            randombytes_buf(key.data(), key.size());
            randombytes_buf(nonce.data(), nonce.size());
            const std::string plain = randomBytes(size, random());
            const std::string ad = randomBytes(41, random());
            const auto* p = reinterpret_cast<const unsigned char*>(plain.data());
            const auto* a = reinterpret_cast<const unsigned char*>(ad.data());

            std::vector<unsigned char> expected(size + kTag);
            unsigned long long expectedSize = 0;
            crypto_aead_xchacha20poly1305_ietf_encrypt(expected.data(), &expectedSize, p, size, a, ad.size(),
                                                       nullptr, nonce.data(), key.data());
            // The fast path, and the libsodium fallback for an OpenSSL without the cipher.
            for (const auto engine : {XChaChaChunks::Engine::OpenSsl, XChaChaChunks::Engine::Libsodium}) {
                XChaChaChunks chunks(key.data(), nonce.data(), engine);
                QCOMPARE(chunks.engine(), engine);
                std::vector<unsigned char> sealed(size + kTag);
                chunks.seal(nonce.data() + 16, a, ad.size(), p, size, sealed.data());
                QVERIFY2(sealed == expected, qPrintable(QString::number(size)));

                std::vector<unsigned char> opened(size + 1, 0xAA);
                QVERIFY(chunks.open(nonce.data() + 16, a, ad.size(), expected.data(), expected.size(), opened.data()));
                QVERIFY(std::equal(opened.begin(), opened.begin() + static_cast<std::ptrdiff_t>(size), p));

                std::vector<unsigned char> tampered = expected;
                tampered[random() % tampered.size()] ^= 0x01;
                std::fill(opened.begin(), opened.end(), 0);
                QVERIFY(!chunks.open(nonce.data() + 16, a, ad.size(), tampered.data(), tampered.size(), opened.data()));
                QVERIFY(std::all_of(opened.begin(), opened.begin() + static_cast<std::ptrdiff_t>(size),
                                    [](unsigned char b) { return b == 0; }));
            }
        }
    }
};

QTEST_APPLESS_MAIN(TestEncryptedFile)
#include "test_encrypted_file.moc"
