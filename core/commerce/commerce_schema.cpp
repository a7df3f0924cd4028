// Migration 7: purchases on this device (docs/architecture.md, "Commerce (client)").
#include "store/local_store.h"

namespace lectern::store {

const std::string_view kCommerceV7 = R"sql(
-- Signed entitlements as GET /v1/entitlements sent them, replaced wholesale.
-- Never trusted as stored: every read checks the signature with the server key
-- pinned outside this file (see EntitlementStore).
CREATE TABLE entitlements (
    id               TEXT PRIMARY KEY,
    user_id          TEXT NOT NULL,
    kind             TEXT NOT NULL,
    course_id        TEXT NOT NULL DEFAULT '',
    plan_id          TEXT NOT NULL DEFAULT '',
    granted_at       INTEGER NOT NULL,
    expires_at       INTEGER,
    lease_expires_at INTEGER NOT NULL,
    revoked          INTEGER NOT NULL DEFAULT 0,
    signature        TEXT NOT NULL
);
CREATE INDEX entitlements_by_course ON entitlements (course_id);

-- A payment's Idempotency-Key, committed before the first send and kept until
-- the outcome is known, so every retry (even after a restart) re-sends it.
-- The card number is never stored.
CREATE TABLE pending_payments (
    order_id        TEXT PRIMARY KEY,
    idempotency_key TEXT NOT NULL UNIQUE,
    card_last4      TEXT NOT NULL DEFAULT '',
    created_at      INTEGER NOT NULL
);

-- The cart: a synced set like the wishlist (deleted = 1 keeps a removal so an
-- older add cannot resurrect it). added_at orders it for display.
CREATE TABLE cart (
    course_id   TEXT PRIMARY KEY,
    deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    client_time INTEGER NOT NULL,
    revision    INTEGER NOT NULL DEFAULT 0,
    added_at    INTEGER NOT NULL DEFAULT 0
);

-- The outbox admits the new entity: SQLite cannot alter a CHECK, so the table
-- is rebuilt with its rows, its AUTOINCREMENT counter and its indexes.
CREATE TABLE sync_outbox_v7 (
    seq           INTEGER PRIMARY KEY AUTOINCREMENT,
    op_id         TEXT NOT NULL UNIQUE,
    entity        TEXT NOT NULL CHECK (entity IN ('note', 'progress', 'event', 'wishlist', 'cart')),
    record_id     TEXT NOT NULL,
    base_revision INTEGER NOT NULL DEFAULT 0,
    deleted       INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    fields        TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(fields)),
    client_time   INTEGER NOT NULL,
    attempts      INTEGER NOT NULL DEFAULT 0,
    state         TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'rejected')),
    error         TEXT
);
INSERT INTO sync_outbox_v7 (seq, op_id, entity, record_id, base_revision, deleted, fields, client_time, attempts, state, error)
    SELECT seq, op_id, entity, record_id, base_revision, deleted, fields, client_time, attempts, state, error FROM sync_outbox;
INSERT INTO sqlite_sequence (name, seq)
    SELECT 'sync_outbox_v7', seq FROM sqlite_sequence WHERE name = 'sync_outbox'
    AND NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 'sync_outbox_v7');
UPDATE sqlite_sequence SET seq = max(seq, (SELECT coalesce(max(s.seq), 0) FROM sqlite_sequence s WHERE s.name = 'sync_outbox'))
    WHERE name = 'sync_outbox_v7';
DROP TABLE sync_outbox;
ALTER TABLE sync_outbox_v7 RENAME TO sync_outbox;
CREATE INDEX sync_outbox_pending ON sync_outbox (state, seq);
CREATE INDEX sync_outbox_by_record ON sync_outbox (entity, record_id);
)sql";

} // namespace lectern::store
