#include "storage/server_schema.h"

namespace lectern::server {

const std::string_view kSyncSchema = R"sql(
-- The learner's own data (notes, progress, events, wishlist). Keyed by user:
-- one user's ids never reach another user's records.
CREATE TABLE sync_records (
    user_id     TEXT NOT NULL REFERENCES users(id),
    entity      TEXT NOT NULL CHECK (entity IN ('note', 'progress', 'event', 'wishlist')),
    id          TEXT NOT NULL,
    revision    INTEGER NOT NULL,
    seq         INTEGER NOT NULL,
    deleted     INTEGER NOT NULL DEFAULT 0,
    fields      TEXT NOT NULL,
    client_time INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    PRIMARY KEY (user_id, entity, id)
);
CREATE INDEX sync_records_by_seq ON sync_records (user_id, seq);

-- Applied op_ids and their results, so a retried push is a no-op.
CREATE TABLE sync_ops (
    user_id    TEXT NOT NULL,
    op_id      TEXT NOT NULL,
    result     TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (user_id, op_id)
);

-- Per-user pull horizon: tombstones at or below it were purged.
CREATE TABLE sync_horizons (
    user_id     TEXT PRIMARY KEY,
    horizon_seq INTEGER NOT NULL
);
)sql";

} // namespace lectern::server
