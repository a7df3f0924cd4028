#include "storage/sqlite/server_schema.h"

namespace lectern::server {

const std::string_view kSyncSchema = R"sql(
-- The learner's own data (notes, progress, events, wishlist). Keyed by user:
-- one user's ids never reach another user's records.
CREATE TABLE sync_records (
    user_id     TEXT NOT NULL REFERENCES users(id),
    entity      TEXT NOT NULL CHECK (entity IN ('note', 'progress', 'event', 'wishlist')),
    id          TEXT NOT NULL,
    revision    INTEGER NOT NULL CHECK (revision >= 1),
    seq         INTEGER NOT NULL,
    deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    fields      TEXT NOT NULL,             -- JSON object; {} for tombstones
    client_time INTEGER NOT NULL,          -- Unix milliseconds, for last-writer-wins
    updated_at  INTEGER NOT NULL,          -- Unix seconds (server clock) of the last change
    PRIMARY KEY (user_id, entity, id)
) WITHOUT ROWID;
-- Unique: a pull page is ordered by seq, so two records must never share one.
CREATE UNIQUE INDEX sync_records_by_seq ON sync_records (user_id, seq);
CREATE INDEX sync_tombstones ON sync_records (user_id, updated_at) WHERE deleted = 1;

-- The one global change counter; every write to sync_records takes the next value.
CREATE TABLE sync_sequence (
    id       INTEGER PRIMARY KEY CHECK (id = 1),
    last_seq INTEGER NOT NULL
);
INSERT INTO sync_sequence (id, last_seq) VALUES (1, 0);

-- Per user: the newest seq issued to them (larger cursors are invalid), the pull
-- horizon (tombstones at or below it were purged: older cursors must resync) and
-- when the purge last ran.
CREATE TABLE sync_users (
    user_id          TEXT PRIMARY KEY REFERENCES users(id),
    last_seq         INTEGER NOT NULL DEFAULT 0,
    horizon_seq      INTEGER NOT NULL DEFAULT 0,
    purge_checked_at INTEGER NOT NULL
);

-- Applied op_ids and their results, so a retried push is a no-op. Kept as long
-- as tombstones.
CREATE TABLE sync_ops (
    user_id    TEXT NOT NULL REFERENCES users(id),
    op_id      TEXT NOT NULL,
    device_id  TEXT NOT NULL,
    result     TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (user_id, op_id)
) WITHOUT ROWID;
CREATE INDEX sync_ops_by_age ON sync_ops (user_id, created_at);
)sql";

} // namespace lectern::server
