// Small hand-made catalogs for core tests, so expected rankings are obvious.
#pragma once

#include <fstream>
#include <sstream>
#include <string>

#include "protocol/catalog_types.h"
#include "util/uuid.h"

namespace lectern::test {

inline std::string testId(std::uint64_t n) { return uuid::makeV7(1'700'000'000'000, 0x123, n); }

inline protocol::Instructor instructor(std::uint64_t n, std::string name)
{
    return protocol::Instructor{testId(n), std::move(name), "headline", "bio"};
}

// A course with one section of two lessons; callers adjust fields after.
inline protocol::Course course(std::uint64_t n, std::string title, std::string description = {},
                               std::string instructorId = testId(1))
{
    protocol::Course c;
    c.id = testId(1000 + n);
    c.title = std::move(title);
    c.description = std::move(description);
    c.instructorId = std::move(instructorId);
    c.category = "programming";
    c.language = "zh";
    c.level = protocol::Level::Beginner;
    c.price = {9900, "CNY"};
    c.rating = 4.5;
    c.ratingCount = 100;
    c.enrolmentCount = 1000;
    c.publishedAt = 1'700'000'000;
    c.updatedAt = 1'700'000'100;
    protocol::Section section{testId(100000 + n * 10), "Section", {}};
    section.lessons.push_back({testId(200000 + n * 10), "Intro", protocol::LessonKind::Video, 600, true, {}, {}});
    section.lessons.push_back({testId(200000 + n * 10 + 1), "Quiz", protocol::LessonKind::Quiz, 0, false, {}, {}});
    c.sections.push_back(std::move(section));
    return c;
}

inline std::string readFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

inline std::string demoCatalogPath() { return std::string(LECTERN_SOURCE_DIR) + "/resources/catalog/demo_catalog.json"; }

} // namespace lectern::test
