// Paid lessons at rest: a chunked file sealed with XChaCha20-Poly1305 under a
// random per-file key, which is itself wrapped with the device key. Chunks can
// be decrypted one at a time, so the player reads with random access and no
// plaintext ever reaches the disk. The byte layout is docs/media-format.md.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <span>
#include <string_view>

#include "media/device_key.h"
#include "media/early_writeback.h"
#include "media/media_error.h"
#include "media/media_sink.h"

namespace lectern::media {

// Plaintext bytes per chunk for new files. A file records its own chunk size.
inline constexpr std::uint32_t kDefaultMediaChunkSize = 64 * 1024;
inline constexpr std::uint32_t kMinMediaChunkSize = 64;
inline constexpr std::uint32_t kMaxMediaChunkSize = 16 * 1024 * 1024;

// How the sink puts ciphertext on disk: pwrite() semantics (bytes written, or
// -1 with errno set). A seam for tests that need ENOSPC or a torn write.
using MediaWriteFunction = std::function<long(int fd, const void* data, std::size_t size, std::uint64_t offset)>;

struct EncryptedSinkOptions {
    std::uint32_t chunkSize = kDefaultMediaChunkSize; // for a new file; a resumed one keeps its own
    MediaWriteFunction write;                         // empty: ::pwrite
};

// Writes `<final>.part` and renames it to `<final>` on commit(). Not thread-safe:
// one downloader drives one sink.
//
// Durability: a chunk is written once the sink knows it is not the last one
// (more plaintext follows it), because the last chunk is sealed differently
// ("final") and a chunk is never sealed twice under one nonce. So checkpoint()
// makes everything durable except the newest up-to-one-chunk of plaintext
// (≤ 64 KiB by default), which is fetched again after a crash.
//
// A .part that cannot be trusted — another device's key, a damaged header, a
// torn or tampered tail — is trimmed to its last authenticated chunk (or
// started afresh) on first use; resumableBytes() reports what is left.
// After a failed write (DiskFull, Io) the sink refuses further writes; the
// partial keeps only whole authenticated chunks, and a new sink resumes from them.
// discard() deletes the .part and leaves the sink as if new: the downloader's
// restart from zero (the server's file changed) begins a fresh file through it.
class EncryptedFileSink final : public MediaSink {
public:
    // The folder of `finalPath` is created when missing. The device key is
    // kept until commit(), for a fresh file after a discard().
    EncryptedFileSink(std::filesystem::path finalPath, const DeviceKey& deviceKey, EncryptedSinkOptions options = {});
    ~EncryptedFileSink() override;
    EncryptedFileSink(const EncryptedFileSink&) = delete;
    EncryptedFileSink& operator=(const EncryptedFileSink&) = delete;

    [[nodiscard]] MediaResult<std::uint64_t> resumableBytes() override;
    [[nodiscard]] MediaResult<void> readPrefix(const std::function<void(std::string_view)>& consume) override;
    [[nodiscard]] MediaResult<void> append(std::string_view plaintext) override;
    [[nodiscard]] MediaResult<void> checkpoint() override;
    [[nodiscard]] MediaResult<void> commit() override;
    void discard() override;

    [[nodiscard]] const std::filesystem::path& finalPath() const { return m_final; }
    [[nodiscard]] const std::filesystem::path& partialPath() const { return m_partial; }

private:
    struct Crypto;
    [[nodiscard]] MediaResult<void> open();
    [[nodiscard]] MediaResult<void> startNew();
    [[nodiscard]] MediaResult<void> writeChunk(std::size_t size, bool final); // from m_plain, then wiped
    [[nodiscard]] MediaResult<void> writeChunk(const unsigned char* plaintext, std::size_t size, bool final);
    [[nodiscard]] MediaResult<void> writeAt(const unsigned char* data, std::size_t size, std::uint64_t offset,
                                            std::uint64_t keepOnFailure);
    [[nodiscard]] MediaResult<void> resume(std::uint64_t fileSize);
    [[nodiscard]] MediaResult<void> broken(MediaError error);
    [[nodiscard]] MediaResult<void> usable() const;
    void close();

    std::filesystem::path m_final;
    std::filesystem::path m_partial;
    EncryptedSinkOptions m_options;
    std::unique_ptr<Crypto> m_crypto;          // device key until opened, then the file's key and header
    std::unique_ptr<unsigned char[]> m_plain;  // one chunk of plaintext not yet sealed (wiped when consumed)
    std::unique_ptr<unsigned char[]> m_sealed; // one sealed chunk on its way to the disk
    std::size_t m_pending = 0;                 // bytes in m_plain
    std::uint64_t m_chunks = 0;          // whole non-final chunks in the .part
    std::uint64_t m_durableChunks = 0;   // of those, fsynced
    int m_fd = -1;
    EarlyWriteback m_writeback;
    bool m_opened = false;
    bool m_failed = false; // a write failed: nothing more goes in
    bool m_done = false;   // committed or discarded
};

// Random-access plaintext of a finished encrypted file. open() authenticates
// the header and the final chunk (so truncation is caught up front); every
// read authenticates the chunks it touches, so a read either returns the
// original bytes or an error, never altered plaintext. Holds one decrypted
// chunk as a cache. Not thread-safe: one reader per thread (they are cheap).
class EncryptedFileReader final {
public:
    // NotFound (no such file), Format (not a Lectern media file / unsupported
    // version), WrongKey (made on another device), Corrupt (damaged, truncated,
    // or a .part without its final chunk), Io.
    [[nodiscard]] static MediaResult<EncryptedFileReader> open(const std::filesystem::path& path,
                                                               const DeviceKey& deviceKey);

    EncryptedFileReader(EncryptedFileReader&& other) noexcept;
    EncryptedFileReader& operator=(EncryptedFileReader&& other) noexcept;
    ~EncryptedFileReader();

    [[nodiscard]] std::uint64_t plaintextSize() const;
    [[nodiscard]] std::uint32_t chunkSize() const;

    // Copies plaintext from `offset` into `out`; returns how many bytes were
    // copied: out.size(), fewer at the end of the file, 0 at or past it.
    // Corrupt when a chunk fails authentication; `out` then holds nothing to use.
    // Whole chunks are decrypted straight into `out`; a partial one goes
    // through the one-chunk cache, so small sequential reads decrypt it once.
    [[nodiscard]] MediaResult<std::size_t> readAt(std::uint64_t offset, std::span<std::byte> out);
    [[nodiscard]] MediaResult<std::size_t> readAt(std::uint64_t offset, std::span<char> out)
    {
        return readAt(offset, std::as_writable_bytes(out));
    }

private:
    struct State;
    explicit EncryptedFileReader(std::unique_ptr<State> state);
    std::unique_ptr<State> m_state;
};

} // namespace lectern::media
