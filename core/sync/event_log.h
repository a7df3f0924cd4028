// Learning events (lesson_started, quiz_answered…): append-only, each with its outbox entry.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "store/database.h"
#include "sync/outbox.h"
#include "sync/sync_clock.h"

namespace lectern::sync {

struct LearningEvent {
    std::string id;
    std::string kind;
    std::optional<std::string> courseId;
    std::optional<std::string> lessonId;
    nlohmann::json value; // null, a number, a string or true/false
    std::string at;       // RFC 3339
};

class EventLog final {
public:
    explicit EventLog(store::Database& db, MillisClock clock = systemNowMillis);

    [[nodiscard]] Result<LearningEvent> append(const std::string& kind, std::optional<std::string> courseId,
                                               std::optional<std::string> lessonId, nlohmann::json value = nullptr);
    [[nodiscard]] Result<std::vector<LearningEvent>> all();

private:
    store::Database& m_db;
    Outbox m_outbox;
    MillisClock m_clock;
};

} // namespace lectern::sync
