#pragma once

#include "store/database.h"
#include "sync/sync_store.h"

namespace lectern::server::sqlite {

class SqliteSyncStore final : public sync::SyncStore {
public:
    SqliteSyncStore(store::Database& db, std::string userId);

    [[nodiscard]] ApiResult<sync::CursorState> cursorState() override;
    [[nodiscard]] ApiResult<void> ensureUser(std::int64_t now) override;
    [[nodiscard]] ApiResult<std::optional<sync::StoredRecord>> find(sync::Entity entity, const std::string& id) override;
    [[nodiscard]] ApiResult<std::int64_t> write(sync::Entity entity, const std::string& id, std::int64_t revision,
                                                bool deleted, const nlohmann::json& fields, std::int64_t clientTimeMs,
                                                std::int64_t now) override;
    [[nodiscard]] ApiResult<void> setClientTime(sync::Entity entity, const std::string& id,
                                                std::int64_t clientTimeMs) override;
    [[nodiscard]] ApiResult<std::optional<nlohmann::json>> findOp(const std::string& opId) override;
    [[nodiscard]] ApiResult<void> recordOp(const std::string& opId, const std::string& deviceId,
                                           const nlohmann::json& result, std::int64_t now) override;
    [[nodiscard]] ApiResult<void> purge(std::int64_t cutoff, std::int64_t now) override;
    [[nodiscard]] ApiResult<std::vector<sync::Change>> changes(std::int64_t after, std::int64_t upTo,
                                                               std::int64_t limit, bool liveOnly) override;

private:
    [[nodiscard]] ApiResult<std::int64_t> nextSeq();

    store::Database& m_db;
    std::string m_userId;
};

} // namespace lectern::server::sqlite
