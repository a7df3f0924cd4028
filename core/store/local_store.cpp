// The learner's local database. Append new steps at the end; never edit a step
// that has shipped (databases in the field already ran it).
#include "store/local_store.h"

#include "catalog/cjk_tokenizer.h"

namespace lectern::store {

namespace {

constexpr std::string_view kCatalogV1 = R"sql(
CREATE TABLE instructors (
    id       TEXT PRIMARY KEY,
    name     TEXT NOT NULL,
    headline TEXT NOT NULL DEFAULT '',
    bio      TEXT NOT NULL DEFAULT ''
);

-- key is the local integer identity used by the full-text index and the UI's
-- models; id is the global UUID that crosses the wire.
CREATE TABLE courses (
    key             INTEGER PRIMARY KEY,
    id              TEXT NOT NULL UNIQUE,
    title           TEXT NOT NULL,
    subtitle        TEXT NOT NULL DEFAULT '',
    description     TEXT NOT NULL DEFAULT '',
    instructor_id   TEXT NOT NULL REFERENCES instructors(id),
    instructor_name TEXT NOT NULL,          -- as indexed; see CatalogRepository
    category        TEXT NOT NULL,
    tags            TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(tags)),
    language        TEXT NOT NULL,
    level           TEXT NOT NULL CHECK (level IN ('beginner', 'intermediate', 'advanced', 'all')),
    price_minor     INTEGER NOT NULL CHECK (price_minor >= 0),
    currency        TEXT NOT NULL,
    rating          REAL NOT NULL DEFAULT 0 CHECK (rating BETWEEN 0 AND 5),
    rating_count    INTEGER NOT NULL DEFAULT 0,
    enrolment_count INTEGER NOT NULL DEFAULT 0,
    total_duration  INTEGER NOT NULL DEFAULT 0,
    lesson_count    INTEGER NOT NULL DEFAULT 0,
    cover           TEXT NOT NULL DEFAULT '',
    in_subscription INTEGER NOT NULL DEFAULT 0,
    published_at    INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL
);
CREATE INDEX courses_by_popularity ON courses (enrolment_count DESC, key);
CREATE INDEX courses_by_rating     ON courses (rating DESC, rating_count DESC, key);
CREATE INDEX courses_by_newest     ON courses (published_at DESC, key);
CREATE INDEX courses_by_price      ON courses (price_minor, key);
CREATE INDEX courses_by_category   ON courses (category, enrolment_count DESC);
CREATE INDEX courses_by_instructor ON courses (instructor_id);
-- Everything search ranks and filters on, in one narrow covering index: ranking a
-- few thousand full-text matches reads these small entries instead of whole
-- course rows (descriptions make those wide).
CREATE INDEX courses_search_signals ON courses (key, rating, rating_count, enrolment_count, published_at,
    price_minor, total_duration, category, level, language, id);

CREATE TABLE sections (
    id         TEXT PRIMARY KEY,
    course_key INTEGER NOT NULL REFERENCES courses(key) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    title      TEXT NOT NULL
);
CREATE INDEX sections_by_course ON sections (course_key, position);

CREATE TABLE lessons (
    id               TEXT PRIMARY KEY,
    section_id       TEXT NOT NULL REFERENCES sections(id) ON DELETE CASCADE,
    position         INTEGER NOT NULL,
    title            TEXT NOT NULL,
    kind             TEXT NOT NULL CHECK (kind IN ('video', 'audio', 'article', 'quiz')),
    duration_seconds INTEGER NOT NULL DEFAULT 0,
    free_preview     INTEGER NOT NULL DEFAULT 0,
    media_size       INTEGER,
    media_sha256     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX lessons_by_section ON lessons (section_id, position);

-- Courses the learner owns. Filled by purchases and free enrolment; kept even
-- if the course later leaves the catalog.
CREATE TABLE owned_courses (
    course_id   TEXT PRIMARY KEY,
    acquired_at INTEGER NOT NULL,
    source      TEXT NOT NULL
);

-- Contentless: the text lives in courses; the index only. Column order matters
-- to lectern_title_tier() (title first) and to the bm25() weights.
CREATE VIRTUAL TABLE course_fts USING fts5 (
    title, subtitle, tags, instructor, description,
    content = '', tokenize = 'lectern',
    prefix = '1 2'  -- as-you-type: one- and two-character prefixes ("d", "学") stay fast
);
)sql";

constexpr std::string_view kAppStateV2 = R"sql(
-- Small key/value facts about this profile: when the demo catalog was loaded,
-- sync cursors, and the like.
CREATE TABLE app_state (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
)sql";

constexpr std::string_view kCatalogSyncV3 = R"sql(
-- Resync after 410: ids seen in the snapshot, so courses deleted meanwhile can be
-- retired when it completes (kept across restarts: a resync can be interrupted).
CREATE TABLE catalog_resync_seen (course_id TEXT PRIMARY KEY);
-- A course the server retired (a feed tombstone) that the learner owns stays
-- readable in their library but leaves browsing and search. Unowned retired
-- courses are deleted outright.
ALTER TABLE courses ADD COLUMN retired_at INTEGER;
CREATE INDEX courses_retired ON courses (key) WHERE retired_at IS NOT NULL;
)sql";

} // namespace

std::span<const Migration> localStoreMigrations()
{
    // Built on first use: the user-data steps live in sync/user_data_schema.cpp.
    static const Migration migrations[] = {
        {1, kCatalogV1},
        {2, kAppStateV2},
        {3, kCatalogSyncV3},
        {4, kUserDataV4},
        {5, kUserDataResyncV5},
        {6, kDownloadsV6},
        {7, kCommerceV7},
    };
    return migrations;
}

Result<Database> openLocalStore(const std::filesystem::path& path)
{
    return openAndMigrate(path, localStoreMigrations(), &catalog::registerCjkTokenizer);
}

Result<Database> openLocalDatabase(const std::filesystem::path& path)
{
    return Database::open(path, OpenMode::ReadWrite, &catalog::registerCjkTokenizer);
}

} // namespace lectern::store
