// Runs another sink's appends on a thread of its own, so sealing and writing a
// download overlap with receiving (and hashing) it on the network thread. On a
// machine with a core to spare an encrypted download then costs about what its
// slower half costs, not the sum of both (docs/benchmarks.md, downloads).
//
// Its blocks hold plaintext (of paid lessons too): they are wiped when the
// sink goes, as the encrypted sink wipes its own buffer.
//
// Bytes reach the inner sink in order, in blocks of `blockBytes`; at most
// `depth` blocks wait, so memory stays bounded and a slow disk slows the
// network side down instead of filling RAM. An inner failure (a full disk) is
// kept and returned by the next append(), which stops the transfer; what the
// inner sink stored stays what it says it stored (resumableBytes()).
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "media/media_sink.h"

namespace lectern::media {

class ThreadedSink final : public MediaSink {
public:
    explicit ThreadedSink(MediaSink& inner, std::size_t blockBytes = std::size_t{1} << 20, std::size_t depth = 4);
    ~ThreadedSink() override; // hands over what is buffered, waits, and stops the thread
    ThreadedSink(const ThreadedSink&) = delete;
    ThreadedSink& operator=(const ThreadedSink&) = delete;

    [[nodiscard]] MediaResult<std::uint64_t> resumableBytes() override;
    [[nodiscard]] MediaResult<void> readPrefix(const std::function<void(std::string_view)>& consume) override;
    [[nodiscard]] MediaResult<void> append(std::string_view plaintext) override;
    [[nodiscard]] MediaResult<void> checkpoint() override;
    [[nodiscard]] MediaResult<void> commit() override;
    void discard() override;

    // Waits until every appended byte has reached the inner sink; the first
    // inner failure, if any. The inner sink may then be used directly.
    [[nodiscard]] MediaResult<void> drain();

private:
    MediaResult<void> handOver(); // queues the block being filled
    void run();

    MediaSink& m_inner;
    const std::size_t m_blockBytes;
    const std::size_t m_depth;
    std::string m_filling; // only touched by the appending thread

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::string> m_queue;
    std::vector<std::string> m_spare; // emptied blocks, reused
    std::optional<MediaError> m_error;
    bool m_busy = false; // the worker is inside m_inner.append
    bool m_stop = false;
    std::thread m_worker; // started in the constructor's body, once the rest is ready
};

} // namespace lectern::media
