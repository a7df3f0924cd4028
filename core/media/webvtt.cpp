#include "media/webvtt.h"

#include <algorithm>
#include <array>
#include <utility>

namespace lectern::media {

namespace {

// Splits into lines on LF, CRLF or a lone CR (all three are valid in WebVTT).
std::vector<std::string_view> splitLines(std::string_view text)
{
    std::vector<std::string_view> lines;
    std::size_t start = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '\n' && text[i] != '\r')
            continue;
        lines.push_back(text.substr(start, i - start));
        if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n')
            ++i;
        start = i + 1;
    }
    if (start < text.size())
        lines.push_back(text.substr(start));
    return lines;
}

bool isBlank(std::string_view line)
{
    return std::all_of(line.begin(), line.end(), [](char c) { return c == ' ' || c == '\t'; });
}

std::string_view trim(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

bool allDigits(std::string_view s)
{
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::int64_t toNumber(std::string_view digits)
{
    std::int64_t value = 0;
    for (const char c : digits) {
        value = value * 10 + (c - '0');
        if (value > 1'000'000'000)
            return -1; // nobody's lesson is 30 years long; keeps the arithmetic in range
    }
    return value;
}

// Removes markup (<b>, <i>, <v Name>, <c.class>, <00:00:01.000>) and decodes the
// character references WebVTT allows.
std::string plainCueText(std::string_view raw)
{
    std::string out;
    out.reserve(raw.size());
    for (std::size_t i = 0; i < raw.size(); ++i) {
        const char c = raw[i];
        if (c == '<') {
            const std::size_t close = raw.find('>', i);
            if (close == std::string_view::npos)
                break; // an unterminated tag hides the rest, as in browsers
            i = close;
            continue;
        }
        if (c == '&') {
            static constexpr std::array<std::pair<std::string_view, std::string_view>, 6> kEntities{{
                {"&amp;", "&"},
                {"&lt;", "<"},
                {"&gt;", ">"},
                {"&nbsp;", "\xC2\xA0"},
                {"&lrm;", "\xE2\x80\x8E"},
                {"&rlm;", "\xE2\x80\x8F"},
            }};
            bool replaced = false;
            for (const auto& [entity, value] : kEntities) {
                if (raw.substr(i, entity.size()) == entity) {
                    out += value;
                    i += entity.size() - 1;
                    replaced = true;
                    break;
                }
            }
            if (replaced)
                continue;
        }
        out += c;
    }
    return out;
}

} // namespace

std::int64_t parseWebVttTimestamp(std::string_view text)
{
    // [hh:]mm:ss.ttt — hours may have more than two digits; minutes and seconds < 60.
    const std::size_t dot = text.find('.');
    if (dot == std::string_view::npos || text.size() - dot - 1 != 3 || !allDigits(text.substr(dot + 1)))
        return -1;
    const std::int64_t millis = toNumber(text.substr(dot + 1));
    std::string_view clock = text.substr(0, dot);
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= clock.size(); ++i) {
        if (i == clock.size() || clock[i] == ':') {
            parts.push_back(clock.substr(start, i - start));
            start = i + 1;
        }
    }
    if (parts.size() != 2 && parts.size() != 3)
        return -1;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (!allDigits(parts[i]))
            return -1;
        const bool isHours = parts.size() == 3 && i == 0;
        if (!isHours && parts[i].size() != 2)
            return -1;
    }
    const std::int64_t hours = parts.size() == 3 ? toNumber(parts[0]) : 0;
    const std::int64_t minutes = toNumber(parts[parts.size() - 2]);
    const std::int64_t seconds = toNumber(parts[parts.size() - 1]);
    if (hours < 0 || minutes >= 60 || seconds >= 60)
        return -1;
    return ((hours * 60 + minutes) * 60 + seconds) * 1000 + millis;
}

MediaResult<std::vector<WebVttCue>> parseWebVtt(std::string_view text)
{
    if (text.starts_with("\xEF\xBB\xBF"))
        text.remove_prefix(3);
    const std::vector<std::string_view> lines = splitLines(text);
    // The signature line: "WEBVTT" alone or followed by a space/tab and anything.
    if (lines.empty() || !lines[0].starts_with("WEBVTT")
        || (lines[0].size() > 6 && lines[0][6] != ' ' && lines[0][6] != '\t'))
        return mediaFail(MediaErrorCode::Format, "not a WebVTT file: it must start with WEBVTT");

    std::vector<WebVttCue> cues;
    std::size_t i = 1;
    // The header runs until the first blank line.
    while (i < lines.size() && !isBlank(lines[i]))
        ++i;
    while (i < lines.size()) {
        while (i < lines.size() && isBlank(lines[i]))
            ++i;
        if (i >= lines.size())
            break;
        const std::size_t blockStart = i;
        std::size_t blockEnd = i;
        while (blockEnd < lines.size() && !isBlank(lines[blockEnd]))
            ++blockEnd;
        i = blockEnd;

        // NOTE, STYLE and REGION blocks carry no cue. A block whose first line has
        // no "-->" may be a cue identifier; the timing line follows it.
        std::size_t timing = blockStart;
        if (lines[timing].find("-->") == std::string_view::npos) {
            const std::string_view first = lines[timing];
            if (first.starts_with("NOTE") || first.starts_with("STYLE") || first.starts_with("REGION"))
                continue;
            ++timing;
        }
        if (timing >= blockEnd)
            continue;
        const std::string_view timingLine = lines[timing];
        const std::size_t arrow = timingLine.find("-->");
        if (arrow == std::string_view::npos)
            continue;
        const std::string_view startText = trim(timingLine.substr(0, arrow));
        std::string_view rest = trim(timingLine.substr(arrow + 3));
        const std::size_t space = rest.find_first_of(" \t");
        const std::string_view endText = rest.substr(0, space); // settings (align:…) follow a space
        const std::int64_t start = parseWebVttTimestamp(startText);
        const std::int64_t end = parseWebVttTimestamp(endText);
        if (start < 0 || end < 0 || end <= start)
            continue;

        std::string payload;
        for (std::size_t line = timing + 1; line < blockEnd; ++line) {
            if (!payload.empty())
                payload += '\n';
            payload += plainCueText(lines[line]);
        }
        cues.push_back(WebVttCue{start, end, std::move(payload)});
    }
    std::stable_sort(cues.begin(), cues.end(),
                     [](const WebVttCue& a, const WebVttCue& b) { return a.startMs < b.startMs; });
    return cues;
}

std::string webVttTextAt(const std::vector<WebVttCue>& cues, std::int64_t positionMs)
{
    std::string text;
    for (const WebVttCue& cue : cues) {
        if (cue.startMs > positionMs)
            break; // sorted by start
        if (positionMs < cue.endMs && !cue.text.empty()) {
            if (!text.empty())
                text += '\n';
            text += cue.text;
        }
    }
    return text;
}

} // namespace lectern::media
