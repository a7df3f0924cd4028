// `--demo`: the embedded demo catalog and generated media for its lessons; and
// `--import-catalog FILE`: a school's own catalog in the lectern-catalog format.
#include <cstdio>
#include <fstream>
#include <sstream>

#include "app/demo_seed.h"
#include "catalog/catalog_service.h"
#include "catalog/demo_catalog_data.h"
#include "media/demo_media.h"
#include "protocol/catalog_json.h"

namespace lectern::server {

Result<std::size_t> publishCatalog(ServerServices& services, const protocol::Catalog& catalog)
{
    for (const auto& instructor : catalog.instructors)
        if (auto ok = services.catalog->publishInstructor(instructor); !ok)
            return fail(ErrorCode::Database, "instructor " + instructor.id + ": " + ok.error().message);
    for (const auto& course : catalog.courses)
        if (auto ok = services.catalog->publishCourse(course); !ok)
            return fail(ErrorCode::InvalidData, "course " + course.id + ": " + ok.error().message);
    return catalog.courses.size();
}

Result<std::size_t> importCatalogFile(ServerServices& services, const std::filesystem::path& file)
{
    std::ifstream in(file, std::ios::binary);
    if (!in)
        return fail(ErrorCode::Io, "cannot open " + file.string());
    std::ostringstream text;
    text << in.rdbuf();
    auto catalog = protocol::parseCatalog(text.str());
    if (!catalog)
        return fail(ErrorCode::InvalidData, file.string() + ": " + catalog.error().describe());
    return publishCatalog(services, *catalog);
}

Result<void> seedDemoCatalog(ServerServices& services)
{
    auto catalog = protocol::parseCatalog(embeddedDemoCatalog());
    if (!catalog)
        return fail(ErrorCode::InvalidData, "embedded demo catalog: " + catalog.error().describe());
    // Media first: publishing reads its size and hash into the course documents.
    auto media = generateDemoMedia(*services.media, *catalog);
    if (!media)
        return std::unexpected(media.error());
    if (auto ok = publishCatalog(services, *catalog); !ok)
        return std::unexpected(ok.error());
    if (*media > 0) {
        std::printf("demo catalog: %zu courses, media generated for %d lessons\n", catalog->courses.size(), *media);
        std::fflush(stdout);
    }
    return {};
}

} // namespace lectern::server
