// Words for offline media: sizes, download states and what a learner can do
// about each media error.
#pragma once

#include <QCoreApplication>
#include <QString>

#include "media/download_queue.h"
#include "media/media_error.h"

namespace lectern::ui {

class MediaText final {
    Q_DECLARE_TR_FUNCTIONS(MediaText)

public:
    [[nodiscard]] static QString size(quint64 bytes);
    // "Downloading 45% · 3.2 of 7.1 MB", "Paused at 30%", "Downloaded", "Failed: …"
    // heldUntilIdle: "download only when idle" keeps it from starting now.
    [[nodiscard]] static QString downloadStatus(const media::DownloadEntry& entry, bool heldUntilIdle = false);
    // A sentence that says what happened and what to do.
    [[nodiscard]] static QString errorMessage(const media::MediaError& error);
};

} // namespace lectern::ui
