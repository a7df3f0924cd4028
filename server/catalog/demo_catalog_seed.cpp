// `--demo`: the embedded demo catalog and generated media for its lessons.
#include <cstdio>

#include "app/demo_seed.h"
#include "catalog/catalog_service.h"
#include "catalog/demo_catalog_data.h"
#include "media/demo_media.h"
#include "protocol/catalog_json.h"

namespace lectern::server {

Result<void> seedDemoCatalog(ServerServices& services)
{
    auto catalog = protocol::parseCatalog(embeddedDemoCatalog());
    if (!catalog)
        return fail(ErrorCode::InvalidData, "embedded demo catalog: " + catalog.error().describe());
    // Media first: publishing reads its size and hash into the course documents.
    auto media = generateDemoMedia(*services.media, *catalog);
    if (!media)
        return std::unexpected(media.error());
    for (const auto& instructor : catalog->instructors)
        if (auto ok = services.catalog->publishInstructor(instructor); !ok)
            return fail(ErrorCode::Database, ok.error().message);
    for (const auto& course : catalog->courses)
        if (auto ok = services.catalog->publishCourse(course); !ok)
            return fail(ErrorCode::Database, "course " + course.id + ": " + ok.error().message);
    if (*media > 0) {
        std::printf("demo catalog: %zu courses, media generated for %d lessons\n", catalog->courses.size(), *media);
        std::fflush(stdout);
    }
    return {};
}

} // namespace lectern::server
