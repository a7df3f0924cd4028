#include "media/encrypted_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <memory>
#include <optional>
#include <string>

#include <sodium.h>

#include "media/xchacha_chunks.h"

namespace lectern::media {

namespace {

// Header layout (docs/media-format.md). All integers little-endian.
constexpr std::array<unsigned char, 8> kMagic = {'L', 'E', 'C', 'T', 'M', 'E', 'D', '1'};
constexpr std::uint32_t kVersion = 1;
constexpr std::size_t kVersionAt = 8;
constexpr std::size_t kChunkSizeAt = 12;
constexpr std::size_t kKeyIdAt = 16;
constexpr std::size_t kKeyIdBytes = 16;
constexpr std::size_t kNonceBaseAt = 32;
constexpr std::size_t kWrapNonceAt = 56;
constexpr std::size_t kWrappedKeyAt = 80;
constexpr std::size_t kHeaderBytes = 128;

constexpr std::size_t kNonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr std::size_t kTagBytes = crypto_aead_xchacha20poly1305_ietf_ABYTES;
constexpr std::size_t kFileKeyBytes = crypto_aead_xchacha20poly1305_ietf_KEYBYTES;
constexpr std::size_t kHashBytes = 32;
constexpr std::size_t kChunkAdBytes = kHashBytes + 8 + 1;
constexpr std::uint64_t kFinalBit = std::uint64_t{1} << 63;

static_assert(kNonceBaseAt + kNonceBytes == kWrapNonceAt);
static_assert(kWrapNonceAt + kNonceBytes == kWrappedKeyAt);
static_assert(kWrappedKeyAt + kFileKeyBytes + kTagBytes == kHeaderBytes);
static_assert(kDeviceKeyBytes == crypto_aead_xchacha20poly1305_ietf_KEYBYTES);

constexpr std::string_view kKeyIdContext = "lectern media: device key id v1";

void ensureSodium()
{
    // sodium_init() is thread-safe; the static only saves the repeated call.
    static const bool ready = sodium_init() >= 0;
    if (!ready)
        std::abort(); // no CSPRNG: nothing here may go on
}

void putU32(unsigned char* at, std::uint32_t value)
{
    for (int i = 0; i < 4; ++i)
        at[i] = static_cast<unsigned char>(value >> (8 * i));
}

std::uint32_t getU32(const unsigned char* at)
{
    std::uint32_t value = 0;
    for (int i = 0; i < 4; ++i)
        value |= std::uint32_t{at[i]} << (8 * i);
    return value;
}

std::string errnoText(int error)
{
    return std::strerror(error);
}

MediaErrorCode writeErrorCode(int error)
{
    return error == ENOSPC || error == EDQUOT ? MediaErrorCode::DiskFull : MediaErrorCode::Io;
}

void syncDirectory(const std::filesystem::path& directory)
{
    const int fd = ::open(directory.empty() ? "." : directory.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

// Reads exactly `size` bytes unless the file ends first; returns the count, or -1 (errno set).
long readFully(int fd, unsigned char* data, std::size_t size, std::uint64_t offset)
{
    std::size_t got = 0;
    while (got < size) {
        const ssize_t n = ::pread(fd, data + got, size - got, static_cast<off_t>(offset + got));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return -1;
        if (n == 0)
            break;
        got += static_cast<std::size_t>(n);
    }
    return static_cast<long>(got);
}

std::array<unsigned char, kKeyIdBytes> keyIdOf(const DeviceKey& deviceKey)
{
    std::array<unsigned char, kKeyIdBytes> id{};
    crypto_generichash(id.data(), id.size(), reinterpret_cast<const unsigned char*>(kKeyIdContext.data()),
                       kKeyIdContext.size(), deviceKey.bytes().data(), deviceKey.bytes().size());
    return id;
}

// What one file's chunks are sealed with: its key and what binds them to its header.
struct FileCrypto {
    std::array<unsigned char, kFileKeyBytes> key{};
    std::array<unsigned char, kHeaderBytes> header{};
    std::array<unsigned char, kHashBytes> headerHash{};
    std::uint32_t chunkSize = 0;

    FileCrypto() = default;
    FileCrypto(const FileCrypto&) = delete;
    FileCrypto& operator=(const FileCrypto&) = delete;
    ~FileCrypto() { sodium_memzero(key.data(), key.size()); }

    [[nodiscard]] std::uint64_t slotBytes() const { return std::uint64_t{chunkSize} + kTagBytes; }
    [[nodiscard]] std::uint64_t chunkOffset(std::uint64_t index) const { return kHeaderBytes + index * slotBytes(); }

    // Called once key and header are set (a new file, or one read back): the
    // chunk cipher is derived from them again on first use.
    void hashHeader()
    {
        crypto_generichash(headerHash.data(), headerHash.size(), header.data(), header.size(), nullptr, 0);
        m_chunks.reset();
    }
    // Called before key or header change, so no chunk is ever sealed with a
    // cipher derived from another file's key and nonces.
    void forgetCipher() { m_chunks.reset(); }

    // The file's nonce base with the chunk counter (index, top bit = final)
    // XORed into its last 8 bytes: unique per chunk and per final/non-final,
    // so no (key, nonce) pair ever seals two different messages.
    [[nodiscard]] std::array<unsigned char, kNonceBytes> nonce(std::uint64_t index, bool final) const
    {
        std::array<unsigned char, kNonceBytes> result{};
        std::copy_n(header.begin() + kNonceBaseAt, kNonceBytes, result.begin());
        const std::uint64_t counter = index | (final ? kFinalBit : 0);
        for (int i = 0; i < 8; ++i)
            result[kNonceBytes - 8 + static_cast<std::size_t>(i)] ^= static_cast<unsigned char>(counter >> (8 * i));
        return result;
    }

    [[nodiscard]] std::array<unsigned char, kChunkAdBytes> associatedData(std::uint64_t index, bool final) const
    {
        std::array<unsigned char, kChunkAdBytes> ad{};
        std::copy(headerHash.begin(), headerHash.end(), ad.begin());
        for (int i = 0; i < 8; ++i)
            ad[kHashBytes + static_cast<std::size_t>(i)] = static_cast<unsigned char>(index >> (8 * i));
        ad[kHashBytes + 8] = final ? 1 : 0;
        return ad;
    }

    // `sealed` receives size + kTagBytes bytes.
    void seal(std::uint64_t index, bool final, const unsigned char* plaintext, std::size_t size,
              unsigned char* sealed) const
    {
        const auto n = nonce(index, final);
        const auto ad = associatedData(index, final);
        chunks().seal(n.data() + kSharedNonceBytes, ad.data(), ad.size(), plaintext, size, sealed);
    }

    // `plaintext` receives sealedSize - kTagBytes bytes; false when the chunk
    // is not exactly what this file sealed at `index` with this `final` flag.
    [[nodiscard]] bool open(std::uint64_t index, bool final, const unsigned char* sealed, std::size_t sealedSize,
                            unsigned char* plaintext) const
    {
        const auto n = nonce(index, final);
        const auto ad = associatedData(index, final);
        return chunks().open(n.data() + kSharedNonceBytes, ad.data(), ad.size(), sealed, sealedSize, plaintext);
    }

private:
    // Every chunk nonce is the nonce base with a counter in its last 8 bytes,
    // so the first 16 are shared and the XChaCha subkey is one per file. Made
    // once the key and header are final (after makeHeader / readHeader).
    static constexpr std::size_t kSharedNonceBytes = kNonceBytes - 8;
    XChaChaChunks& chunks() const
    {
        if (!m_chunks)
            m_chunks = std::make_unique<XChaChaChunks>(key.data(), header.data() + kNonceBaseAt);
        return *m_chunks;
    }
    mutable std::unique_ptr<XChaChaChunks> m_chunks;
};
static_assert(XChaChaChunks::kTagBytes == kTagBytes);

// A new file: random per-file key and nonces, the key wrapped with the device key.
void makeHeader(FileCrypto& file, const DeviceKey& deviceKey, std::uint32_t chunkSize)
{
    ensureSodium();
    file.forgetCipher();
    file.chunkSize = chunkSize;
    auto& h = file.header;
    std::copy(kMagic.begin(), kMagic.end(), h.begin());
    putU32(h.data() + kVersionAt, kVersion);
    putU32(h.data() + kChunkSizeAt, chunkSize);
    const auto keyId = keyIdOf(deviceKey);
    std::copy(keyId.begin(), keyId.end(), h.begin() + kKeyIdAt);
    randombytes_buf(h.data() + kNonceBaseAt, kNonceBytes);
    randombytes_buf(h.data() + kWrapNonceAt, kNonceBytes);
    crypto_aead_xchacha20poly1305_ietf_keygen(file.key.data());
    unsigned long long wrappedSize = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(h.data() + kWrappedKeyAt, &wrappedSize, file.key.data(),
                                               file.key.size(), h.data(), kWrappedKeyAt, nullptr,
                                               h.data() + kWrapNonceAt, deviceKey.bytes().data());
    file.hashHeader();
}

// Checks a stored header and unwraps the file's key.
MediaResult<void> readHeader(FileCrypto& file, const unsigned char* stored, const DeviceKey& deviceKey,
                             const std::string& path)
{
    ensureSodium();
    file.forgetCipher();
    if (!std::equal(kMagic.begin(), kMagic.end(), stored))
        return mediaFail(MediaErrorCode::Format, path + " is not a Lectern media file");
    if (getU32(stored + kVersionAt) != kVersion)
        return mediaFail(MediaErrorCode::Format,
                         path + ": unsupported media file version " + std::to_string(getU32(stored + kVersionAt)));
    const std::uint32_t chunkSize = getU32(stored + kChunkSizeAt);
    if (chunkSize < kMinMediaChunkSize || chunkSize > kMaxMediaChunkSize)
        return mediaFail(MediaErrorCode::Corrupt, path + ": damaged header (chunk size)");
    const auto keyId = keyIdOf(deviceKey);
    if (sodium_memcmp(keyId.data(), stored + kKeyIdAt, keyId.size()) != 0)
        return mediaFail(MediaErrorCode::WrongKey, path + " was stored with another device's key");
    std::copy_n(stored, kHeaderBytes, file.header.begin());
    file.chunkSize = chunkSize;
    unsigned long long keySize = 0;
    // The header before the wrapped key is its associated data: any change to
    // it, or to the wrapped key, fails here.
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(file.key.data(), &keySize, nullptr, stored + kWrappedKeyAt,
                                                   kFileKeyBytes + kTagBytes, stored, kWrappedKeyAt,
                                                   stored + kWrapNonceAt, deviceKey.bytes().data())
            != 0
        || keySize != kFileKeyBytes)
        return mediaFail(MediaErrorCode::Corrupt, path + ": damaged header (the file key does not unwrap)");
    file.hashHeader();
    return {};
}

} // namespace

// ---------------------------------------------------------------------------
// EncryptedFileSink

struct EncryptedFileSink::Crypto {
    std::optional<DeviceKey> deviceKey; // until commit: a discarded download may start a new file
    FileCrypto file;
};

EncryptedFileSink::EncryptedFileSink(std::filesystem::path finalPath, const DeviceKey& deviceKey,
                                     EncryptedSinkOptions options)
    : m_final(std::move(finalPath))
    , m_partial(m_final.string() + ".part")
    , m_options(std::move(options))
    , m_crypto(std::make_unique<Crypto>())
{
    m_crypto->deviceKey = deviceKey;
}

EncryptedFileSink::~EncryptedFileSink()
{
    close();
    if (m_plain)
        sodium_memzero(m_plain.get(), m_crypto->file.chunkSize);
}

void EncryptedFileSink::close()
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
}

MediaResult<void> EncryptedFileSink::usable() const
{
    if (m_done)
        return mediaFail(MediaErrorCode::Io, m_partial.string() + ": already committed");
    if (m_failed)
        return mediaFail(MediaErrorCode::Io, m_partial.string() + ": an earlier write failed; resume with a new sink");
    return {};
}

MediaResult<void> EncryptedFileSink::broken(MediaError error)
{
    m_failed = true;
    return std::unexpected(std::move(error));
}

MediaResult<void> EncryptedFileSink::open()
{
    if (m_opened)
        return usable();
    if (auto ok = usable(); !ok)
        return ok;
    const std::filesystem::path directory = m_final.parent_path();
    std::error_code ec;
    if (!directory.empty())
        std::filesystem::create_directories(directory, ec);
    if (ec)
        return broken({MediaErrorCode::Io, "cannot create " + directory.string() + ": " + ec.message()});
    m_fd = ::open(m_partial.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (m_fd < 0)
        return broken({writeErrorCode(errno), "cannot open " + m_partial.string() + ": " + errnoText(errno)});
    struct stat info {};
    if (::fstat(m_fd, &info) != 0)
        return broken({MediaErrorCode::Io, "cannot stat " + m_partial.string() + ": " + errnoText(errno)});

    bool resumed = false;
    std::array<unsigned char, kHeaderBytes> stored{};
    if (static_cast<std::uint64_t>(info.st_size) >= kHeaderBytes
        && readFully(m_fd, stored.data(), stored.size(), 0) == static_cast<long>(kHeaderBytes)) {
        // Another device's key, another version, a torn header: not ours to
        // continue, so it is started afresh below.
        resumed = readHeader(m_crypto->file, stored.data(), *m_crypto->deviceKey, m_partial.string()).has_value();
    }
    if (!resumed) {
        const std::uint32_t chunkSize = m_options.chunkSize;
        if (chunkSize < kMinMediaChunkSize || chunkSize > kMaxMediaChunkSize)
            return broken({MediaErrorCode::Format, "chunk size " + std::to_string(chunkSize) + " out of range"});
        makeHeader(m_crypto->file, *m_crypto->deviceKey, chunkSize);
    }
    m_plain = std::make_unique<unsigned char[]>(m_crypto->file.chunkSize);
    m_sealed = std::make_unique<unsigned char[]>(m_crypto->file.slotBytes());
    m_opened = true;
    return resumed ? resume(static_cast<std::uint64_t>(info.st_size)) : startNew();
}

MediaResult<void> EncryptedFileSink::startNew()
{
    if (::ftruncate(m_fd, 0) != 0)
        return broken({MediaErrorCode::Io, "cannot truncate " + m_partial.string() + ": " + errnoText(errno)});
    m_chunks = m_durableChunks = 0;
    return writeAt(m_crypto->file.header.data(), kHeaderBytes, 0, 0);
}

// Keeps the longest run of whole chunks that ends in one that authenticates
// as a non-final chunk at its index; whatever follows (a torn write, garbage,
// a final chunk whose rename never happened) is cut off. Earlier chunks are
// checked by readPrefix(), which decrypts them all anyway.
MediaResult<void> EncryptedFileSink::resume(std::uint64_t fileSize)
{
    const FileCrypto& file = m_crypto->file;
    std::uint64_t keep = (fileSize - kHeaderBytes) / file.slotBytes();
    while (keep > 0) {
        const long got = readFully(m_fd, m_sealed.get(), file.slotBytes(), file.chunkOffset(keep - 1));
        if (got < 0)
            return broken({MediaErrorCode::Io, "cannot read " + m_partial.string() + ": " + errnoText(errno)});
        const bool ok = static_cast<std::uint64_t>(got) == file.slotBytes()
                        && file.open(keep - 1, false, m_sealed.get(), file.slotBytes(), m_plain.get());
        sodium_memzero(m_plain.get(), file.chunkSize);
        if (ok)
            break;
        --keep;
    }
    const auto end = file.chunkOffset(keep);
    if (end != fileSize && ::ftruncate(m_fd, static_cast<off_t>(end)) != 0)
        return broken({MediaErrorCode::Io, "cannot trim " + m_partial.string() + ": " + errnoText(errno)});
    // What is counted as durable must be on the disk, not only in the page
    // cache of a process that was killed.
    if (::fdatasync(m_fd) != 0)
        return broken({writeErrorCode(errno), "cannot sync " + m_partial.string() + ": " + errnoText(errno)});
    m_chunks = m_durableChunks = keep;
    return {};
}

MediaResult<void> EncryptedFileSink::writeAt(const unsigned char* data, std::size_t size, std::uint64_t offset,
                                             std::uint64_t keepOnFailure)
{
    std::size_t written = 0;
    while (written < size) {
        const long n = m_options.write
                           ? m_options.write(m_fd, data + written, size - written, offset + written)
                           : static_cast<long>(::pwrite(m_fd, data + written, size - written,
                                                        static_cast<off_t>(offset + written)));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            const int error = n == 0 ? ENOSPC : errno;
            // Leave only whole authenticated chunks behind. If even this
            // fails, the next sink's resume() trims the torn piece.
            (void)::ftruncate(m_fd, static_cast<off_t>(keepOnFailure));
            return broken({writeErrorCode(error), "cannot write " + m_partial.string() + ": " + errnoText(error)});
        }
        written += static_cast<std::size_t>(n);
    }
    m_writeback.wrote(m_fd, size);
    return {};
}

MediaResult<void> EncryptedFileSink::writeChunk(std::size_t size, bool final)
{
    const auto sealedFromBuffer = writeChunk(m_plain.get(), size, final);
    sodium_memzero(m_plain.get(), size);
    m_pending = 0;
    return sealedFromBuffer;
}

MediaResult<void> EncryptedFileSink::writeChunk(const unsigned char* plaintext, std::size_t size, bool final)
{
    const FileCrypto& file = m_crypto->file;
    file.seal(m_chunks, final, plaintext, size, m_sealed.get());
    if (auto ok = writeAt(m_sealed.get(), size + kTagBytes, file.chunkOffset(m_chunks), file.chunkOffset(m_chunks));
        !ok)
        return ok;
    if (!final)
        ++m_chunks;
    return {};
}

MediaResult<std::uint64_t> EncryptedFileSink::resumableBytes()
{
    if (auto ok = open(); !ok)
        return std::unexpected(ok.error());
    return m_durableChunks * m_crypto->file.chunkSize;
}

MediaResult<void> EncryptedFileSink::readPrefix(const std::function<void(std::string_view)>& consume)
{
    if (auto ok = open(); !ok)
        return ok;
    const FileCrypto& file = m_crypto->file;
    // Its own buffer: m_plain may hold appended bytes not yet sealed.
    std::vector<unsigned char> plain(file.chunkSize);
    MediaResult<void> result;
    for (std::uint64_t index = 0; index < m_durableChunks && result; ++index) {
        const long got = readFully(m_fd, m_sealed.get(), file.slotBytes(), file.chunkOffset(index));
        if (got < 0)
            result = mediaFail(MediaErrorCode::Io, "cannot read " + m_partial.string() + ": " + errnoText(errno));
        else if (static_cast<std::uint64_t>(got) != file.slotBytes()
                 || !file.open(index, false, m_sealed.get(), file.slotBytes(), plain.data()))
            result = mediaFail(MediaErrorCode::Corrupt,
                               m_partial.string() + ": chunk " + std::to_string(index) + " fails authentication");
        else
            consume(std::string_view(reinterpret_cast<const char*>(plain.data()), plain.size()));
    }
    sodium_memzero(plain.data(), plain.size());
    return result;
}

MediaResult<void> EncryptedFileSink::append(std::string_view plaintext)
{
    if (auto ok = open(); !ok)
        return ok;
    const std::size_t chunkSize = m_crypto->file.chunkSize;
    const auto* data = reinterpret_cast<const unsigned char*>(plaintext.data());
    std::size_t left = plaintext.size();
    while (left > 0) {
        // A full chunk is sealed only now that we know more follows it.
        if (m_pending == chunkSize) {
            if (auto ok = writeChunk(chunkSize, false); !ok)
                return ok;
        }
        // A whole chunk with more after it is sealed straight from the
        // caller's bytes: no copy through m_plain (most of a download).
        if (m_pending == 0 && left > chunkSize) {
            if (auto ok = writeChunk(data, chunkSize, false); !ok)
                return ok;
            data += chunkSize;
            left -= chunkSize;
            continue;
        }
        const std::size_t take = std::min(left, chunkSize - m_pending);
        std::memcpy(m_plain.get() + m_pending, data, take);
        m_pending += take;
        data += take;
        left -= take;
    }
    return {};
}

MediaResult<void> EncryptedFileSink::checkpoint()
{
    if (auto ok = open(); !ok)
        return ok;
    if (::fdatasync(m_fd) != 0)
        return broken({writeErrorCode(errno), "cannot sync " + m_partial.string() + ": " + errnoText(errno)});
    m_durableChunks = m_chunks;
    return {};
}

MediaResult<void> EncryptedFileSink::commit()
{
    if (auto ok = open(); !ok)
        return ok;
    const FileCrypto& file = m_crypto->file;
    if (m_pending == 0 && m_chunks > 0) {
        // Resumed with nothing left to fetch: the last stored chunk becomes the
        // final one, sealed anew under the final nonce.
        const std::uint64_t last = m_chunks - 1;
        const long got = readFully(m_fd, m_sealed.get(), file.slotBytes(), file.chunkOffset(last));
        if (got != static_cast<long>(file.slotBytes())
            || !file.open(last, false, m_sealed.get(), file.slotBytes(), m_plain.get()))
            return broken({MediaErrorCode::Corrupt,
                           m_partial.string() + ": chunk " + std::to_string(last) + " fails authentication"});
        m_chunks = last;
        m_durableChunks = std::min(m_durableChunks, m_chunks);
        m_pending = file.chunkSize;
    }
    const std::uint64_t end = file.chunkOffset(m_chunks) + m_pending + kTagBytes;
    if (auto ok = writeChunk(m_pending, true); !ok)
        return ok;
    // Nothing may follow the final chunk, or the reader would look for it elsewhere.
    if (::ftruncate(m_fd, static_cast<off_t>(end)) != 0)
        return broken({MediaErrorCode::Io, "cannot trim " + m_partial.string() + ": " + errnoText(errno)});
    if (::fsync(m_fd) != 0)
        return broken({writeErrorCode(errno), "cannot sync " + m_partial.string() + ": " + errnoText(errno)});
    close();
    if (::rename(m_partial.c_str(), m_final.c_str()) != 0)
        return broken({MediaErrorCode::Io, "cannot rename " + m_partial.string() + ": " + errnoText(errno)});
    syncDirectory(m_final.parent_path());
    m_done = true;
    m_crypto->deviceKey.reset();
    return {};
}

void EncryptedFileSink::discard()
{
    close();
    if (m_plain)
        sodium_memzero(m_plain.get(), m_crypto->file.chunkSize);
    m_pending = 0;
    ::unlink(m_partial.c_str());
    syncDirectory(m_final.parent_path());
    // Back to a sink that has opened nothing: the next use (a download that
    // restarts from zero) begins a new file with a new key and nonces.
    m_opened = false;
    m_failed = false;
    m_chunks = 0;
    m_durableChunks = 0;
    m_writeback = EarlyWriteback{};
}

// ---------------------------------------------------------------------------
// EncryptedFileReader

struct EncryptedFileReader::State {
    std::string path;
    int fd = -1;
    FileCrypto file;
    std::uint64_t size = 0;       // plaintext bytes
    std::uint64_t lastChunk = 0;  // index of the final chunk
    std::size_t lastChunkBytes = 0;
    std::unique_ptr<unsigned char[]> plain; // the cached chunk
    std::unique_ptr<unsigned char[]> sealed;
    std::uint64_t cachedChunk = std::numeric_limits<std::uint64_t>::max();

