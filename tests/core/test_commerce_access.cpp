// core/commerce without a network: signatures checked with a key made here,
// access decisions at times set by the test, the pinned-key file, and the
// migration that made room for the cart in the outbox.
#include <QTemporaryDir>
#include <QTest>

#include <sodium.h>
#include <sys/stat.h>

#include <atomic>
#include <map>

#include "catalog/catalog_import.h"
#include "catalog_fixtures.h"
#include "commerce/access_policy.h"
#include "commerce/cart_repository.h"
#include "commerce/entitlement_store.h"
#include "commerce/server_key_store.h"
#include "commerce/trusted_clock.h"
#include "store/local_store.h"
#include "sync/outbox.h"

using namespace lectern;
using commerce::AccessKind;
using commerce::DenyReason;

namespace {

constexpr std::int64_t kNow = 1'800'000'000;
constexpr std::int64_t kDay = 86400;
constexpr const char* kServer = "http://127.0.0.1:8787";
constexpr const char* kUser = "0190a000-0000-7000-8000-00000000aaaa";

std::string base64(const unsigned char* bytes, std::size_t size)
{
    std::string out(sodium_base64_encoded_len(size, sodium_base64_VARIANT_ORIGINAL), '\0');
    sodium_bin2base64(out.data(), out.size(), bytes, size, sodium_base64_VARIANT_ORIGINAL);
    out.resize(out.size() - 1); // the terminating NUL
    return out;
}

// Stands in for the server's signing key.
struct Signer {
    unsigned char pk[crypto_sign_PUBLICKEYBYTES];
    unsigned char sk[crypto_sign_SECRETKEYBYTES];
    Signer() { crypto_sign_keypair(pk, sk); }
    std::string publicKey() const { return base64(pk, sizeof pk); }
    commerce::Entitlement sign(commerce::Entitlement e) const
    {
        const std::string text = e.canonicalText();
        unsigned char sig[crypto_sign_BYTES];
        crypto_sign_detached(sig, nullptr, reinterpret_cast<const unsigned char*>(text.data()), text.size(), sk);
        e.signature = base64(sig, sizeof sig);
        return e;
    }
};

class MemoryKeyStore final : public commerce::ServerKeyStore {
public:
    Result<std::optional<commerce::PinnedServerKey>> load(const std::string& url) override
    {
        const auto it = keys.find(url);
        return it == keys.end() ? std::nullopt : std::optional(it->second);
    }
    Result<void> save(const commerce::PinnedServerKey& key) override
    {
        keys[key.serverUrl] = key;
        return {};
    }
    std::map<std::string, commerce::PinnedServerKey> keys;
};

commerce::Entitlement course(const std::string& id, const std::string& courseId, std::int64_t lease)
{
    return {id, kUser, "course", courseId, "", kNow - kDay, std::nullopt, lease, false, ""};
}

commerce::Entitlement subscription(const std::string& id, std::int64_t expires, std::int64_t lease)
{
    return {id, kUser, "subscription", "", "monthly", kNow - kDay, expires, lease, false, ""};
}

} // namespace

class TestCommerceAccess final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::optional<store::Database> m_db;
    MemoryKeyStore m_keys;
    Signer m_signer;
    std::atomic<std::int64_t> m_wall{kNow};
    std::unique_ptr<commerce::EntitlementStore> m_store;
    std::unique_ptr<commerce::TrustedClock> m_clock;
    std::unique_ptr<commerce::AccessPolicy> m_policy;

    // Catalog: 1 paid, 2 paid in the subscription, 3 free.
    std::string m_paid, m_inSub, m_free, m_previewLesson, m_lockedLesson;

    void replace(std::vector<commerce::Entitlement> rows)
    {
        commerce::EntitlementList list;
        for (auto& row : rows)
            list.entitlements.push_back(m_signer.sign(std::move(row)));
        list.serverTime = kNow;
        QVERIFY(m_store->replaceAll(kUser, list));
    }
    AccessKind kind(const std::string& id) { return m_policy->access(id).value().kind; }
    bool listedAsOwned(const std::string& id)
    {
        auto query = m_db->prepare("SELECT 1 FROM owned_courses WHERE course_id = ?1");
        return query && query->bindAll(id).step().value_or(false);
    }
    DenyReason reason(const std::string& id) { return m_policy->access(id).value().reason; }

