#include "sync/event_log.h"

#include <cmath>
#include <utility>

#include "util/utf8.h"
#include "util/uuid.h"

namespace lectern::sync {

namespace {

bool validKind(const std::string& kind)
{
    if (kind.empty() || kind.size() > 64)
        return false;
    for (const char c : kind)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'))
            return false;
    return true;
}

bool validValue(const nlohmann::json& value)
{
    if (value.is_null() || value.is_boolean())
        return true;
    if (value.is_number())
        return std::isfinite(value.get<double>()) && std::fabs(value.get<double>()) <= 1e15;
    if (value.is_string()) {
        const auto& text = value.get_ref<const std::string&>();
        return utf8::isValid(text) && utf8::length(text) <= 1000 && text.find('\0') == std::string::npos;
    }
    return false;
}

} // namespace

EventLog::EventLog(store::Database& db, MillisClock clock)
    : m_db(db)
    , m_outbox(db)
    , m_clock(std::move(clock))
{
}

Result<LearningEvent> EventLog::append(const std::string& kind, std::optional<std::string> courseId,
                                       std::optional<std::string> lessonId, nlohmann::json value)
{
    if (!validKind(kind))
        return fail(ErrorCode::InvalidArgument, "event kind must be 1-64 of a-z, 0-9 and _");
    if ((courseId && !uuid::isCanonical(*courseId)) || (lessonId && !uuid::isCanonical(*lessonId)))
        return fail(ErrorCode::InvalidArgument, "course and lesson ids must be UUIDs");
    if (!validValue(value))
        return fail(ErrorCode::InvalidArgument, "event value must be a small number, a short string, a bool or null");
    const std::int64_t now = m_clock();
    LearningEvent event{newId(now), kind, std::move(courseId), std::move(lessonId), std::move(value),
                        formatClientTime(now)};
    auto written = m_db.transaction([&]() -> Result<void> {
        auto insert = m_db.cached("INSERT INTO learning_events (id, kind, course_id, lesson_id, value, at) "
                                  "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
        if (!insert)
            return std::unexpected(insert.error());
        if (auto ok = (*insert)
                          ->bindAll(event.id, event.kind, event.courseId, event.lessonId, event.value.dump(), event.at)
                          .run();
            !ok)
            return ok;
        nlohmann::json fields{{"kind", event.kind}, {"value", event.value}, {"at", event.at}};
        fields["course_id"] = event.courseId ? nlohmann::json(*event.courseId) : nlohmann::json(nullptr);
        fields["lesson_id"] = event.lessonId ? nlohmann::json(*event.lessonId) : nlohmann::json(nullptr);
        return m_outbox.record({"event", event.id, 0, false, fields, now}, false);
    });
    if (!written)
        return std::unexpected(written.error());
    return event;
}

Result<std::vector<LearningEvent>> EventLog::all()
{
    auto query = m_db.cached("SELECT id, kind, course_id, lesson_id, value, at FROM learning_events ORDER BY at, id");
    if (!query)
        return std::unexpected(query.error());
    std::vector<LearningEvent> events;
    for (;;) {
        auto row = (*query)->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        const store::Statement& s = **query;
        LearningEvent event{s.text(0), s.text(1), std::nullopt, std::nullopt,
                            nlohmann::json::parse(s.textView(4), nullptr, false), s.text(5)};
        if (!s.isNull(2))
            event.courseId = s.text(2);
        if (!s.isNull(3))
            event.lessonId = s.text(3);
        events.push_back(std::move(event));
    }
    (*query)->reset();
    return events;
}

} // namespace lectern::sync
