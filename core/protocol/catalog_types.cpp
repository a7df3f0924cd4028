#include "protocol/catalog_types.h"

#include <algorithm>

namespace lectern::protocol {

std::int64_t Course::totalDurationSeconds() const
{
    std::int64_t total = 0;
    for (const auto& section : sections)
        for (const auto& lesson : section.lessons)
            total += lesson.durationSeconds;
    return total;
}

std::int64_t Course::lessonCount() const
{
    std::int64_t count = 0;
    for (const auto& section : sections)
        count += static_cast<std::int64_t>(section.lessons.size());
    return count;
}

std::string_view toString(LessonKind kind)
{
    switch (kind) {
    case LessonKind::Video: return "video";
    case LessonKind::Audio: return "audio";
    case LessonKind::Article: return "article";
    case LessonKind::Quiz: return "quiz";
    }
    return "video";
}

std::string_view toString(Level level)
{
    switch (level) {
    case Level::Beginner: return "beginner";
    case Level::Intermediate: return "intermediate";
    case Level::Advanced: return "advanced";
    case Level::All: return "all";
    }
    return "all";
}

std::optional<LessonKind> lessonKindFromString(std::string_view text)
{
    for (auto kind : {LessonKind::Video, LessonKind::Audio, LessonKind::Article, LessonKind::Quiz})
        if (toString(kind) == text)
            return kind;
    return std::nullopt;
}

std::optional<Level> levelFromString(std::string_view text)
{
    for (auto level : {Level::Beginner, Level::Intermediate, Level::Advanced, Level::All})
        if (toString(level) == text)
            return level;
    return std::nullopt;
}

bool isKnownCategory(std::string_view slug)
{
    return std::ranges::find(kCategories, slug) != std::end(kCategories);
}

} // namespace lectern::protocol
