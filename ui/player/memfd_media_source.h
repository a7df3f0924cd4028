// Plays a PlaintextSource (an encrypted download's reader, or a plain file) from
// anonymous memory: the plaintext is copied into a memfd, sealed against any
// change, and handed to QMediaPlayer as /proc/self/fd/N. GStreamer then reads an
// ordinary seekable file, which keeps seeking reliable (QMediaPlayer's
// setSourceDevice path is not; see docs/architecture.md, "Player").
#pragma once

#include <atomic>
#include <memory>

#include <QUrl>

#include "media/media_error.h"
#include "player/lesson_media_locator.h"

namespace lectern::ui {

class MemfdMediaSource final {
public:
    // Copies all of `source` into a new sealed memfd. Blocking (run it off the UI
    // thread for large lessons); `cancel` stops it early with Cancelled. Errors
    // from readAt() come back unchanged (Corrupt for a tampered encrypted chunk).
    [[nodiscard]] static media::MediaResult<std::unique_ptr<MemfdMediaSource>> create(
        const PlaintextSource& source, const std::atomic<bool>* cancel = nullptr);

    ~MemfdMediaSource();
    MemfdMediaSource(const MemfdMediaSource&) = delete;
    MemfdMediaSource& operator=(const MemfdMediaSource&) = delete;

    // file:///proc/self/fd/N — valid while this object lives.
    [[nodiscard]] QUrl url() const;
    [[nodiscard]] int fd() const { return m_fd; }
    [[nodiscard]] std::uint64_t size() const { return m_size; }

private:
    MemfdMediaSource(int fd, std::uint64_t size);

    int m_fd = -1;
    std::uint64_t m_size = 0;
};

} // namespace lectern::ui