    ~State()
    {
        if (fd >= 0)
            ::close(fd);
        if (plain)
            sodium_memzero(plain.get(), file.chunkSize);
    }

    [[nodiscard]] std::size_t chunkBytes(std::uint64_t index) const
    {
        return index == lastChunk ? lastChunkBytes : file.chunkSize;
    }

    // Authenticates and decrypts chunk `index` into `target` (chunkBytes(index) long).
    [[nodiscard]] MediaResult<void> decrypt(std::uint64_t index, unsigned char* target)
    {
        const std::size_t bytes = chunkBytes(index);
        const long got = readFully(fd, sealed.get(), bytes + kTagBytes, file.chunkOffset(index));
        if (got < 0)
            return mediaFail(MediaErrorCode::Io, "cannot read " + path + ": " + errnoText(errno));
        if (static_cast<std::size_t>(got) != bytes + kTagBytes
            || !file.open(index, index == lastChunk, sealed.get(), bytes + kTagBytes, target))
            return mediaFail(MediaErrorCode::Corrupt,
                             path + ": chunk " + std::to_string(index) + " fails authentication");
        return {};
    }

    [[nodiscard]] MediaResult<void> load(std::uint64_t index)
    {
        if (index == cachedChunk)
            return {};
        cachedChunk = std::numeric_limits<std::uint64_t>::max();
        if (auto ok = decrypt(index, plain.get()); !ok)
            return ok;
        cachedChunk = index;
        return {};
    }
};

EncryptedFileReader::EncryptedFileReader(std::unique_ptr<State> state)
    : m_state(std::move(state))
{
}

EncryptedFileReader::EncryptedFileReader(EncryptedFileReader&& other) noexcept = default;
EncryptedFileReader& EncryptedFileReader::operator=(EncryptedFileReader&& other) noexcept = default;
EncryptedFileReader::~EncryptedFileReader() = default;

MediaResult<EncryptedFileReader> EncryptedFileReader::open(const std::filesystem::path& path,
                                                           const DeviceKey& deviceKey)
{
    auto state = std::make_unique<State>();
    state->path = path.string();
    state->fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (state->fd < 0) {
        if (errno == ENOENT || errno == ENOTDIR)
            return mediaFail(MediaErrorCode::NotFound, "no file " + state->path);
        return mediaFail(MediaErrorCode::Io, "cannot open " + state->path + ": " + errnoText(errno));
    }
    struct stat info {};
    if (::fstat(state->fd, &info) != 0)
        return mediaFail(MediaErrorCode::Io, "cannot stat " + state->path + ": " + errnoText(errno));
    const auto fileSize = static_cast<std::uint64_t>(info.st_size);

    std::array<unsigned char, kHeaderBytes> header{};
    const long got = readFully(state->fd, header.data(), header.size(), 0);
    if (got < 0)
        return mediaFail(MediaErrorCode::Io, "cannot read " + state->path + ": " + errnoText(errno));
    if (static_cast<std::size_t>(got) < kMagic.size()
        || !std::equal(kMagic.begin(), kMagic.end(), header.begin()))
        return mediaFail(MediaErrorCode::Format, state->path + " is not a Lectern media file");
    if (static_cast<std::size_t>(got) < kHeaderBytes)
        return mediaFail(MediaErrorCode::Corrupt, state->path + ": truncated header");
    if (auto ok = readHeader(state->file, header.data(), deviceKey, state->path); !ok)
        return std::unexpected(ok.error());

    // Every chunk but the last is full; the last is the final one. Its
    // position follows from the file size alone, and open() authenticates it
    // as final, so a file cut at any point is Corrupt here.
    const std::uint64_t body = fileSize - kHeaderBytes;
    const std::uint64_t slot = state->file.slotBytes();
    const std::uint64_t whole = body / slot;
    const std::uint64_t rest = body % slot;
    if (rest == 0 && whole == 0)
        return mediaFail(MediaErrorCode::Corrupt, state->path + ": no final chunk (unfinished download?)");
    if (rest != 0 && rest < kTagBytes)
        return mediaFail(MediaErrorCode::Corrupt, state->path + ": truncated");
    state->lastChunk = rest == 0 ? whole - 1 : whole;
    state->lastChunkBytes = rest == 0 ? state->file.chunkSize : static_cast<std::size_t>(rest - kTagBytes);
    state->size = state->lastChunk * state->file.chunkSize + state->lastChunkBytes;
    state->plain = std::make_unique<unsigned char[]>(state->file.chunkSize);
    state->sealed = std::make_unique<unsigned char[]>(slot);
    if (auto ok = state->load(state->lastChunk); !ok)
        return mediaFail(MediaErrorCode::Corrupt,
                         state->path + ": the final chunk is missing or damaged (truncated or unfinished file)");
    return EncryptedFileReader(std::move(state));
}

std::uint64_t EncryptedFileReader::plaintextSize() const
{
    return m_state->size;
}

std::uint32_t EncryptedFileReader::chunkSize() const
{
    return m_state->file.chunkSize;
}

MediaResult<std::size_t> EncryptedFileReader::readAt(std::uint64_t offset, std::span<std::byte> out)
{
    State& s = *m_state;
    if (offset >= s.size || out.empty())
        return std::size_t{0};
    const std::size_t total = static_cast<std::size_t>(std::min<std::uint64_t>(out.size(), s.size - offset));
    std::size_t copied = 0;
    while (copied < total) {
        const std::uint64_t position = offset + copied;
        const std::uint64_t index = position / s.file.chunkSize;
        const std::size_t within = static_cast<std::size_t>(position % s.file.chunkSize);
        const std::size_t available = s.chunkBytes(index) - within;
        const std::size_t take = std::min(available, total - copied);
        auto* target = reinterpret_cast<unsigned char*>(out.data() + copied);
        if (within == 0 && take == available && index != s.cachedChunk) {
            // A whole chunk the caller wants: decrypted straight into its buffer
            // (on failure libsodium leaves zeros there, and we return an error).
            if (auto ok = s.decrypt(index, target); !ok)
                return std::unexpected(ok.error());
            copied += take;
            continue;
        }
        if (auto ok = s.load(index); !ok)
            return std::unexpected(ok.error());
        std::memcpy(target, s.plain.get() + within, take);
        copied += take;
    }
    return copied;
}

} // namespace lectern::media
