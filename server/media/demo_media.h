// Lesson media for `--demo`: real, playable, small files made at start-up, so
// nothing binary is committed. With ffmpeg on PATH: H.264/AAC MP4 for video and
// AAC M4A for audio; without it: PCM WAV tones for both. A handful of distinct
// files are generated once and hard-linked per lesson (articles get their own
// Markdown text), which keeps ~550 lessons well under a second.
#pragma once

#include "media/media_library.h"
#include "protocol/catalog_types.h"

namespace lectern::server {

struct DemoMediaOptions {
    bool allowFfmpeg = true; // false: always WAV (fast, deterministic tests)
};

// Idempotent: lessons whose media row and file exist are left alone.
// Returns how many lessons got new media.
[[nodiscard]] Result<int> generateDemoMedia(MediaLibrary& library, const protocol::Catalog& catalog,
                                            DemoMediaOptions options = {});

// A mono 8-bit PCM WAV of a sine tone (valid RIFF; every player reads it).
[[nodiscard]] std::string makeWavTone(double frequencyHz, int seconds, int sampleRate = 8000);

} // namespace lectern::server
