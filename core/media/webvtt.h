// WebVTT subtitles (the .vtt file beside a lesson's media): cues with their times
// and text, parsed leniently the way players do (a bad cue is skipped, not fatal).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "media/media_error.h"

namespace lectern::media {

struct WebVttCue {
    std::int64_t startMs = 0;
    std::int64_t endMs = 0;
    std::string text; // lines joined with '\n'; tags such as <b> or <v Speaker> removed
    bool operator==(const WebVttCue&) const = default;
};

// Format when the text does not start with the "WEBVTT" signature. Cues come out
// sorted by start time; cues with a broken timing line or end <= start are dropped.
[[nodiscard]] MediaResult<std::vector<WebVttCue>> parseWebVtt(std::string_view text);

// "01:02:03.456" or "02:03.456" in milliseconds; -1 when it is not a timestamp.
[[nodiscard]] std::int64_t parseWebVttTimestamp(std::string_view text);

// The text shown at `positionMs` (overlapping cues joined by '\n'); empty when none.
[[nodiscard]] std::string webVttTextAt(const std::vector<WebVttCue>& cues, std::int64_t positionMs);

} // namespace lectern::media
