// Small courses for server handler tests (the demo catalog is for the feed's
// paging test and e2e; these keep each test's data in view).
#pragma once

#include <cstdio>
#include <string>

#include "protocol/catalog_types.h"

namespace lectern::test {

// Ids: course 0190a1b2-0000-7000-8000-0000000009NN; lessons …-00000009NN0L.
inline std::string fixtureCourseId(int n)
{
    char id[40];
    std::snprintf(id, sizeof id, "0190a1b2-0000-7000-8000-%012d", 900 + n);
    return id;
}

inline std::string fixtureLessonId(int course, int lesson)
{
    char id[40];
    std::snprintf(id, sizeof id, "0190a1b2-0000-7000-8000-%012d", (900 + course) * 100 + lesson);
    return id;
}

inline protocol::Instructor fixtureInstructor()
{
    return {"0190a1b2-0000-7000-8000-000000000801", "Test Instructor", "Teaches tests", "Bio"};
}

// Lesson 1 is a free-preview video, 2 a paid video, 3 a quiz (no media).
inline protocol::Course fixtureCourse(int n, std::int64_t priceMinor = 19900, bool inSubscription = false)
{
    protocol::Course course;
    course.id = fixtureCourseId(n);
    course.title = "Course " + std::to_string(n);
    course.instructorId = fixtureInstructor().id;
    course.category = "programming";
    course.language = "en";
    course.price = {priceMinor, "CNY"};
    course.inSubscription = inSubscription;
    course.publishedAt = 1'750'000'000;
    course.updatedAt = 1'750'000'000;
    protocol::Section section{"0190a1b2-0000-7000-8000-0000000" + std::to_string(70000 + n), "Section", {}};
    section.lessons.push_back({fixtureLessonId(n, 1), "Preview", protocol::LessonKind::Video, 60, true, {}, {}});
    section.lessons.push_back({fixtureLessonId(n, 2), "Paid", protocol::LessonKind::Video, 60, false, {}, {}});
    section.lessons.push_back({fixtureLessonId(n, 3), "Quiz", protocol::LessonKind::Quiz, 0, false, {}, {}});
    course.sections.push_back(std::move(section));
    return course;
}

} // namespace lectern::test
