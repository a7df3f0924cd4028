#include "commerce/entitlement_store.h"

#include <sodium.h>

#include <algorithm>

#include "sync/app_state.h"

namespace lectern::commerce {

namespace {

constexpr std::string_view kUserKey = "commerce.user_id";

bool sodiumReady()
{
    // sodium_init() is thread-safe; the static only saves the repeated call.
    static const bool ready = sodium_init() >= 0;
    return ready;
}

std::optional<std::string> decodeBase64(const std::string& text, std::size_t maxBytes)
{
    if (!sodiumReady())
        return std::nullopt;
    std::string out(maxBytes, '\0');
    std::size_t length = 0;
    if (sodium_base642bin(reinterpret_cast<unsigned char*>(out.data()), out.size(), text.data(), text.size(), nullptr,
                          &length, nullptr, sodium_base64_VARIANT_ORIGINAL)
        != 0)
        return std::nullopt;
    out.resize(length);
    return out;
}

Entitlement readRow(store::Statement& row)
{
    Entitlement e;
    e.id = row.text(0);
    e.userId = row.text(1);
    e.kind = row.text(2);
    e.courseId = row.text(3);
    e.planId = row.text(4);
    e.grantedAt = row.int64(5);
    if (!row.isNull(6))
        e.expiresAt = row.int64(6);
    e.leaseExpiresAt = row.int64(7);
    e.revoked = row.int64(8) != 0;
    e.signature = row.text(9);
    return e;
}

} // namespace

std::optional<std::string> decodePublicKey(const std::string& base64)
{
    auto key = decodeBase64(base64, 64);
    if (!key || key->size() != crypto_sign_PUBLICKEYBYTES)
        return std::nullopt;
    return key;
}

bool verifyEntitlement(const Entitlement& entitlement, const std::string& rawPublicKey)
{
    if (rawPublicKey.size() != crypto_sign_PUBLICKEYBYTES)
        return false;
    const auto signature = decodeBase64(entitlement.signature, 128);
    if (!signature || signature->size() != crypto_sign_BYTES)
        return false;
    const std::string text = entitlement.canonicalText();
    return crypto_sign_verify_detached(reinterpret_cast<const unsigned char*>(signature->data()),
                                       reinterpret_cast<const unsigned char*>(text.data()), text.size(),
                                       reinterpret_cast<const unsigned char*>(rawPublicKey.data()))
        == 0;
}

EntitlementStore::EntitlementStore(store::Database& db, ServerKeyStore& keys, std::string serverUrl)
    : m_db(db)
    , m_keys(keys)
    , m_serverUrl(std::move(serverUrl))
{
}

CommerceResult<void> EntitlementStore::checkServerKey(const std::string& serverKeyBase64,
                                                      std::int64_t offlineLeaseDays, std::int64_t now)
{
    if (!decodePublicKey(serverKeyBase64))
        return commerceFail(CommerceErrorCode::ServerKeyChanged, "the server sent no valid entitlement key");
    auto pinned = m_keys.load(m_serverUrl);
    if (!pinned)
        return commerceFail(pinned.error());
    if (*pinned) {
        if ((*pinned)->publicKeyBase64 != serverKeyBase64)
            return commerceFail(CommerceErrorCode::ServerKeyChanged,
                                "the entitlement key of " + m_serverUrl + " is not the one pinned at first sign-in");
        return {};
    }
    if (auto saved = m_keys.save({m_serverUrl, serverKeyBase64, offlineLeaseDays, now}); !saved)
        return commerceFail(saved.error());
    return {};
}

CommerceResult<void> EntitlementStore::replaceAll(const std::string& userId, const EntitlementList& list)
{
    // One transaction: a failure keeps the old copy whole.
    std::optional<CommerceError> failure;
    auto done = m_db.transaction([&]() -> Result<void> {
        if (auto ok = m_db.exec("DELETE FROM entitlements"); !ok)
            return ok;
        if (auto ok = upsert(userId, list.entitlements); !ok) {
            failure = ok.error();
            return fail(ErrorCode::Database, ok.error().describe());
        }
        return {};
    });
    if (failure)
        return std::unexpected(*failure);
    if (!done)
        return commerceFail(done.error());
    return {};
}

CommerceResult<void> EntitlementStore::upsert(const std::string& userId, const std::vector<Entitlement>& rows)
{
    auto done = m_db.transaction([&]() -> Result<void> {
        if (auto ok = sync::writeState(m_db, kUserKey, userId); !ok)
            return ok;
        auto insert = m_db.cached(
            "INSERT INTO entitlements (id, user_id, kind, course_id, plan_id, granted_at, expires_at, "
            "lease_expires_at, revoked, signature) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) "
            "ON CONFLICT (id) DO UPDATE SET user_id = excluded.user_id, kind = excluded.kind, "
            "course_id = excluded.course_id, plan_id = excluded.plan_id, granted_at = excluded.granted_at, "
            "expires_at = excluded.expires_at, lease_expires_at = excluded.lease_expires_at, "
            "revoked = excluded.revoked, signature = excluded.signature");
        if (!insert)
            return std::unexpected(insert.error());
        for (const Entitlement& e : rows) {
            (*insert)->reset(); // the same statement, once per row
            if (auto ok = (*insert)
                              ->bindAll(e.id, e.userId, e.kind, e.courseId, e.planId, e.grantedAt, e.expiresAt,
                                        e.leaseExpiresAt, e.revoked, e.signature)
                              .run();
                !ok)
                return ok;
        }
        return mirrorOwnedCourses();
    });
    if (!done)
        return commerceFail(done.error());
    return {};
}

Result<void> EntitlementStore::mirrorOwnedCourses()
{
    // owned_courses feeds the catalog's "owned" filter and keeps retired
    // courses in the library. It follows the verified rows; access decisions
    // never read it, so editing it unlocks nothing.
    if (auto ok = m_db.exec("DELETE FROM owned_courses WHERE source = 'purchase'"); !ok)
        return ok;
    auto rows = verified();
    if (!rows)
        return fail(ErrorCode::Database, rows.error().describe());
    auto insert = m_db.cached("INSERT INTO owned_courses (course_id, acquired_at, source) VALUES (?1, ?2, 'purchase') "
                              "ON CONFLICT (course_id) DO NOTHING");
    if (!insert)
        return std::unexpected(insert.error());
    for (const Entitlement& e : *rows) {
        if (e.kind != "course" || e.revoked || e.courseId.empty())
            continue;
        (*insert)->reset();
        if (auto ok = (*insert)->bindAll(e.courseId, e.grantedAt).run(); !ok)
            return ok;
    }
    return {};
}

CommerceResult<void> EntitlementStore::clear()
{
    auto done = m_db.transaction([&]() -> Result<void> {
        if (auto ok = m_db.exec("DELETE FROM entitlements"); !ok)
            return ok;
        if (auto ok = m_db.exec("DELETE FROM owned_courses WHERE source = 'purchase'"); !ok)
            return ok;
        return sync::eraseState(m_db, kUserKey);
    });
    if (!done)
        return commerceFail(done.error());
    return {};
}

CommerceResult<std::string> EntitlementStore::userId()
{
    auto stored = sync::readState(m_db, kUserKey);
    if (!stored)
        return commerceFail(stored.error());
    return stored->value_or(std::string());
}

CommerceResult<std::vector<EntitlementStore::Row>> EntitlementStore::all()
{
    auto pinned = m_keys.load(m_serverUrl);
    if (!pinned)
        return commerceFail(pinned.error());
    std::optional<std::string> key;
    if (*pinned)
        key = decodePublicKey((*pinned)->publicKeyBase64);
    auto user = userId();
    if (!user)
        return std::unexpected(user.error());

    auto query = m_db.cached("SELECT id, user_id, kind, course_id, plan_id, granted_at, expires_at, lease_expires_at, "
                             "revoked, signature FROM entitlements ORDER BY granted_at, id");
    if (!query)
        return commerceFail(query.error());
    std::vector<Row> rows;
    for (;;) {
        auto step = (*query)->step();
        if (!step)
            return commerceFail(step.error());
        if (!*step)
            break;
        Row row{readRow(**query), false};
        // A row of another user (copied from another profile) verifies but is not ours.
        row.signatureValid = key && !user->empty() && row.entitlement.userId == *user
            && verifiedCached(row.entitlement, *key);
        rows.push_back(std::move(row));
    }
    (*query)->reset();
    return rows;
}

bool EntitlementStore::verifiedCached(const Entitlement& entitlement, const std::string& rawPublicKey)
{
    std::string key = rawPublicKey;
    key += entitlement.canonicalText();
    key += '\n';
    key += entitlement.signature;
    if (const auto it = m_verdicts.find(key); it != m_verdicts.end())
        return it->second;
    if (m_verdicts.size() > 10'000)
        m_verdicts.clear();
    const bool valid = verifyEntitlement(entitlement, rawPublicKey);
    m_verdicts.emplace(std::move(key), valid);
    return valid;
}

CommerceResult<std::vector<Entitlement>> EntitlementStore::verified()
{
    auto rows = all();
    if (!rows)
        return std::unexpected(rows.error());
    std::vector<Entitlement> out;
    for (Row& row : *rows)
        if (row.signatureValid)
            out.push_back(std::move(row.entitlement));
    return out;
}

CommerceResult<std::int64_t> EntitlementStore::signedFetchTime()
{
    auto pinned = m_keys.load(m_serverUrl);
    if (!pinned)
        return commerceFail(pinned.error());
    if (!*pinned)
        return std::int64_t{0};
    auto rows = verified();
    if (!rows)
        return std::unexpected(rows.error());
    std::int64_t latest = 0;
    for (const Entitlement& e : *rows)
        latest = std::max(latest, e.leaseExpiresAt - (*pinned)->offlineLeaseDays * 86400);
    return latest;
}

} // namespace lectern::commerce
