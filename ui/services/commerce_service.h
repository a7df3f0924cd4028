// Purchases for the desktop: the cart, checkout, order history, refunds, the
// subscription and "restore purchases", over core/commerce. One worker thread
// owns the commerce objects and their SQLite connection; the UI thread asks
// and is answered with signals. Tokens come from SyncService::tokenProvider():
// the one signed-in session, never a second one (refresh tokens rotate).
//
// What views need on every paint — which courses the learner owns or has
// through the subscription — is a snapshot held on the UI thread and swapped
// whole after a payment, a refund or a sync, so a card never waits on SQLite.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QThread>
#include <QTimer>

#include "commerce/checkout_service.h"
#include "commerce/commerce_error.h"
#include "commerce/commerce_types.h"
#include "net/http_client.h"
#include "net/net_error.h"
#include "protocol/catalog_types.h"
#include "util/error.h"

namespace lectern::ui {

// How the learner stands with one course, for prices and actions.
enum class CourseOwnership {
    NotOwned,     // buy it (or enrol, when it is free)
    Owned,        // bought or enrolled
    Subscription, // covered by the active subscription
};

// A course of the learner's library, for My Learning.
struct LibraryCourse {
    QString id;
    qint64 key = 0; // catalog key, 0 when the course left the local catalog
    QString title;
    QString instructor;
    CourseOwnership ownership = CourseOwnership::Owned;
    int lessons = 0;
    int completedLessons = 0;
};

// One course in the cart, with what the catalog says it costs.
struct CartLine {
    QString courseId;
    QString title;
    protocol::Money price;
    bool known = true; // false when the course is not in the local catalog
};

class CommerceService final : public QObject {
    Q_OBJECT

public:
    using RequestId = std::uint64_t;

    struct Options {
        QString dataDir; // lectern.db and server_keys.json live here
        QString serverUrl;
        std::function<net::ApiResult<std::string>(bool forceRefresh)> tokens; // SyncService::tokenProvider()
        std::function<std::unique_ptr<net::HttpClient>()> makeHttpClient;   // default: curl with retries
    };

    explicit CommerceService(Options options, QObject* parent = nullptr);
    ~CommerceService() override;
    CommerceService(const CommerceService&) = delete;
    CommerceService& operator=(const CommerceService&) = delete;

    // Opens the store and loads what this device knows (cart, entitlements).
    // Call once the local store exists.
    void start();
    // From SyncService::accountChanged: signing out forgets the entitlements
    // (a purchase belongs to an account, not to a computer).
    void setSignedIn(bool signedIn);
    // "Restore purchases": the signed entitlements from the server replace the
    // local copy (after sign-in and after every sync run).
    void restorePurchases();

    // Synchronous snapshots, kept current by ownershipChanged().
    [[nodiscard]] bool isSignedIn() const { return m_signedIn; }
    [[nodiscard]] CourseOwnership ownership(const QString& courseId) const;
    [[nodiscard]] const QSet<QString>& ownedCourses() const { return m_owned; }
    [[nodiscard]] bool subscriptionActive() const { return m_subscriptionActive; }
    [[nodiscard]] const QStringList& cart() const { return m_cart; }
    [[nodiscard]] bool inCart(const QString& courseId) const { return m_cart.contains(courseId); }
    [[nodiscard]] bool inWishlist(const QString& courseId) const { return m_wishlist.contains(courseId); }

    // The cart and the wishlist are synced sets: each change is announced with
    // changed(), which the app connects to SyncService::localChangeRecorded.
    void addToCart(const QString& courseId);
    void removeFromCart(const QString& courseId);
    void addToWishlist(const QString& courseId);
    void removeFromWishlist(const QString& courseId);
    void loadCartLines(); // → cartLinesLoaded

    // Checkout. Every call answers with checkoutFinished(id, result).
    // The server prices the order; its total is what the dialog shows.
    RequestId placeOrder(const QStringList& courseIds, const QString& planId, const QString& coupon);
    // Pays an order. A second call for an order already being paid is
    // ignored (answered once); core re-sends one Idempotency-Key per order.
    RequestId pay(const QString& orderId, const QString& cardNumber);
    RequestId enrolFree(const QString& courseId);
    // After an Unknown outcome: asks the server what happened, never guesses.
    RequestId checkPending(const QString& orderId);

    void loadOrders();
    void refund(const QString& orderId, const QString& reason);
    void loadPlans();
    void loadSubscription();
    void cancelSubscription();
    void loadLibrary();

Q_SIGNALS:
    void started();
    // Owned / subscription state changed: prices, cards and actions repaint.
    void ownershipChanged();
    void cartChanged();
    void wishlistChanged();
    // A synced local write (cart, wishlist) was stored.
    void changed();
    void restoreFinished(bool ok, const lectern::commerce::CommerceError& error);
    void cartLinesLoaded(const std::vector<lectern::ui::CartLine>& lines);
    void checkoutFinished(lectern::ui::CommerceService::RequestId id, const lectern::commerce::CheckoutResult& result);
    void ordersLoaded(const std::vector<lectern::commerce::Order>& orders);
    void ordersFailed(const lectern::commerce::CommerceError& error);
    // ok: the order as refunded; else the error (its api->message says why the server refused).
    void refundFinished(const QString& orderId, bool ok, const lectern::commerce::CommerceError& error);
    void plansLoaded(const std::vector<lectern::commerce::Plan>& plans);
    void plansFailed(const lectern::commerce::CommerceError& error);
    void subscriptionLoaded(const lectern::commerce::SubscriptionStatus& status);
    void subscriptionFailed(const lectern::commerce::CommerceError& error);
    void libraryLoaded(const std::vector<lectern::ui::LibraryCourse>& courses);
    // A local write or read failed (cart, wishlist); nothing changed.
    void failed(const lectern::Error& error);

private:
    struct Worker;
    struct Snapshot;
    template <typename Work>
    void onWorker(Work work);
    template <typename Answer>
    void onUiThread(Answer answer);
    template <typename Call, typename Loaded, typename Failed>
    void fetch(Call call, Loaded loaded, Failed refused);
    void refreshOwnership();
    void applySnapshot(const Snapshot& snapshot);
    void lookUpSubscriptionCoverage() const;
    void writeSet(bool cart, const QString& courseId, bool add);
    RequestId checkout(std::function<commerce::CheckoutResult(Worker&)> work, const QString& payingOrder = {});

    Options m_options;
    QThread m_thread;
    std::unique_ptr<QObject> m_workerContext;
    std::shared_ptr<Worker> m_worker; // touched only on m_thread
    bool m_started = false;
    bool m_signedIn = false;
    RequestId m_lastRequest = 0;
    QSet<QString> m_paying; // orders with a payment in flight

    QSet<QString> m_owned;
    bool m_subscriptionActive = false;
    QHash<QString, bool> m_coveredBySubscription; // resolved course ids
    mutable QSet<QString> m_coverageWanted;        // asked for by a paint, not yet resolved
    mutable QTimer m_coverageTimer;
    QStringList m_cart;
    QSet<QString> m_wishlist;
};

} // namespace lectern::ui
