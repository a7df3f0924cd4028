#include "player/lesson_media_locator.h"

#include <cerrno>
#include <cstring>
#include <memory>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <QDir>
#include <QFileInfo>

#include "text/catalog_text.h"

namespace lectern::ui {

namespace {

// Closes the descriptor when the last copy of the source's reader goes.
struct FileDescriptor {
    int fd = -1;
    ~FileDescriptor()
    {
        if (fd >= 0)
            ::close(fd);
    }
};

} // namespace

media::MediaResult<PlaintextSource> plainFileSource(const QString& path)
{
    const QByteArray native = QFile::encodeName(path);
    auto file = std::make_shared<FileDescriptor>();
    file->fd = ::open(native.constData(), O_RDONLY | O_CLOEXEC);
    if (file->fd < 0) {
        const int error = errno;
        return media::mediaFail(error == ENOENT ? media::MediaErrorCode::NotFound : media::MediaErrorCode::Io,
                                path.toStdString() + ": " + std::strerror(error));
    }
    struct stat info {};
    if (::fstat(file->fd, &info) != 0 || !S_ISREG(info.st_mode))
        return media::mediaFail(media::MediaErrorCode::Io, path.toStdString() + ": not a regular file");
    PlaintextSource source;
    source.size = static_cast<std::uint64_t>(info.st_size);
    source.readAt = [file, path](std::uint64_t offset, std::span<std::byte> out) -> media::MediaResult<std::size_t> {
        std::size_t done = 0;
        while (done < out.size()) {
            const ssize_t n = ::pread(file->fd, out.data() + done, out.size() - done, static_cast<off_t>(offset + done));
            if (n < 0 && errno == EINTR)
                continue;
            if (n < 0)
                return media::mediaFail(media::MediaErrorCode::Io, path.toStdString() + ": " + std::strerror(errno));
            if (n == 0)
                break;
            done += static_cast<std::size_t>(n);
        }
        return done;
    };
    return source;
}

FolderMediaLocator::FolderMediaLocator(QString root, Mode mode)
    : m_root(std::move(root))
    , m_mode(mode)
{
}

std::expected<LessonMedia, LessonMediaProblem> FolderMediaLocator::locate(const catalog::Course& course,
                                                                        const catalog::Lesson& lesson)
{
    const QDir folder(QDir(m_root).filePath(toQString(course.id)));
    const QString base = toQString(lesson.id);
    static const QStringList kVideo{QStringLiteral("mp4"), QStringLiteral("webm"), QStringLiteral("mkv")};
    static const QStringList kAudio{QStringLiteral("mp3"), QStringLiteral("m4a"), QStringLiteral("opus"),
                                    QStringLiteral("ogg")};
    static const QStringList kArticle{QStringLiteral("md"), QStringLiteral("markdown")};

    LessonMedia media;
    media.kind = lesson.kind;
    const QStringList& extensions = lesson.kind == catalog::LessonKind::Article ? kArticle
        : lesson.kind == catalog::LessonKind::Audio                            ? kAudio
                                                                                : kVideo;
    for (const QString& extension : extensions) {
        const QString candidate = folder.filePath(base + QLatin1Char('.') + extension);
        if (QFileInfo::exists(candidate)) {
            media.path = candidate;
            break;
        }
    }
    if (media.path.isEmpty())
        return std::unexpected(LessonMediaProblem{LessonMediaProblem::Code::Missing, {}});
    const QFileInfo info(media.path);
    if (!info.isReadable())
        return std::unexpected(LessonMediaProblem{LessonMediaProblem::Code::Unreadable, {}});
    const QString subtitles = folder.filePath(base + QStringLiteral(".vtt"));
    if (QFileInfo::exists(subtitles))
        media.subtitlesPath = subtitles;
    if (m_mode == Mode::ThroughMemory && lesson.kind != catalog::LessonKind::Article) {
        auto source = plainFileSource(media.path);
        if (!source)
            return std::unexpected(LessonMediaProblem{LessonMediaProblem::Code::Unreadable,
                                                      QString::fromStdString(source.error().detail)});
        media.memory = std::move(*source);
    }
    return media;
}

} // namespace lectern::ui
