#include "catalog/synthetic_catalog.h"

#include <array>
#include <string_view>

#include "util/uuid.h"

namespace lectern::catalog {

namespace {

// splitmix64: tiny, fast and identical on every platform (unlike std distributions).
class Random {
public:
    explicit Random(std::uint64_t seed)
        : m_state(seed)
    {
    }
    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    std::uint64_t below(std::uint64_t n) { return next() % n; }
    std::int64_t between(std::int64_t lo, std::int64_t hi) { return lo + static_cast<std::int64_t>(below(static_cast<std::uint64_t>(hi - lo + 1))); }
    double unit() { return static_cast<double>(next() >> 11) / 9007199254740992.0; }
    template <typename T, std::size_t N>
    const T& pick(const std::array<T, N>& items) { return items[below(N)]; }

private:
    std::uint64_t m_state;
};

struct Topic {
    std::string_view category;
    std::string_view zh;
    std::string_view en;
    std::string_view tag;
};

constexpr std::array<Topic, 36> kTopics{{
    {"programming", "Python 编程", "Python Programming", "python"},
    {"programming", "Java 后端开发", "Java Backend Development", "java"},
    {"programming", "C++ 系统编程", "C++ Systems Programming", "c++"},
    {"programming", "Go 语言并发", "Concurrency in Go", "go"},
    {"programming", "React 前端工程", "React Front-End Engineering", "react"},
    {"programming", "Rust 安全编程", "Safe Systems with Rust", "rust"},
    {"data", "机器学习", "Machine Learning", "machine-learning"},
    {"data", "深度学习", "Deep Learning", "deep-learning"},
    {"data", "数据分析", "Data Analysis", "data-analysis"},
    {"data", "SQL 数据库", "SQL Databases", "sql"},
    {"data", "统计学基础", "Applied Statistics", "statistics"},
    {"design", "UI 设计", "UI Design", "ui"},
    {"design", "用户体验研究", "UX Research", "ux"},
    {"design", "平面设计", "Graphic Design", "graphic-design"},
    {"design", "Figma 原型", "Prototyping in Figma", "figma"},
    {"languages", "商务英语", "Business English", "english"},
    {"languages", "日语入门", "Japanese for Beginners", "japanese"},
    {"languages", "英语口语", "Spoken English", "speaking"},
    {"languages", "汉语写作", "Chinese Writing", "chinese"},
    {"business", "产品经理", "Product Management", "product"},
    {"business", "财务报表分析", "Financial Statement Analysis", "finance"},
    {"business", "市场营销", "Marketing Strategy", "marketing"},
    {"business", "团队管理", "Team Leadership", "management"},
    {"music", "吉他弹唱", "Acoustic Guitar", "guitar"},
    {"music", "钢琴基础", "Piano Fundamentals", "piano"},
    {"music", "乐理与编曲", "Music Theory and Arranging", "music-theory"},
    {"photography", "人像摄影", "Portrait Photography", "portrait"},
    {"photography", "风光摄影", "Landscape Photography", "landscape"},
    {"photography", "后期修图", "Photo Editing", "lightroom"},
    {"exam", "考研数学", "Graduate Entrance Math", "kaoyan"},
    {"exam", "雅思备考", "IELTS Preparation", "ielts"},
    {"exam", "注册会计师", "CPA Exam Review", "cpa"},
    {"personal-growth", "时间管理", "Time Management", "productivity"},
    {"personal-growth", "高效阅读", "Effective Reading", "reading"},
    {"personal-growth", "公开演讲", "Public Speaking", "speaking"},
    {"personal-growth", "心理学入门", "Introduction to Psychology", "psychology"},
}};

constexpr std::array<std::string_view, 8> kZhPrefixes{"零基础", "实战", "系统精讲", "进阶", "深入浅出", "21 天",
                                                      "从入门到精通", "高手之路"};
constexpr std::array<std::string_view, 8> kZhSuffixes{"：从入门到实践", "核心 40 讲", "实战训练营", "：原理与案例",
                                                      "必修课", "专栏", "：方法与工具", "速成班"};
constexpr std::array<std::string_view, 8> kEnPrefixes{"Complete", "Practical", "Modern", "Hands-On",
                                                      "The Essential", "Advanced", "Intro to", "Mastering"};
constexpr std::array<std::string_view, 8> kEnSuffixes{": From Zero to Project", " Bootcamp", ": Principles and Practice",
                                                      " in 30 Days", " Masterclass", ": A Field Guide",
                                                      " for Working Professionals", " Crash Course"};
constexpr std::array<std::string_view, 10> kZhSentences{
    "本课程围绕{}的核心概念展开，配合大量真实案例，帮助你建立完整的知识体系。",
    "每一讲都有配套练习和课后作业，学完就能在工作中用上。",
    "讲师结合多年一线经验，总结了{}学习中最常见的误区和解决方法。",
    "课程适合希望系统提升的学习者，也适合想要转行的朋友。",
    "我们会从基础讲起，逐步深入到{}的高级主题。",
    "课程内容持续更新，购买后可永久回看，支持离线学习。",
    "学完本课，你将能够独立完成一个{}相关的完整项目。",
    "每章末尾设有小测验，帮助你检验学习效果、查漏补缺。",
    "配套资料包括讲义、代码和思维导图，方便复习。",
    "加入学习社群，与同学一起讨论{}中的疑难问题。",
};
constexpr std::array<std::string_view, 10> kEnSentences{
    "This course walks through the core ideas of {} with real-world examples and clear explanations.",
    "Every lesson comes with exercises, so you practise what you learn straight away.",
    "The instructor shares years of industry experience and the mistakes most {} learners make.",
    "It suits motivated beginners as well as professionals who want a structured refresher.",
    "We start from first principles and build up to advanced {} topics step by step.",
    "Lessons are downloadable for offline study and updated as the field moves on.",
    "By the end you will have built a complete {} project you can show to others.",
    "Short quizzes at the end of each section help you check your understanding.",
    "Slides, code samples and cheat sheets are included for quick review.",
    "Join the course community to discuss tricky {} questions with other learners.",
};
constexpr std::array<std::string_view, 12> kZhSurnames{"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴", "徐", "孙"};
constexpr std::array<std::string_view, 12> kZhGiven{"磊", "静", "伟", "敏", "强", "丽", "洋", "艳", "军", "杰", "婷", "涛"};
constexpr std::array<std::string_view, 12> kEnFirst{"Alice", "Ben", "Clara", "David", "Emma", "Felix", "Grace", "Henry",
                                                     "Iris", "Jack", "Kate", "Leo"};
constexpr std::array<std::string_view, 12> kEnLast{"Walker", "Chen", "Novak", "Garcia", "Smith", "Okafor", "Larsen",
                                                   "Patel", "Moreau", "Kim", "Brown", "Silva"};
constexpr std::array<std::int64_t, 10> kPrices{0, 1990, 4900, 9900, 9900, 12900, 19900, 29900, 39900, 49900};

std::string fill(std::string_view pattern, std::string_view topic)
{
    std::string out(pattern);
    if (auto at = out.find("{}"); at != std::string::npos)
        out.replace(at, 2, topic);
    return out;
}

} // namespace

protocol::Catalog generateSyntheticCatalog(const SyntheticOptions& options)
{
    Random rng(options.seed);
    protocol::Catalog catalog;
    const std::int64_t epochMillis = 1'700'000'000'000; // ids sort by creation like real UUIDv7s
    std::uint64_t serial = 0;
    auto newId = [&] {
        ++serial;
        return uuid::makeV7(epochMillis + static_cast<std::int64_t>(serial), options.seed & 0xFFF,
                            (options.seed << 40) ^ serial);
    };

