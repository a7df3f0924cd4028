// The learner's entitlements on this device: replaced wholesale from
// GET /v1/entitlements and stored with their signatures; every read checks
// each row's Ed25519 signature with the server key pinned at first sign-in
// and drops rows that fail, so editing the SQLite file unlocks nothing.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "commerce/commerce_error.h"
#include "commerce/commerce_types.h"
#include "commerce/server_key_store.h"
#include "store/database.h"

namespace lectern::commerce {

// base64 → 32 raw bytes; nullopt when it is not a 32-byte key.
[[nodiscard]] std::optional<std::string> decodePublicKey(const std::string& base64);
// Ed25519 check of entitlement.signature over canonicalText() with a 32-byte raw key.
[[nodiscard]] bool verifyEntitlement(const Entitlement& entitlement, const std::string& rawPublicKey);

class EntitlementStore final {
public:
    // `serverUrl` selects the pinned key in `keys`.
    EntitlementStore(store::Database& db, ServerKeyStore& keys, std::string serverUrl);

    // Pins `serverKeyBase64` when nothing is pinned for this server yet (first
    // sign-in); a different key than the pinned one → ServerKeyChanged, and
    // nothing is pinned or replaced.
    [[nodiscard]] CommerceResult<void> checkServerKey(const std::string& serverKeyBase64, std::int64_t offlineLeaseDays,
                                                      std::int64_t now);

    // Replaces every stored row of this profile with `list` (after
    // checkServerKey), for `userId`. Rows are stored as received, signatures
    // included; owned_courses (the catalog's "owned" filter) follows the
    // verified, unrevoked course rows in the same transaction.
    [[nodiscard]] CommerceResult<void> replaceAll(const std::string& userId, const EntitlementList& list);
    // Adds or updates rows (the entitlements a payment answer carried), keeping the rest.
    [[nodiscard]] CommerceResult<void> upsert(const std::string& userId, const std::vector<Entitlement>& rows);
    // Signed-out: forget every row.
    [[nodiscard]] CommerceResult<void> clear();

    // Rows of the stored user whose signature verifies with the pinned key.
    // Without a pinned key nothing verifies (empty list).
    [[nodiscard]] CommerceResult<std::vector<Entitlement>> verified();
    // Every stored row, verified or not (for diagnostics: lectern-cli entitlements).
    struct Row {
        Entitlement entitlement;
        bool signatureValid = false;
    };
    [[nodiscard]] CommerceResult<std::vector<Row>> all();
    [[nodiscard]] CommerceResult<std::string> userId();
    // The latest server time vouched for by a signature: a verified row's
    // lease_expires_at minus the offline lease length is when the server sent
    // it. Editing app_state cannot lower it, so the TrustedClock check holds
    // even then. 0 when nothing verifies.
    [[nodiscard]] CommerceResult<std::int64_t> signedFetchTime();

private:
    [[nodiscard]] Result<void> mirrorOwnedCourses();
    [[nodiscard]] bool verifiedCached(const Entitlement& entitlement, const std::string& rawPublicKey);

    store::Database& m_db;
    ServerKeyStore& m_keys;
    std::string m_serverUrl;
    // Verdicts by (key, canonical text, signature): the player asks per lesson,
    // and a row's bytes decide its verdict, so an edited row is a new entry.
    std::unordered_map<std::string, bool> m_verdicts;
};

} // namespace lectern::commerce
