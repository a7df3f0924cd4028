// Lesson progress: resume position and completion, recorded locally with its outbox entry.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "store/database.h"
#include "sync/outbox.h"
#include "sync/sync_clock.h"

namespace lectern::sync {

struct LessonProgress {
    std::string lessonId;
    std::string courseId;
    std::int64_t positionMs = 0;
    bool completed = false;
    std::int64_t clientTimeMs = 0;
    std::int64_t revision = 0;
};

class ProgressRepository final {
public:
    explicit ProgressRepository(store::Database& db, MillisClock clock = systemNowMillis);

    // Position is replaced; completed is sticky (once true, stays true), as on the server.
    [[nodiscard]] Result<LessonProgress> record(const std::string& lessonId, const std::string& courseId,
                                                std::int64_t positionMs, bool completed);
    [[nodiscard]] Result<std::optional<LessonProgress>> find(const std::string& lessonId);

private:
    store::Database& m_db;
    Outbox m_outbox;
    MillisClock m_clock;
};

} // namespace lectern::sync
