#include "player/downloaded_media_locator.h"

#include <QDateTime>
#include <QDir>
#include <QLocale>

#include "commerce/access_policy.h"
#include "commerce/entitlement_store.h"
#include "commerce/server_key_store.h"
#include "commerce/trusted_clock.h"
#include "media/encrypted_file.h"
#include "services/download_service.h"
#include "store/local_store.h"

namespace lectern::ui {

// One connection on the UI thread: an access decision is a handful of
// indexed reads and a signature check per entitlement row (cached by core).
struct DownloadedMediaLocator::State {
    std::filesystem::path dataDir;
    std::string serverUrl;
    std::optional<store::Database> db;
    std::unique_ptr<commerce::FileServerKeyStore> keys;

    Result<store::Database*> connection()
    {
        if (!db) {
            auto opened = store::openLocalStore(dataDir / "lectern.db");
            if (!opened)
                return std::unexpected(opened.error());
            db.emplace(std::move(*opened));
            keys = std::make_unique<commerce::FileServerKeyStore>(commerce::defaultServerKeyFile(dataDir));
        }
        return &*db;
    }
};

DownloadedMediaLocator::DownloadedMediaLocator(QString dataDir, QString serverUrl, DownloadService& downloads,
                                               std::shared_ptr<LessonMediaLocator> fallback)
    : m_state(std::make_unique<State>())
    , m_downloads(downloads)
    , m_fallback(std::move(fallback))
{
    m_state->dataDir = dataDir.toStdString();
    m_state->serverUrl = serverUrl.toStdString();
}

DownloadedMediaLocator::~DownloadedMediaLocator() = default;

namespace {

QString dateText(std::int64_t unixSeconds)
{
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(unixSeconds).date(), QLocale::LongFormat);
}

} // namespace

std::optional<LessonMediaProblem> DownloadedMediaLocator::checkAccess(const catalog::Lesson& lesson)
{
    using Code = LessonMediaProblem::Code;
    auto db = m_state->connection();
    if (!db)
        return LessonMediaProblem{Code::Unreadable, QString::fromStdString(db.error().detail)};
    commerce::EntitlementStore entitlements(**db, *m_state->keys, m_state->serverUrl);
    commerce::TrustedClock clock(**db);
    auto decision = commerce::AccessPolicy(**db, entitlements, clock).lessonAccess(lesson.id);
    if (!decision)
        return LessonMediaProblem{Code::Unreadable, QString::fromStdString(decision.error().detail)};
    if (decision->allowed())
        return std::nullopt;
    QString reason;
    switch (decision->reason) {
    case commerce::DenyReason::None:
    case commerce::DenyReason::NotPurchased:
        reason = tr("This lesson is part of a paid course. Buy the course (or subscribe, when the course is "
                    "included) to study it; your download stays on this device.");
        break;
    case commerce::DenyReason::LeaseExpired:
        reason = tr("You have been offline for too long to keep studying paid lessons. Connect to the internet "
                    "once to renew your access — nothing needs to be downloaded again.");
        break;
    case commerce::DenyReason::SubscriptionEnded:
        reason = decision->until ? tr("Your subscription ended on %1. Renew it to continue; your downloads "
                                      "are kept.")
                                       .arg(dateText(*decision->until))
                                 : tr("Your subscription has ended. Renew it to continue; your downloads are "
                                      "kept.");
        break;
    case commerce::DenyReason::Revoked:
        reason = tr("This course was refunded, so it is no longer yours to study.");
        break;
    case commerce::DenyReason::ClockWoundBack:
        reason = tr("This computer's clock is behind the time Lectern last saw. Set the correct date and time, "
                    "then open the lesson again.");
        break;
    case commerce::DenyReason::UnknownCourse:
        reason = tr("This course is no longer in the catalog.");
        break;
    }
    return LessonMediaProblem{Code::NotEntitled, reason};
}

std::expected<LessonMedia, LessonMediaProblem> DownloadedMediaLocator::locate(const catalog::Course& course,
                                                                              const catalog::Lesson& lesson)
{
    using Code = LessonMediaProblem::Code;
    if (auto refused = checkAccess(lesson))
        return std::unexpected(*refused);

    const auto entry = m_downloads.entries().constFind(QString::fromStdString(lesson.id));
    if (entry == m_downloads.entries().cend() || entry->state != media::DownloadState::Completed) {
        if (m_fallback) {
            auto plain = m_fallback->locate(course, lesson);
            if (plain || plain.error().code != Code::Missing)
                return plain;
        }
        if (entry != m_downloads.entries().cend())
            return std::unexpected(LessonMediaProblem{
                Code::Missing, tr("This lesson is still downloading. It plays as soon as the download finishes.")});
        return std::unexpected(LessonMediaProblem{Code::Missing, tr("Download this lesson to study it offline.")});
    }

    auto key = m_downloads.deviceKey();
    if (!key)
        return std::unexpected(LessonMediaProblem{Code::Unreadable, QString::fromStdString(key.error().detail)});
    auto reader = media::EncryptedFileReader::open(entry->path, *key);
    if (!reader) {
        switch (reader.error().code) {
        case media::MediaErrorCode::NotFound:
            return std::unexpected(LessonMediaProblem{Code::Missing, tr("The downloaded file is gone. Download it again.")});
        case media::MediaErrorCode::Corrupt:
        case media::MediaErrorCode::Format:
        case media::MediaErrorCode::WrongKey:
            return std::unexpected(LessonMediaProblem{Code::Corrupt, QString::fromStdString(reader.error().detail)});
        default:
            return std::unexpected(LessonMediaProblem{Code::Unreadable, QString::fromStdString(reader.error().detail)});
        }
    }
    auto shared = std::make_shared<media::EncryptedFileReader>(std::move(*reader));
    LessonMedia media;
    media.kind = lesson.kind;
    media.path = QString::fromStdString(entry->path.filename().string());
    media.memory = PlaintextSource{shared->plaintextSize(),
                                   [shared](std::uint64_t offset, std::span<std::byte> out) {
                                       return shared->readAt(offset, out);
                                   }};
    return media;
}

} // namespace lectern::ui
