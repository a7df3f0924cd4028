// Lessons as the app really has them: downloaded by DownloadService, stored
// encrypted, and playable only while the signed entitlement (or a free
// preview) allows it. The decision comes from core's AccessPolicy, which
// verifies every entitlement row's signature and uses the trusted clock, so
// an edited database or a wound-back clock unlocks nothing. Decrypted bytes go
// to the player's sealed memfd through a PlaintextSource, never to the disk.
// Downloads are kept when access ends, so renewing needs no re-download.
#pragma once

#include <memory>

#include <QCoreApplication>
#include <QString>

#include "player/lesson_media_locator.h"

namespace lectern::ui {

class DownloadService;

class DownloadedMediaLocator final : public LessonMediaLocator {
    Q_DECLARE_TR_FUNCTIONS(DownloadedMediaLocator)

public:
    // `fallback` (may be null) is asked for lessons that were not downloaded
    // through the queue, e.g. plain files an author put in the media folder.
    DownloadedMediaLocator(QString dataDir, QString serverUrl, DownloadService& downloads,
                           std::shared_ptr<LessonMediaLocator> fallback = {});
    ~DownloadedMediaLocator() override;

    [[nodiscard]] std::expected<LessonMedia, LessonMediaProblem> locate(const catalog::Course& course,
                                                                      const catalog::Lesson& lesson) override;

private:
    struct State;
    [[nodiscard]] std::optional<LessonMediaProblem> checkAccess(const catalog::Lesson& lesson);

    std::unique_ptr<State> m_state;
    DownloadService& m_downloads;
    std::shared_ptr<LessonMediaLocator> m_fallback;
};

} // namespace lectern::ui
