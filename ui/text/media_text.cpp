#include "text/media_text.h"

#include <QLocale>

namespace lectern::ui {

QString MediaText::size(quint64 bytes)
{
    return QLocale().formattedDataSize(static_cast<qint64>(bytes), 1, QLocale::DataSizeTraditionalFormat);
}

namespace {

int percent(const media::DownloadEntry& entry)
{
    if (entry.bytesTotal == 0)
        return 0;
    return static_cast<int>(entry.bytesDone * 100 / entry.bytesTotal);
}

} // namespace

QString MediaText::downloadStatus(const media::DownloadEntry& entry, bool heldUntilIdle)
{
    switch (entry.state) {
    case media::DownloadState::Queued:
        if (heldUntilIdle && !media::startsWhileHeld(entry)) // a retry waits for the learner to go too
            return entry.bytesDone > 0 ? tr("Waiting until idle, %1% downloaded").arg(percent(entry))
                                       : tr("Waiting until idle");
        if (entry.error)
            return tr("Waiting to retry: %1").arg(errorMessage(*entry.error));
        return entry.bytesDone > 0 ? tr("Queued at %1%").arg(percent(entry)) : tr("Queued");
    case media::DownloadState::Active:
        return tr("Downloading %1% · %2 of %3")
            .arg(percent(entry))
            .arg(size(entry.bytesDone), size(entry.bytesTotal));
    case media::DownloadState::Paused: return tr("Paused at %1%").arg(percent(entry));
    case media::DownloadState::Completed: return tr("Downloaded");
    case media::DownloadState::Failed:
        return entry.error ? tr("Failed: %1").arg(errorMessage(*entry.error)) : tr("Failed");
    }
    return {};
}

QString MediaText::errorMessage(const media::MediaError& error)
{
    switch (error.code) {
    case media::MediaErrorCode::Io: return tr("the file could not be read or written.");
    case media::MediaErrorCode::DiskFull:
        return tr("not enough free disk space (or over your storage limit). Free some space and retry.");
    case media::MediaErrorCode::Corrupt: return tr("the download was damaged; it will be fetched again.");
    case media::MediaErrorCode::WrongKey:
        return tr("this file was downloaded on another device or profile; download it again here.");
    case media::MediaErrorCode::NotFound: return tr("this lesson has no downloadable media.");
    case media::MediaErrorCode::NotEntitled:
        return tr("you don't have access to this lesson. Sign in, or buy the course to download it.");
    case media::MediaErrorCode::Network: return tr("the server could not be reached. It will retry.");
    case media::MediaErrorCode::Cancelled: return tr("cancelled.");
    case media::MediaErrorCode::Format: return tr("this is not a Lectern media file.");
    }
    return tr("something went wrong.");
}

} // namespace lectern::ui
