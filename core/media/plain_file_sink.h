// A MediaSink that keeps the bytes as they are: free previews, tests and
// benchmarks. Writes <final>.part, and on commit() fsyncs it, renames it over
// <final> and fsyncs the folder, so after a crash either the whole file or
// no file is at the final path.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>

#include "media/early_writeback.h"
#include "media/media_sink.h"

namespace lectern::media {

class PlainFileSink final : public MediaSink {
public:
    // The folder of `finalPath` is created when missing.
    explicit PlainFileSink(std::filesystem::path finalPath, std::size_t bufferBytes = std::size_t{1} << 20);
    ~PlainFileSink() override;
    PlainFileSink(const PlainFileSink&) = delete;
    PlainFileSink& operator=(const PlainFileSink&) = delete;

    // The partial file's length: every byte a write() put there. A tail lost
    // to a power cut (never to a killed process) is caught by the
    // downloader's SHA-256 check, which then fetches the file anew.
    [[nodiscard]] MediaResult<std::uint64_t> resumableBytes() override;
    [[nodiscard]] MediaResult<void> readPrefix(const std::function<void(std::string_view)>& consume) override;
    [[nodiscard]] MediaResult<void> append(std::string_view plaintext) override;
    [[nodiscard]] MediaResult<void> checkpoint() override;
    [[nodiscard]] MediaResult<void> commit() override;
    void discard() override;

    [[nodiscard]] const std::filesystem::path& finalPath() const { return m_final; }
    [[nodiscard]] const std::filesystem::path& partialPath() const { return m_partial; }

private:
    [[nodiscard]] MediaResult<void> open();
    [[nodiscard]] MediaResult<void> flush();
    void close();

    std::filesystem::path m_final;
    std::filesystem::path m_partial;
    std::string m_buffer;
    std::size_t m_bufferBytes;
    int m_fd = -1;
    EarlyWriteback m_writeback;
};

} // namespace lectern::media