    const std::size_t instructorCount = std::max<std::size_t>(8, options.courses / 40);
    for (std::size_t i = 0; i < instructorCount; ++i) {
        protocol::Instructor instructor;
        instructor.id = newId();
        if (i % 2 == 0) {
            instructor.name = std::string(rng.pick(kZhSurnames)) + std::string(rng.pick(kZhGiven))
                + std::string(rng.pick(kZhGiven));
            instructor.headline = "资深讲师";
        } else {
            instructor.name = std::string(rng.pick(kEnFirst)) + " " + std::string(rng.pick(kEnLast));
            instructor.headline = "Senior instructor";
        }
        catalog.instructors.push_back(std::move(instructor));
    }

    catalog.courses.reserve(options.courses);
    for (std::size_t i = 0; i < options.courses; ++i) {
        const Topic& topic = rng.pick(kTopics);
        const bool chinese = rng.unit() < options.chineseShare;
        protocol::Course course;
        course.id = newId();
        course.category = std::string(topic.category);
        course.language = chinese ? "zh" : "en";
        if (chinese) {
            course.title = std::string(rng.pick(kZhPrefixes)) + std::string(topic.zh) + std::string(rng.pick(kZhSuffixes));
            course.subtitle = "一门关于" + std::string(topic.zh) + "的系统课程";
        } else {
            course.title = std::string(rng.pick(kEnPrefixes)) + " " + std::string(topic.en) + std::string(rng.pick(kEnSuffixes));
            course.subtitle = "A structured course on " + std::string(topic.en);
        }
        const auto sentences = rng.between(3, 7);
        for (std::int64_t s = 0; s < sentences; ++s) {
            if (!course.description.empty())
                course.description += chinese ? "" : " ";
            course.description += chinese ? fill(rng.pick(kZhSentences), topic.zh) : fill(rng.pick(kEnSentences), topic.en);
        }
        course.instructorId = catalog.instructors[rng.below(instructorCount)].id;
        course.tags = {std::string(topic.tag), std::string(topic.category)};
        if (chinese)
            course.tags.emplace_back(topic.zh);
        course.level = static_cast<protocol::Level>(rng.below(4));
        course.price = protocol::Money{rng.pick(kPrices), "CNY"};
        // Popularity is heavy-tailed, like real catalogs.
        const double u = rng.unit();
        course.enrolmentCount = static_cast<std::int64_t>(20.0 / (0.0005 + u * u));
        course.ratingCount = course.enrolmentCount / rng.between(5, 20);
        course.rating = course.ratingCount == 0 ? 0.0 : 3.5 + static_cast<double>(rng.below(15)) / 10.0;
        course.publishedAt = 1'672'531'200 + rng.between(0, 120'000'000); // 2023 … 2026
        course.updatedAt = course.publishedAt + rng.between(0, 10'000'000);

        const auto sectionCount = rng.between(2, 4);
        for (std::int64_t s = 0; s < sectionCount; ++s) {
            protocol::Section section;
            section.id = newId();
            section.title = chinese ? "第 " + std::to_string(s + 1) + " 章" : "Part " + std::to_string(s + 1);
            const auto lessonCount = rng.between(2, 4);
            for (std::int64_t l = 0; l < lessonCount; ++l) {
                protocol::Lesson lesson;
                lesson.id = newId();
                lesson.title = (chinese ? "第 " + std::to_string(l + 1) + " 讲 " : "Lesson " + std::to_string(l + 1) + ": ")
                    + std::string(chinese ? topic.zh : topic.en);
                lesson.kind = static_cast<protocol::LessonKind>(rng.below(10) < 7 ? 0 : rng.below(4));
                lesson.durationSeconds = rng.between(180, 1800);
                lesson.freePreview = s == 0 && l == 0;
                section.lessons.push_back(std::move(lesson));
            }
            course.sections.push_back(std::move(section));
        }
        catalog.courses.push_back(std::move(course));
    }
    if (options.take > 0 && options.take < catalog.courses.size())
        catalog.courses.resize(options.take);
    if (options.revision > 0) {
        for (auto& course : catalog.courses) {
            course.title += " (rev " + std::to_string(options.revision) + ")";
            course.updatedAt += 86'400 * options.revision;
        }
    }
    return catalog;
}

} // namespace lectern::catalog
