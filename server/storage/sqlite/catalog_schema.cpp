#include "storage/sqlite/server_schema.h"

namespace lectern::server {

const std::string_view kCatalogSchema = R"sql(
-- The published catalog. document is the course in the catalog-format JSON
-- shape (with media_size/media_sha256 filled in); seq orders the change feed:
-- a course moves to the end whenever it changes, so it appears once per page.
-- A retired course stays as a tombstone (deleted = 1) until it is purged.
CREATE TABLE catalog_courses (
    id              TEXT PRIMARY KEY,
    seq             INTEGER NOT NULL UNIQUE,
    deleted         INTEGER NOT NULL DEFAULT 0,
    document        TEXT NOT NULL,
    title           TEXT NOT NULL,
    instructor_id   TEXT NOT NULL,
    price_minor     INTEGER NOT NULL,
    currency        TEXT NOT NULL,
    in_subscription INTEGER NOT NULL DEFAULT 0,
    updated_at      INTEGER NOT NULL  -- when this row last changed (server clock)
);

CREATE TABLE catalog_instructors (
    id       TEXT PRIMARY KEY,
    document TEXT NOT NULL
);

-- Lessons of every course ever published; kept when a course is retired so
-- learners who own it can still download its media.
CREATE TABLE catalog_lessons (
    id           TEXT PRIMARY KEY,
    course_id    TEXT NOT NULL REFERENCES catalog_courses(id),
    kind         TEXT NOT NULL,
    free_preview INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX catalog_lessons_by_course ON catalog_lessons (course_id);

-- Lesson media on disk, under the server's media folder.
CREATE TABLE media (
    lesson_id    TEXT PRIMARY KEY,
    path         TEXT NOT NULL,      -- relative to the media folder; never from user input
    size         INTEGER NOT NULL,
    sha256       TEXT NOT NULL,
    content_type TEXT NOT NULL
);

-- catalog_seq: the last issued feed seq; catalog_tombstone_horizon: the
-- highest seq of a purged tombstone (older cursors must resync).
CREATE TABLE server_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
)sql";

} // namespace lectern::server
