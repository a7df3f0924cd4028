// Migration 4: the learner's own data (notes, progress, events, wishlist) and
// the transactional outbox that carries every local change to the server
// (docs/architecture.md, "User-data sync (client)").
#include "store/local_store.h"

namespace lectern::store {

const std::string_view kUserDataV4 = R"sql(
-- revision: the server revision this row's content is based on (0: never
-- acknowledged). conflict_of: set on a conflict copy, naming the note whose
-- version it diverged from; the UI marks such notes. A deleted note stays as a
-- tombstone (deleted = 1) until the server has heard of the deletion.
CREATE TABLE notes (
    id          TEXT PRIMARY KEY,
    course_id   TEXT NOT NULL,
    lesson_id   TEXT,
    position_ms INTEGER CHECK (position_ms IS NULL OR position_ms BETWEEN 0 AND 86400000),
    text        TEXT NOT NULL,
    conflict_of TEXT,
    revision    INTEGER NOT NULL DEFAULT 0,
    deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    created_at  INTEGER NOT NULL, -- Unix ms, local clock
    updated_at  INTEGER NOT NULL
);
CREATE INDEX notes_by_lesson ON notes (course_id, lesson_id, position_ms) WHERE deleted = 0;
CREATE INDEX notes_conflicts ON notes (conflict_of) WHERE conflict_of IS NOT NULL;

-- One row per lesson: resume position (last writer by client_time wins) and
-- completed (sticky: once true, stays true).
CREATE TABLE lesson_progress (
    lesson_id   TEXT PRIMARY KEY,
    course_id   TEXT NOT NULL,
    position_ms INTEGER NOT NULL CHECK (position_ms BETWEEN 0 AND 86400000),
    completed   INTEGER NOT NULL DEFAULT 0 CHECK (completed IN (0, 1)),
    client_time INTEGER NOT NULL, -- Unix ms of the write that set position_ms
    revision    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX lesson_progress_by_course ON lesson_progress (course_id);

-- Append-only; the id makes a pulled copy of our own event a no-op.
CREATE TABLE learning_events (
    id        TEXT PRIMARY KEY,
    kind      TEXT NOT NULL,
    course_id TEXT,
    lesson_id TEXT,
    value     TEXT NOT NULL DEFAULT 'null' CHECK (json_valid(value)), -- JSON scalar
    at        TEXT NOT NULL -- RFC 3339 as recorded
);
CREATE INDEX learning_events_by_time ON learning_events (at);

-- deleted = 1 is a removal kept so an older add cannot resurrect it.
CREATE TABLE wishlist (
    course_id   TEXT PRIMARY KEY,
    deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    client_time INTEGER NOT NULL,
    revision    INTEGER NOT NULL DEFAULT 0
);

-- The transactional outbox: written in the same transaction as the row it
-- describes, deleted in the same transaction as the server's acknowledgement.
-- attempts > 0 means the mutation may already be on the server, so its
-- payload is frozen (a re-send must carry the same op_id and the same fields).
-- state 'rejected': the server refused it; kept with the error for the UI and
-- never sent again automatically.
CREATE TABLE sync_outbox (
    seq           INTEGER PRIMARY KEY AUTOINCREMENT, -- push order
    op_id         TEXT NOT NULL UNIQUE,
    entity        TEXT NOT NULL CHECK (entity IN ('note', 'progress', 'event', 'wishlist')),
    record_id     TEXT NOT NULL,
    base_revision INTEGER NOT NULL DEFAULT 0,
    deleted       INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    fields        TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(fields)),
    client_time   INTEGER NOT NULL, -- Unix ms
    attempts      INTEGER NOT NULL DEFAULT 0,
    state         TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'rejected')),
    error         TEXT
);
CREATE INDEX sync_outbox_pending ON sync_outbox (state, seq);
CREATE INDEX sync_outbox_by_record ON sync_outbox (entity, record_id);

-- The newest server state of a record pulled while a local change to it was
-- still queued (local unsent changes win until pushed). Applied once the
-- outbox for the record is empty, e.g. the server's side of a note conflict.
CREATE TABLE sync_deferred (
    entity    TEXT NOT NULL,
    record_id TEXT NOT NULL,
    revision  INTEGER NOT NULL,
    deleted   INTEGER NOT NULL,
    fields    TEXT NOT NULL CHECK (json_valid(fields)),
    PRIMARY KEY (entity, record_id)
);
-- Cursor and device id live in app_state ('user_data.cursor', 'user_data.device_id').
)sql";

// Migration 5: a snapshot pull after 410 resync_required remembers which notes
// and wishlist entries it mentioned, so when it completes, records deleted on
// the server while this profile was away (their tombstones already purged)
// can be removed here too. Kept across restarts: the snapshot can be
// interrupted; app_state 'user_data.resync' says one is under way.
const std::string_view kUserDataResyncV5 = R"sql(
CREATE TABLE user_data_resync_seen (
    entity    TEXT NOT NULL,
    record_id TEXT NOT NULL,
    PRIMARY KEY (entity, record_id)
) WITHOUT ROWID;
)sql";

} // namespace lectern::store