private Q_SLOTS:
    void initTestCase() { QVERIFY(sodium_init() >= 0); }

    void init()
    {
        m_keys.keys.clear();
        m_wall = kNow;
        const std::string file = m_dir.filePath(QStringLiteral("lectern.db")).toStdString();
        m_policy.reset();
        m_clock.reset();
        m_store.reset();
        m_db.reset();
        std::filesystem::remove(file);
        m_db.emplace(std::move(*store::openLocalStore(file)));
        protocol::Catalog catalog;
        catalog.instructors.push_back(test::instructor(1, "Ada"));
        auto paid = test::course(1, "Paid");
        auto inSub = test::course(2, "In the subscription");
        inSub.inSubscription = true;
        auto free = test::course(3, "Free");
        free.price.amountMinor = 0;
        m_paid = paid.id;
        m_inSub = inSub.id;
        m_free = free.id;
        m_previewLesson = paid.sections[0].lessons[0].id;
        m_lockedLesson = paid.sections[0].lessons[1].id;
        catalog.courses = {paid, inSub, free};
        QVERIFY(catalog::importCatalog(*m_db, catalog));
        m_store = std::make_unique<commerce::EntitlementStore>(*m_db, m_keys, kServer);
        m_clock = std::make_unique<commerce::TrustedClock>(*m_db, [this] { return m_wall.load(); });
        m_policy = std::make_unique<commerce::AccessPolicy>(*m_db, *m_store, *m_clock);
        QVERIFY(m_store->checkServerKey(m_signer.publicKey(), 30, kNow));
    }

    void canonicalTextIsTheDocumentedOne()
    {
        commerce::Entitlement e{"e1", "u1", "course", "c1", "", 1'790'000'000, std::nullopt, 1'792'592'000, false, ""};
        QCOMPARE(e.canonicalText(), std::string("lectern-entitlement-v1\ne1\nu1\ncourse\nc1\n\n2026-09-21T14:13:20Z\n\n"
                                                "2026-10-21T14:13:20Z\n0"));
    }

    void ownedWhileTheLeaseRuns()
    {
        replace({course("e1", m_paid, kNow + 30 * kDay)});
        QCOMPARE(kind(m_paid), AccessKind::Owned);
        QVERIFY(listedAsOwned(m_paid)); // the catalog's "owned" filter follows
        QCOMPARE(*m_policy->access(m_paid)->until, kNow + 30 * kDay);
        QCOMPARE(kind(m_inSub), AccessKind::None);
        QCOMPARE(reason(m_inSub), DenyReason::NotPurchased);
        QCOMPARE(kind(m_free), AccessKind::Free);
        m_wall = kNow + 30 * kDay + 1;
        QCOMPARE(kind(m_paid), AccessKind::None);
        QCOMPARE(reason(m_paid), DenyReason::LeaseExpired);
    }

    void lessonsOfACourseNotOwned()
    {
        QCOMPARE(m_policy->lessonAccess(m_previewLesson)->kind, AccessKind::FreePreview);
        QCOMPARE(m_policy->lessonAccess(m_lockedLesson)->kind, AccessKind::None);
        replace({course("e1", m_paid, kNow + 30 * kDay)});
        QCOMPARE(m_policy->lessonAccess(m_lockedLesson)->kind, AccessKind::Owned);
    }

    void subscriptionCoversOnlyItsCoursesUntilItEnds()
    {
        replace({subscription("s1", kNow + 10 * kDay, kNow + 30 * kDay)});
        QCOMPARE(kind(m_inSub), AccessKind::Subscription);
        QCOMPARE(*m_policy->access(m_inSub)->until, kNow + 10 * kDay);
        QCOMPARE(kind(m_paid), AccessKind::None);
        m_wall = kNow + 10 * kDay;
        QCOMPARE(reason(m_inSub), DenyReason::SubscriptionEnded);
    }

    void revokedRowsGrantNothing()
    {
        auto refunded = course("e1", m_paid, kNow + 30 * kDay);
        refunded.revoked = true;
        replace({course("e0", m_paid, kNow + 30 * kDay)});
        QVERIFY(listedAsOwned(m_paid));
        replace({refunded});
        QVERIFY(!listedAsOwned(m_paid));
        QCOMPARE(kind(m_paid), AccessKind::None);
        QCOMPARE(reason(m_paid), DenyReason::Revoked);
    }

    void editedRowsAreIgnored()
    {
        replace({course("e1", m_paid, kNow + 30 * kDay), subscription("s1", kNow + 10 * kDay, kNow + 30 * kDay)});
        QVERIFY(m_db->exec("UPDATE entitlements SET expires_at = expires_at + 3650 * 86400 WHERE kind = 'subscription'"));
        QVERIFY(m_db->exec("UPDATE entitlements SET course_id = '" + m_inSub + "' WHERE kind = 'course'"));
        QCOMPARE(kind(m_inSub), AccessKind::None);
        QCOMPARE(kind(m_paid), AccessKind::None);
        QCOMPARE(m_store->verified()->size(), std::size_t{0});
        // Rows of another user are not ours, even with a good signature.
        auto theirs = m_signer.sign(course("e2", m_paid, kNow + 30 * kDay));
        theirs.userId = "0190a000-0000-7000-8000-00000000bbbb";
        theirs = m_signer.sign(theirs);
        QVERIFY(m_store->upsert(kUser, {theirs}));
        QCOMPARE(kind(m_paid), AccessKind::None);
    }

    void aDifferentKeyIsRefusedAndNothingReplaced()
    {
        replace({course("e1", m_paid, kNow + 30 * kDay)});
        Signer other;
        auto changed = m_store->checkServerKey(other.publicKey(), 30, kNow);
        QVERIFY(!changed);
        QCOMPARE(changed.error().code, commerce::CommerceErrorCode::ServerKeyChanged);
        QCOMPARE(m_keys.keys.at(kServer).publicKeyBase64, m_signer.publicKey());
        QCOMPARE(kind(m_paid), AccessKind::Owned);
    }

    void aWoundBackClockPausesEveryLease()
    {
        replace({course("e1", m_paid, kNow + 30 * kDay)});
        QVERIFY(m_clock->observeServerTime(kNow));
        m_wall = kNow - 5 * 60; // within the tolerance
        QCOMPARE(kind(m_paid), AccessKind::Owned);
        m_wall = kNow - 11 * 60;
        QCOMPARE(reason(m_paid), DenyReason::ClockWoundBack);
        // The mark survives a restart…
        commerce::TrustedClock restarted(*m_db, [this] { return m_wall.load(); });
        QVERIFY(restarted.woundBack());
        // …and without it, the signed lease still says when the server answered.
        QVERIFY(m_db->exec("DELETE FROM app_state WHERE key = 'commerce.latest_time'"));
        m_clock = std::make_unique<commerce::TrustedClock>(*m_db, [this] { return m_wall.load(); });
        m_policy = std::make_unique<commerce::AccessPolicy>(*m_db, *m_store, *m_clock);
        QCOMPARE(reason(m_paid), DenyReason::ClockWoundBack);
        m_wall = kNow;
        QCOMPARE(kind(m_paid), AccessKind::Owned);
    }

    void pinnedKeyFileIsPrivateAndSurvives()
    {
        const auto file = std::filesystem::path(m_dir.filePath(QStringLiteral("keys/server_keys.json")).toStdString());
        std::filesystem::create_directories(file.parent_path());
        commerce::FileServerKeyStore keys(file);
        QVERIFY(keys.save({kServer, m_signer.publicKey(), 30, kNow}));
        struct stat info {};
        QCOMPARE(::stat(file.c_str(), &info), 0);
        QCOMPARE(info.st_mode & 0777, 0600u);
        commerce::FileServerKeyStore again(file);
        QCOMPARE(again.load(kServer).value()->publicKeyBase64, m_signer.publicKey());
        QVERIFY(!again.load("http://elsewhere").value());
        // A damaged file is an error, never "nothing pinned" (which would pin any key anew).
        { std::ofstream(file, std::ios::trunc) << "{broken"; }
        QVERIFY(!again.load(kServer));
    }

    void cartChangesAreQueuedForSync()
    {
        commerce::CartRepository cart(*m_db, [] { return kNow * 1000; });
        QVERIFY(cart.add(m_paid));
        QVERIFY(cart.add(m_inSub));
        QVERIFY(cart.removeAll({m_paid}));
        QCOMPARE(cart.courseIds().value(), std::vector<std::string>{m_inSub});
        QVERIFY(!cart.add("not-a-uuid"));
        sync::Outbox outbox(*m_db);
        auto batch = outbox.nextBatch(10);
        QVERIFY(batch);
        QCOMPARE(batch->size(), std::size_t{2}); // the unsent add of m_paid coalesced with its removal
        for (const auto& entry : *batch)
            QCOMPARE(entry.entity, std::string("cart"));
    }

    void migrationSevenKeepsTheOutbox()
    {
        QTemporaryDir dir;
        const std::string file = dir.filePath(QStringLiteral("old.db")).toStdString();
        const auto all = store::localStoreMigrations();
        {
            auto db = store::openLocalDatabase(file);
            QVERIFY(db);
            QVERIFY(store::migrate(*db, all.first(6)));
            QVERIFY(db->exec("INSERT INTO sync_outbox (op_id, entity, record_id, client_time, attempts) "
                             "VALUES ('op-1', 'wishlist', 'c1', 1, 1)"));
            QVERIFY(db->exec("INSERT INTO sync_outbox (op_id, entity, record_id, client_time) "
                             "VALUES ('op-2', 'note', 'n1', 2)"));
            QVERIFY(db->exec("DELETE FROM sync_outbox WHERE op_id = 'op-2'"));
        }
        auto db = store::openLocalStore(file);
        QVERIFY2(db, db ? "" : db.error().detail.c_str());
        auto kept = db->prepare("SELECT seq, attempts FROM sync_outbox WHERE op_id = 'op-1'");
        QVERIFY(kept && kept->step().value_or(false));
        QCOMPARE(kept->int64(0), std::int64_t{1});
        QCOMPARE(kept->int64(1), std::int64_t{1});
        QVERIFY(db->exec("INSERT INTO sync_outbox (op_id, entity, record_id, client_time) VALUES ('op-3', 'cart', 'c2', 3)"));
        auto next = db->prepare("SELECT seq FROM sync_outbox WHERE op_id = 'op-3'");
        QVERIFY(next && next->step().value_or(false));
        QCOMPARE(next->int64(0), std::int64_t{3}); // never reuses a seq once handed out
    }
};

QTEST_APPLESS_MAIN(TestCommerceAccess)
#include "test_commerce_access.moc"
