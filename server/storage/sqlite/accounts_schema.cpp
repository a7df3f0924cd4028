#include "storage/sqlite/server_schema.h"

namespace lectern::server {

const std::string_view kAccountsSchema = R"sql(
CREATE TABLE users (
    id            TEXT PRIMARY KEY,
    email         TEXT NOT NULL UNIQUE COLLATE NOCASE,
    display_name  TEXT NOT NULL,
    password_hash TEXT NOT NULL,               -- crypto_pwhash_str (Argon2id)
    roles         TEXT NOT NULL DEFAULT 'learner', -- comma-separated
    created_at    INTEGER NOT NULL
);

-- A session is one signed-in device. Tokens are stored only as hashes.
CREATE TABLE sessions (
    id          TEXT PRIMARY KEY,
    user_id     TEXT NOT NULL REFERENCES users(id),
    device_name TEXT NOT NULL DEFAULT '',
    created_at  INTEGER NOT NULL,
    revoked_at  INTEGER
);
CREATE INDEX sessions_by_user ON sessions (user_id);

CREATE TABLE access_tokens (
    token_hash TEXT PRIMARY KEY,
    session_id TEXT NOT NULL REFERENCES sessions(id),
    expires_at INTEGER NOT NULL
);

CREATE TABLE refresh_tokens (
    token_hash TEXT PRIMARY KEY,
    session_id TEXT NOT NULL REFERENCES sessions(id),
    expires_at INTEGER NOT NULL,
    used_at    INTEGER          -- rotated; presenting it again revokes the session
);
)sql";

} // namespace lectern::server
