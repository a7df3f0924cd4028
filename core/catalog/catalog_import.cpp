#include "catalog/catalog_import.h"

#include <fstream>
#include <set>
#include <sstream>

#include "catalog/catalog_repository.h"
#include "protocol/catalog_json.h"

namespace lectern::catalog {

Result<ImportReport> importCatalog(store::Database& db, const protocol::Catalog& catalog)
{
    CatalogRepository repository(db);
    ImportReport report;
    auto written = db.transaction([&]() -> Result<void> {
        std::set<std::string, std::less<>> fileInstructors;
        for (const auto& instructor : catalog.instructors) {
            if (auto ok = repository.upsertInstructor(instructor); !ok)
                return ok;
            fileInstructors.insert(instructor.id);
            ++report.instructors;
        }
        for (std::size_t i = 0; i < catalog.courses.size(); ++i) {
            const auto& course = catalog.courses[i];
            if (!fileInstructors.contains(course.instructorId)) {
                auto known = repository.instructorExists(course.instructorId);
                if (!known)
                    return std::unexpected(known.error());
                if (!*known)
                    return fail(ErrorCode::InvalidData, "courses[" + std::to_string(i) + "] (" + course.id
                                                            + ").instructor_id: no instructor with id "
                                                            + course.instructorId
                                                            + " in the file or the local catalog");
            }
            if (auto ok = repository.upsertCourse(course); !ok)
                return std::unexpected(ok.error());
            ++report.courses;
            report.lessons += static_cast<std::size_t>(course.lessonCount());
        }
        return {};
    });
    if (!written)
        return std::unexpected(written.error());
    return report;
}

Result<ImportReport> importCatalogJson(store::Database& db, std::string_view json)
{
    auto catalog = protocol::parseCatalog(json);
    if (!catalog)
        return fail(ErrorCode::InvalidData, catalog.error().describe());
    return importCatalog(db, *catalog);
}

Result<ImportReport> importCatalogFile(store::Database& db, const std::filesystem::path& file)
{
    std::ifstream in(file, std::ios::binary);
    if (!in)
        return fail(ErrorCode::Io, "cannot open " + file.string());
    std::ostringstream text;
    text << in.rdbuf();
    if (in.bad())
        return fail(ErrorCode::Io, "cannot read " + file.string());
    return importCatalogJson(db, text.str());
}

} // namespace lectern::catalog
