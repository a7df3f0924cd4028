#include "media/demo_media.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>

namespace lectern::server {

namespace {

constexpr int kVariants = 4;

struct Variant {
    std::string relativePath;
    std::string contentType;
    std::uint64_t size = 0;
    std::string sha256;
};

void putLe(std::string& out, std::uint32_t value, int bytes)
{
    for (int i = 0; i < bytes; ++i)
        out += static_cast<char>((value >> (8 * i)) & 0xFF);
}

bool writeFile(const std::filesystem::path& path, const std::string& bytes)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    return static_cast<bool>(out);
}

bool haveFfmpeg() { return std::system("command -v ffmpeg >/dev/null 2>&1") == 0; }

// Paths are ours (the data folder plus fixed names), quoted for the shell.
std::string quoted(const std::filesystem::path& path)
{
    std::string out = "'";
    for (char c : path.string())
        out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

bool ffmpegVideo(const std::filesystem::path& out, int index)
{
    const int seconds = 8 + 4 * (index % 3);
    const std::string cmd = "ffmpeg -nostdin -loglevel error -y -f lavfi -i testsrc2=size=320x180:rate=24:duration="
        + std::to_string(seconds) + " -f lavfi -i sine=frequency=" + std::to_string(330 + 110 * index)
        + ":duration=" + std::to_string(seconds)
        + " -c:v libx264 -preset veryfast -g 48 -pix_fmt yuv420p -c:a aac -b:a 64k -shortest -movflags +faststart "
        + quoted(out) + " >/dev/null 2>&1";
    return std::system(cmd.c_str()) == 0;
}

bool ffmpegAudio(const std::filesystem::path& out, int index)
{
    const int seconds = 10 + 3 * index;
    const std::string cmd = "ffmpeg -nostdin -loglevel error -y -f lavfi -i sine=frequency="
        + std::to_string(440 + 110 * index) + ":duration=" + std::to_string(seconds) + " -c:a aac -b:a 64k "
        + quoted(out) + " >/dev/null 2>&1";
    return std::system(cmd.c_str()) == 0;
}

std::string articleText(const protocol::Course& course, const protocol::Section& section, const protocol::Lesson& lesson)
{
    return "# " + lesson.title + "\n\n*" + course.title + " · " + section.title + "*\n\n"
        + "This is the demo text of the lesson \"" + lesson.title + "\". A real course would teach here; the demo "
        + "server generates it so the reader, downloads and offline mode have something to show.\n\n"
        + "- Course: " + course.title + "\n- Section: " + section.title + "\n- Lesson id: `" + lesson.id + "`\n";
}

} // namespace

std::string makeWavTone(double frequencyHz, int seconds, int sampleRate)
{
    const std::uint32_t samples = static_cast<std::uint32_t>(sampleRate * seconds);
    std::string wav;
    wav.reserve(44 + samples);
    wav += "RIFF";
    putLe(wav, 36 + samples, 4);
    wav += "WAVEfmt ";
    putLe(wav, 16, 4);                                      // fmt chunk size
    putLe(wav, 1, 2);                                       // PCM
    putLe(wav, 1, 2);                                       // mono
    putLe(wav, static_cast<std::uint32_t>(sampleRate), 4);
    putLe(wav, static_cast<std::uint32_t>(sampleRate), 4);  // byte rate (8-bit mono)
    putLe(wav, 1, 2);                                       // block align
    putLe(wav, 8, 2);                                       // bits per sample
    wav += "data";
    putLe(wav, samples, 4);
    constexpr double kTwoPi = 6.283185307179586;
    for (std::uint32_t i = 0; i < samples; ++i) {
        const double t = static_cast<double>(i) / sampleRate;
        const double fade = std::min(1.0, std::min(t, seconds - t) * 20.0); // no clicks at the ends
        wav += static_cast<char>(static_cast<unsigned char>(128.0 + 60.0 * fade * std::sin(kTwoPi * frequencyHz * t)));
    }
    return wav;
}

Result<int> generateDemoMedia(MediaLibrary& library, const protocol::Catalog& catalog, DemoMediaOptions options)
{
    namespace fs = std::filesystem;
    const fs::path root = library.directory();
    std::error_code ec;
    fs::create_directories(root / "demo", ec);
    fs::create_directories(root / "lessons", ec);
    if (ec)
        return fail(ErrorCode::Io, "cannot create " + (root / "lessons").string() + ": " + ec.message());

    std::map<std::string, Variant> variants; // "video-0" → file
    const bool ffmpeg = options.allowFfmpeg && haveFfmpeg();
    auto variant = [&](protocol::LessonKind kind, int index) -> Result<Variant> {
        const bool video = kind == protocol::LessonKind::Video;
        const std::string key = std::string(video ? "video-" : "audio-") + std::to_string(index);
        if (auto it = variants.find(key); it != variants.end())
            return it->second;
        Variant v;
        bool made = false;
        if (ffmpeg) {
            v.relativePath = "demo/" + key + (video ? ".mp4" : ".m4a");
            v.contentType = video ? "video/mp4" : "audio/mp4";
            made = fs::exists(root / v.relativePath)
                || (video ? ffmpegVideo(root / v.relativePath, index) : ffmpegAudio(root / v.relativePath, index));
        }
        if (!made) {
            v.relativePath = "demo/" + key + ".wav";
            v.contentType = "audio/wav";
            if (!fs::exists(root / v.relativePath)
                && !writeFile(root / v.relativePath, makeWavTone(video ? 330.0 + 55 * index : 440.0 + 110 * index,
                                                                 8 + 2 * index)))
                return fail(ErrorCode::Io, "cannot write " + (root / v.relativePath).string());
        }
        v.size = fs::file_size(root / v.relativePath, ec);
        auto sha = MediaLibrary::sha256OfFile(root / v.relativePath);
        if (ec || !sha)
            return fail(ErrorCode::Io, "cannot read " + (root / v.relativePath).string());
        v.sha256 = *sha;
        variants.emplace(key, v);
        return v;
    };

    std::vector<MediaRecord> records;
    int index = 0;
    for (const auto& course : catalog.courses) {
        for (const auto& section : course.sections) {
            for (const auto& lesson : section.lessons) {
                if (lesson.kind == protocol::LessonKind::Quiz)
                    continue;
                ++index;
                auto existing = library.find(lesson.id);
                if (!existing)
                    return fail(ErrorCode::Database, existing.error().message);
                if (*existing) {
                    const auto file = library.fileOf(**existing);
                    if (file && fs::file_size(*file, ec) == (*existing)->size && !ec)
                        continue;
                }
                MediaRecord record;
                record.lessonId = lesson.id;
                if (lesson.kind == protocol::LessonKind::Article) {
                    const std::string text = articleText(course, section, lesson);
                    record.relativePath = "lessons/" + lesson.id + ".md";
                    record.contentType = "text/markdown; charset=utf-8";
                    if (!writeFile(root / record.relativePath, text))
                        return fail(ErrorCode::Io, "cannot write " + (root / record.relativePath).string());
                    record.size = text.size();
                    auto sha = MediaLibrary::sha256OfFile(root / record.relativePath);
                    if (!sha)
                        return std::unexpected(sha.error());
                    record.sha256 = *sha;
                } else {
                    auto v = variant(lesson.kind, index % kVariants);
                    if (!v)
                        return std::unexpected(v.error());
                    record.relativePath = "lessons/" + lesson.id + fs::path(v->relativePath).extension().string();
                    record.contentType = v->contentType;
                    record.size = v->size;
                    record.sha256 = v->sha256;
                    const fs::path target = root / record.relativePath;
                    fs::remove(target, ec);
                    // A hard link costs no space; copy where links are not allowed.
                    fs::create_hard_link(root / v->relativePath, target, ec);
                    if (ec) {
                        ec.clear();
                        fs::copy_file(root / v->relativePath, target, fs::copy_options::overwrite_existing, ec);
                        if (ec)
                            return fail(ErrorCode::Io, "cannot write " + target.string() + ": " + ec.message());
                    }
                }
                records.push_back(std::move(record));
            }
        }
    }
    if (auto ok = library.record(records); !ok)
        return fail(ErrorCode::Database, ok.error().message);
    return static_cast<int>(records.size());
}

} // namespace lectern::server
