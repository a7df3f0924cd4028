// Migration 6: the download queue (docs/architecture.md, "Downloads"). Compiled
// into lectern_core beside the other local-store steps; the queue that uses it
// lives in lectern_media.
#include "store/local_store.h"

namespace lectern::store {

const std::string_view kDownloadsV6 = R"sql(
-- One row per lesson the learner asked to download, kept until it is cancelled
-- or deleted. state 'active' on start-up means the app stopped mid-download:
-- the queue turns it back into 'queued' and resumes from the partial file.
-- priority: higher first ("play now" = 100), then seq (first come, first served).
-- media_size is the catalog's size when last queued or started; bytes_done is
-- what is stored (at the last checkpoint while active).
CREATE TABLE downloads (
    lesson_id    TEXT PRIMARY KEY,
    course_id    TEXT NOT NULL,
    state        TEXT NOT NULL CHECK (state IN ('queued', 'active', 'paused', 'completed', 'failed')),
    priority     INTEGER NOT NULL DEFAULT 0,
    seq          INTEGER NOT NULL,
    plain        INTEGER NOT NULL DEFAULT 0 CHECK (plain IN (0, 1)),
    free_preview INTEGER NOT NULL DEFAULT 0 CHECK (free_preview IN (0, 1)),
    path         TEXT NOT NULL,
    media_size   INTEGER NOT NULL CHECK (media_size >= 0),
    bytes_done   INTEGER NOT NULL DEFAULT 0 CHECK (bytes_done >= 0),
    attempts     INTEGER NOT NULL DEFAULT 0,
    error_code   TEXT,
    error_detail TEXT,
    created_at   INTEGER NOT NULL, -- Unix seconds
    updated_at   INTEGER NOT NULL
);
CREATE INDEX downloads_by_course ON downloads (course_id);
)sql";

} // namespace lectern::store
