#include "sync/progress_repository.h"

#include <algorithm>
#include <utility>

#include "sync/notes_repository.h" // kMaxPositionMs
#include "util/uuid.h"

namespace lectern::sync {

ProgressRepository::ProgressRepository(store::Database& db, MillisClock clock)
    : m_db(db)
    , m_outbox(db)
    , m_clock(std::move(clock))
{
}

Result<LessonProgress> ProgressRepository::record(const std::string& lessonId, const std::string& courseId,
                                                  std::int64_t positionMs, bool completed)
{
    if (!uuid::isCanonical(lessonId) || !uuid::isCanonical(courseId))
        return fail(ErrorCode::InvalidArgument, "course and lesson ids must be UUIDs");
    if (positionMs < 0 || positionMs > kMaxPositionMs)
        return fail(ErrorCode::InvalidArgument, "position is outside a lesson's possible length");
    LessonProgress progress{lessonId, courseId, positionMs, completed, m_clock(), 0};
    auto written = m_db.transaction([&]() -> Result<void> {
        auto current = find(lessonId);
        if (!current)
            return std::unexpected(current.error());
        if (*current) {
            progress.completed = progress.completed || (*current)->completed;
            progress.revision = (*current)->revision;
            // Never move our own clock backwards: the server merges by client time.
            progress.clientTimeMs = std::max(progress.clientTimeMs, (*current)->clientTimeMs);
        }
        auto upsert = m_db.cached(
            "INSERT INTO lesson_progress (lesson_id, course_id, position_ms, completed, client_time) "
            "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (lesson_id) DO UPDATE SET course_id = excluded.course_id, "
            "position_ms = excluded.position_ms, completed = excluded.completed, client_time = excluded.client_time");
        if (!upsert)
            return std::unexpected(upsert.error());
        if (auto ok = (*upsert)
                          ->bindAll(lessonId, courseId, positionMs, progress.completed, progress.clientTimeMs)
                          .run();
            !ok)
            return ok;
        const nlohmann::json fields{
            {"course_id", courseId}, {"position_ms", positionMs}, {"completed", progress.completed}};
        return m_outbox.record({"progress", lessonId, 0, false, fields, progress.clientTimeMs}, true);
    });
    if (!written)
        return std::unexpected(written.error());
    return progress;
}

Result<std::optional<LessonProgress>> ProgressRepository::find(const std::string& lessonId)
{
    auto query = m_db.cached("SELECT lesson_id, course_id, position_ms, completed, client_time, revision "
                             "FROM lesson_progress WHERE lesson_id = ?1");
    if (!query)
        return std::unexpected(query.error());
    (*query)->bindAll(lessonId);
    auto row = (*query)->step();
    if (!row)
        return std::unexpected(row.error());
    std::optional<LessonProgress> progress;
    if (*row)
        progress = LessonProgress{(*query)->text(0), (*query)->text(1), (*query)->int64(2), (*query)->int64(3) != 0,
                                  (*query)->int64(4), (*query)->int64(5)};
    (*query)->reset();
    return progress;
}

} // namespace lectern::sync
