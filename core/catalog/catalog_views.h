// What the catalog hands to its readers: a card's worth (CourseSummary) and a
// course page's worth (CourseDetail).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "protocol/catalog_types.h"

namespace lectern::catalog {

using protocol::Course;
using protocol::Instructor;
using protocol::Lesson;
using protocol::LessonKind;
using protocol::Level;
using protocol::Money;
using protocol::Section;

using CourseKey = std::int64_t; // local row identity; stable while the course is in the catalog

struct CourseSummary {
    CourseKey key = 0;
    std::string id;
    std::string title;
    std::string subtitle;
    std::string instructorName;
    std::string category;
    std::string language;
    Level level = Level::All;
    Money price;
    double rating = 0.0;
    std::int64_t ratingCount = 0;
    std::int64_t enrolmentCount = 0;
    std::int64_t totalDurationSeconds = 0;
    std::int64_t lessonCount = 0;
    std::string cover;
    std::int64_t publishedAt = 0;
    bool owned = false;
};

struct CourseDetail {
    CourseKey key = 0;
    Course course; // with sections and lessons
    Instructor instructor;
    std::int64_t totalDurationSeconds = 0;
    std::int64_t lessonCount = 0;
    bool owned = false;
};

} // namespace lectern::catalog
