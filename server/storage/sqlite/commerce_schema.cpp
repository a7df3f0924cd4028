#include "storage/sqlite/server_schema.h"

namespace lectern::server {

const std::string_view kCommerceSchema = R"sql(
CREATE TABLE plans (
    id          TEXT PRIMARY KEY,          -- "monthly", "yearly"
    title       TEXT NOT NULL,
    period      TEXT NOT NULL CHECK (period IN ('month', 'year')),
    price_minor INTEGER NOT NULL,
    currency    TEXT NOT NULL
);

CREATE TABLE coupons (
    code       TEXT PRIMARY KEY COLLATE NOCASE,
    kind       TEXT NOT NULL CHECK (kind IN ('percent', 'fixed')),
    value      INTEGER NOT NULL,   -- percent 1..100, or minor units
    expires_at INTEGER,
    max_uses   INTEGER,
    uses       INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE orders (
    id             TEXT PRIMARY KEY,
    user_id        TEXT NOT NULL REFERENCES users(id),
    status         TEXT NOT NULL CHECK (status IN ('pending', 'paid', 'refunded')),
    subtotal_minor INTEGER NOT NULL,
    discount_minor INTEGER NOT NULL,
    total_minor    INTEGER NOT NULL,
    currency       TEXT NOT NULL,
    coupon_code    TEXT,
    created_at     INTEGER NOT NULL,
    paid_at        INTEGER,
    refunded_at    INTEGER,
    refund_reason  TEXT
);
CREATE INDEX orders_by_user ON orders (user_id, created_at);

CREATE TABLE order_items (
    order_id    TEXT NOT NULL REFERENCES orders(id),
    position    INTEGER NOT NULL,
    type        TEXT NOT NULL CHECK (type IN ('course', 'plan')),
    item_id     TEXT NOT NULL,
    title       TEXT NOT NULL,
    price_minor INTEGER NOT NULL,
    PRIMARY KEY (order_id, position)
);

CREATE TABLE payments (
    id           TEXT PRIMARY KEY,
    order_id     TEXT NOT NULL REFERENCES orders(id),
    user_id      TEXT NOT NULL,
    provider     TEXT NOT NULL,
    reference    TEXT NOT NULL,      -- the provider's charge id
    status       TEXT NOT NULL CHECK (status IN ('succeeded', 'card_declined', 'insufficient_funds')),
    amount_minor INTEGER NOT NULL,
    created_at   INTEGER NOT NULL
);
CREATE INDEX payments_by_order ON payments (order_id);

-- A retried payment request with the same key replays the stored answer.
CREATE TABLE idempotency_keys (
    user_id      TEXT NOT NULL,
    key          TEXT NOT NULL,
    request_hash TEXT NOT NULL,
    status       INTEGER NOT NULL,
    response     TEXT NOT NULL,
    created_at   INTEGER NOT NULL,
    PRIMARY KEY (user_id, key)
);

CREATE TABLE entitlements (
    id         TEXT PRIMARY KEY,
    user_id    TEXT NOT NULL REFERENCES users(id),
    kind       TEXT NOT NULL CHECK (kind IN ('course', 'subscription')),
    course_id  TEXT,
    plan_id    TEXT,
    order_id   TEXT REFERENCES orders(id),
    granted_at INTEGER NOT NULL,
    expires_at INTEGER,
    revoked    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX entitlements_by_user ON entitlements (user_id);
CREATE INDEX entitlements_by_order ON entitlements (order_id);
)sql";

// Step 5: subscriptions that end instead of renewing, coupons limited to a kind
// of item, and the cart as a user-data sync entity.
const std::string_view kPurchasesSchema = R"sql(
-- 0 once the learner cancelled: access continues until expires_at, then ends.
-- (The sandbox never charges a renewal either way; see docs/api.md.)
ALTER TABLE entitlements ADD COLUMN auto_renew INTEGER NOT NULL DEFAULT 1 CHECK (auto_renew IN (0, 1));

-- 'course': only course lines are discounted; 'plan': only plans; 'any': both.
ALTER TABLE coupons ADD COLUMN applies_to TEXT NOT NULL DEFAULT 'any' CHECK (applies_to IN ('any', 'course', 'plan'));

-- sync_records admits the cart: SQLite cannot alter a CHECK, so the table is
-- rebuilt with its rows and indexes (nothing references it).
CREATE TABLE sync_records_v5 (
    user_id     TEXT NOT NULL REFERENCES users(id),
    entity      TEXT NOT NULL CHECK (entity IN ('note', 'progress', 'event', 'wishlist', 'cart')),
    id          TEXT NOT NULL,
    revision    INTEGER NOT NULL CHECK (revision >= 1),
    seq         INTEGER NOT NULL,
    deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    fields      TEXT NOT NULL,
    client_time INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    PRIMARY KEY (user_id, entity, id)
) WITHOUT ROWID;
INSERT INTO sync_records_v5 (user_id, entity, id, revision, seq, deleted, fields, client_time, updated_at)
    SELECT user_id, entity, id, revision, seq, deleted, fields, client_time, updated_at FROM sync_records;
DROP TABLE sync_records;
ALTER TABLE sync_records_v5 RENAME TO sync_records;
CREATE UNIQUE INDEX sync_records_by_seq ON sync_records (user_id, seq);
CREATE INDEX sync_tombstones ON sync_records (user_id, updated_at) WHERE deleted = 1;
)sql";

} // namespace lectern::server
