#include "sync/synced_course_set.h"

#include <utility>

#include "util/uuid.h"

namespace lectern::sync {

SyncedCourseSet::SyncedCourseSet(store::Database& db, SyncedCourseSetSpec spec, MillisClock clock)
    : m_db(db)
    , m_spec(spec)
    , m_outbox(db)
    , m_clock(std::move(clock))
{
}

Result<void> SyncedCourseSet::set(const std::string& courseId, bool deleted)
{
    if (!uuid::isCanonical(courseId))
        return fail(ErrorCode::InvalidArgument, "course id must be a UUID");
    return m_db.transaction([&]() -> Result<void> {
        auto upsert = m_db.cached(m_spec.upsertSql);
        if (!upsert)
            return std::unexpected(upsert.error());
        (*upsert)->bindAll(courseId, deleted, m_clock());
        auto row = (*upsert)->step();
        if (!row)
            return std::unexpected(row.error());
        const std::int64_t clientTime = (*upsert)->int64(0);
        if (auto done = (*upsert)->step(); !done) // finish the statement before the next write
            return std::unexpected(done.error());
        (*upsert)->reset();
        return m_outbox.record({std::string(m_spec.entity), courseId, 0, deleted, nlohmann::json::object(), clientTime},
                               true);
    });
}

Result<bool> SyncedCourseSet::contains(const std::string& courseId)
{
    auto query = m_db.cached(m_spec.containsSql);
    if (!query)
        return std::unexpected(query.error());
    (*query)->bindAll(courseId);
    auto found = (*query)->step();
    (*query)->reset();
    return found;
}

Result<std::vector<std::string>> SyncedCourseSet::courseIds()
{
    auto query = m_db.cached(m_spec.listSql);
    if (!query)
        return std::unexpected(query.error());
    std::vector<std::string> ids;
    for (;;) {
        auto row = (*query)->step();
        if (!row) {
            (*query)->reset();
            return std::unexpected(row.error());
        }
        if (!*row)
            break;
        ids.push_back((*query)->text(0));
    }
    (*query)->reset();
    return ids;
}

} // namespace lectern::sync
