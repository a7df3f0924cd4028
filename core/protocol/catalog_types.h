// Catalog value types shared by the client core, the catalog file format and
// (later) the server's feed. Plain data: no I/O, no Qt.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lectern::protocol {

enum class LessonKind { Video, Audio, Article, Quiz };
enum class Level { Beginner, Intermediate, Advanced, All };

// Category slugs are stable identifiers; the UI translates them.
inline constexpr std::string_view kCategories[] = {
    "programming", "data", "design", "languages", "business", "music", "photography", "exam", "personal-growth",
};

struct Money {
    std::int64_t amountMinor = 0; // fen for CNY, cents for USD
    std::string currency = "CNY";
    [[nodiscard]] bool isFree() const { return amountMinor == 0; }
    bool operator==(const Money&) const = default;
};

struct Lesson {
    std::string id;
    std::string title;
    LessonKind kind = LessonKind::Video;
    std::int64_t durationSeconds = 0;
    bool freePreview = false;
    std::optional<std::int64_t> mediaSize;
    std::string mediaSha256; // empty when the server has no media for it yet
    bool operator==(const Lesson&) const = default;
};

struct Section {
    std::string id;
    std::string title;
    std::vector<Lesson> lessons;
    bool operator==(const Section&) const = default;
};

struct Instructor {
    std::string id;
    std::string name;
    std::string headline;
    std::string bio;
    bool operator==(const Instructor&) const = default;
};

struct Course {
    std::string id;
    std::string title;
    std::string subtitle;
    std::string description;
    std::string instructorId;
    std::string category;
    std::vector<std::string> tags;
    std::string language; // "zh", "en"
    Level level = Level::All;
    Money price;
    double rating = 0.0;
    std::int64_t ratingCount = 0;
    std::int64_t enrolmentCount = 0;
    std::string cover; // empty: the client draws a generated cover
    bool inSubscription = false; // covered by the subscription plans
    std::int64_t publishedAt = 0; // Unix seconds, UTC
    std::int64_t updatedAt = 0;
    std::vector<Section> sections;

    [[nodiscard]] std::int64_t totalDurationSeconds() const;
    [[nodiscard]] std::int64_t lessonCount() const;
    bool operator==(const Course&) const = default;
};

struct Catalog {
    std::vector<Instructor> instructors;
    std::vector<Course> courses;
};

[[nodiscard]] std::string_view toString(LessonKind kind);
[[nodiscard]] std::string_view toString(Level level);
[[nodiscard]] std::optional<LessonKind> lessonKindFromString(std::string_view text);
[[nodiscard]] std::optional<Level> levelFromString(std::string_view text);
[[nodiscard]] bool isKnownCategory(std::string_view slug);

} // namespace lectern::protocol
