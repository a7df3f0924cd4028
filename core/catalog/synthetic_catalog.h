// Synthetic catalogs of any size for benchmarks and scale tests: realistic
// title and description lengths, Chinese and English mixed, deterministic per seed.
#pragma once

#include <cstddef>
#include <cstdint>

#include "protocol/catalog_types.h"

namespace lectern::catalog {

struct SyntheticOptions {
    std::size_t courses = 1000;
    std::uint64_t seed = 1;
    double chineseShare = 0.5;
    // Simulating catalog changes: keep only the first `take` courses (0: all),
    // with titles marked and updated_at moved on when revision > 0. The ids are
    // those of the full catalog, so a server that publishes this sees changes.
    std::size_t take = 0;
    int revision = 0;
};

[[nodiscard]] protocol::Catalog generateSyntheticCatalog(const SyntheticOptions& options);

} // namespace lectern::catalog
