// Where a lesson's media comes from. The player asks a LessonMediaLocator and
// gets either a plain file it may open directly, or a plaintext source (size +
// "read at offset") that it copies into anonymous memory and plays from there.
// The second form is the seam for encrypted downloads: an EncryptedFileReader's
// plaintextSize()/readAt() fit PlaintextSource as they are, and no plaintext
// ever reaches the disk.
#pragma once

#include <cstddef>
#include <cstdint>
#include <expected>
#include <functional>
#include <optional>
#include <span>

#include <QString>

#include "catalog/catalog_views.h"
#include "media/media_error.h"

namespace lectern::ui {

struct PlaintextSource {
    std::uint64_t size = 0;
    // Copies plaintext from `offset` into `out`; returns the bytes copied (fewer
    // only at the end). Called from a worker thread, one call at a time.
    std::function<media::MediaResult<std::size_t>(std::uint64_t offset, std::span<std::byte> out)> readAt;
};

// A plain file as a PlaintextSource (pread on one descriptor kept open by the source).
[[nodiscard]] media::MediaResult<PlaintextSource> plainFileSource(const QString& path);

struct LessonMedia {
    catalog::LessonKind kind = catalog::LessonKind::Video;
    QString path;                          // the media or article file; for a memory source, a name for messages
    std::optional<PlaintextSource> memory; // set: play from a sealed memfd copy, never from `path`
    QString subtitlesPath;                 // a WebVTT file, empty when there is none
};

struct LessonMediaProblem {
    enum class Code {
        Missing,     // nothing downloaded or the file is gone: download it
        NotEntitled, // the purchase or subscription does not cover it (any more)
        Corrupt,     // the file is damaged: download it again
        Unreadable,  // the disk refused (permissions, I/O)
    };
    Code code = Code::Missing;
    QString reason; // shown to the learner as is, e.g. "Your subscription ended on 3 May."
};

class LessonMediaLocator {
public:
    virtual ~LessonMediaLocator() = default;
    // Called on the UI thread; must be quick (open and check, no bulk reading).
    [[nodiscard]] virtual std::expected<LessonMedia, LessonMediaProblem> locate(const catalog::Course& course,
                                                                              const catalog::Lesson& lesson) = 0;
};

// Lessons kept as plain files in <root>/<course id>/<lesson id>.<ext> (mp4, webm,
// mp3, m4a, opus, ogg, md), with <lesson id>.vtt subtitles beside them. Until the
// downloads land, this is how lessons reach the player (free previews, tests,
// authoring). ThroughMemory plays them from a memfd copy like encrypted files.
class FolderMediaLocator final : public LessonMediaLocator {
public:
    enum class Mode { Direct, ThroughMemory };
    explicit FolderMediaLocator(QString root, Mode mode = Mode::Direct);

    [[nodiscard]] std::expected<LessonMedia, LessonMediaProblem> locate(const catalog::Course& course,
                                                                      const catalog::Lesson& lesson) override;
    [[nodiscard]] const QString& root() const { return m_root; }

private:
    QString m_root;
    Mode m_mode;
};

} // namespace lectern::ui
