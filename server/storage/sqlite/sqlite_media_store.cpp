#include "storage/sqlite/sqlite_media_store.h"

#include "storage/sqlite/sql.h"

namespace lectern::server::sqlite {

ApiResult<std::optional<MediaRecord>> SqliteMediaStore::find(const std::string& lessonId)
{
    return queryOne(
        m_db, "SELECT path, size, sha256, content_type FROM media WHERE lesson_id = ?1",
        [&](const store::Statement& row) {
            return MediaRecord{lessonId, row.text(0), static_cast<std::uint64_t>(row.int64(1)), row.text(2),
                               row.text(3)};
        },
        lessonId);
}

ApiResult<void> SqliteMediaStore::upsert(const MediaRecord& r)
{
    return execute(m_db,
                   "INSERT INTO media (lesson_id, path, size, sha256, content_type) VALUES (?1, ?2, ?3, ?4, ?5) "
                   "ON CONFLICT (lesson_id) DO UPDATE SET path = excluded.path, size = excluded.size, "
                   "sha256 = excluded.sha256, content_type = excluded.content_type",
                   r.lessonId, r.relativePath, static_cast<std::int64_t>(r.size), r.sha256, r.contentType);
}

} // namespace lectern::server::sqlite
