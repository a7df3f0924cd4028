#pragma once

#include "media/media_store.h"
#include "store/database.h"

namespace lectern::server::sqlite {

class SqliteMediaStore final : public MediaStore {
public:
    explicit SqliteMediaStore(store::Database& db)
        : m_db(db)
    {
    }

    [[nodiscard]] ApiResult<std::optional<MediaRecord>> find(const std::string& lessonId) override;
    [[nodiscard]] ApiResult<void> upsert(const MediaRecord& record) override;

private:
    store::Database& m_db;
};

} // namespace lectern::server::sqlite
