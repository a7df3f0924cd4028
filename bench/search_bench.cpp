// Search latency over a large local catalog: Lectern's ranked FTS search (ranked
// keys + the first page of cards, i.e. what the Discover page needs for its first
// screen) beside the naive peer, a LIKE '%q%' scan over the same text columns.
//
//   lectern-cli --data-dir D generate-catalog --courses 100000
//   search_bench D/lectern.db [rounds]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include "catalog/catalog_search.h"
#include "store/local_store.h"

using namespace lectern;
using Clock = std::chrono::steady_clock;

namespace {

const std::vector<std::string> kQueries = {
    "Python 入门", "机器学习", "编程", "react hooks", "数据分析", "摄影", "英语口语", "考研数学", "学",
    "java",        "machine learning", "design", "时间管理", "guitar", "sql", "react ho", "深度学习 实战",
    "钢琴基础",    "product management", "雅思",
};

struct Stats {
    double p50, p95, max;
};

Stats stats(std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    auto at = [&](double q) { return ms[std::min(ms.size() - 1, static_cast<std::size_t>(q * static_cast<double>(ms.size())))]; };
    return {at(0.50), at(0.95), ms.back()};
}

} // namespace

int main(int argc, char** argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: search_bench DATABASE [rounds]\n");
        return 2;
    }
    const int rounds = argc > 2 ? std::atoi(argv[2]) : 5;
    auto db = store::openLocalStore(argv[1]);
    if (!db) {
        std::fprintf(stderr, "search_bench: %s\n", db.error().detail.c_str());
        return 1;
    }
    catalog::CatalogSearch search(*db);
    auto total = db->prepare("SELECT count(*) FROM courses");
    (void)total->step();
    std::printf("catalog: %lld courses, %zu queries x %d rounds\n", static_cast<long long>(total->int64(0)),
                kQueries.size(), rounds);

    std::vector<double> ours, naive;
    std::printf("%-22s %10s %12s %12s\n", "query", "matches", "lectern ms", "LIKE ms");
    auto like = db->prepare("SELECT key FROM courses WHERE title LIKE ?1 OR subtitle LIKE ?1 OR description LIKE ?1 "
                            "OR tags LIKE ?1 OR instructor_name LIKE ?1 ORDER BY enrolment_count DESC LIMIT 60");
    for (const auto& query : kQueries) {
        std::size_t matches = 0;
        double bestOurs = 1e9, bestNaive = 1e9;
        for (int r = 0; r < rounds; ++r) {
            const auto start = Clock::now();
            auto page = search.search(catalog::SearchQuery{.text = query}, 0, 60);
            const double ms = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
            if (!page) {
                std::fprintf(stderr, "search failed: %s\n", page.error().detail.c_str());
                return 1;
            }
            matches = page->total;
            ours.push_back(ms);
            bestOurs = std::min(bestOurs, ms);

            const auto likeStart = Clock::now();
            like->reset();
            like->bind(1, "%" + query + "%");
            while (*like->step()) {
            }
            const double likeMs = std::chrono::duration<double, std::milli>(Clock::now() - likeStart).count();
            naive.push_back(likeMs);
            bestNaive = std::min(bestNaive, likeMs);
        }
        std::printf("%-22s %10zu %12.2f %12.2f\n", query.c_str(), matches, bestOurs, bestNaive);
    }
    const Stats a = stats(ours), b = stats(naive);
    std::printf("\nlectern search: p50 %.2f ms  p95 %.2f ms  max %.2f ms   (target p95 <= 10 ms)\n", a.p50, a.p95, a.max);
    std::printf("LIKE '%%q%%' scan: p50 %.2f ms  p95 %.2f ms  max %.2f ms   (naive peer, same database)\n", b.p50, b.p95,
                b.max);
    return 0;
}
