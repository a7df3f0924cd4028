#include "services/commerce_service.h"

#include <algorithm>
#include <mutex>
#include <set>

#include <QDir>
#include <QMetaObject>

#include "catalog/catalog_repository.h"
#include "commerce/access_policy.h"
#include "commerce/cart_repository.h"
#include "commerce/commerce_api.h"
#include "commerce/commerce_client.h"
#include "commerce/entitlement_store.h"
#include "commerce/server_key_store.h"
#include "commerce/trusted_clock.h"
#include "net/api_client.h"
#include "net/curl_http_client.h"
#include "net/retrying_http_client.h"
#include "net/sleeper.h"
#include "store/local_store.h"
#include "sync/progress_repository.h"
#include "sync/wishlist_repository.h"

namespace lectern::ui {

namespace {

using commerce::CheckoutOutcome;
using commerce::CheckoutResult;
using commerce::CommerceError;
using commerce::CommerceErrorCode;

// A payment carries an Idempotency-Key, so the retry layer may repeat it.
class RetryingCurl final : public net::HttpClient {
public:
    RetryingCurl()
        : m_retrying(m_curl, m_sleeper)
    {
    }
    [[nodiscard]] net::HttpResult send(const net::HttpRequest& request, const net::CancelToken* cancel) override
    {
        return m_retrying.send(request, cancel);
    }

private:
    net::CurlHttpClient m_curl;
    net::SystemSleeper m_sleeper;
    net::RetryingHttpClient m_retrying;
};

CommerceError storageError(const Error& error)
{
    return commerce::commerceFail(error).error();
}

} // namespace

struct CommerceService::Snapshot {
    QSet<QString> owned;
    bool subscriptionActive = false;
    QHash<QString, bool> covered;
    QStringList cart;
    QSet<QString> wishlist;
};

// Made and used on the worker thread only.
struct CommerceService::Worker {
    Options options;
    std::unique_ptr<net::HttpClient> http;
    std::unique_ptr<net::ApiClient> api;
    std::unique_ptr<commerce::CommerceApi> commerceApi;
    std::mutex userMutex;
    std::string userId; // of the signed-in account; "" until asked (GET /v1/me)
    std::unique_ptr<commerce::FileServerKeyStore> keys;
    std::optional<store::Database> db;
    std::unique_ptr<commerce::TrustedClock> clock;
    std::unique_ptr<commerce::EntitlementStore> entitlements;
    std::unique_ptr<commerce::AccessPolicy> policy;
    std::unique_ptr<commerce::CartRepository> cart;
    std::unique_ptr<commerce::CommerceClient> client;
    std::unique_ptr<commerce::CheckoutService> checkout;
    std::optional<Error> openError;

    bool open()
    {
        if (db)
            return true;
        if (openError)
            return false;
        auto opened = store::openLocalStore(QDir(options.dataDir).filePath(QStringLiteral("lectern.db")).toStdString());
        if (!opened) {
            openError = opened.error();
            return false;
        }
        db.emplace(std::move(*opened));
        http = options.makeHttpClient ? options.makeHttpClient() : std::make_unique<RetryingCurl>();
        api = std::make_unique<net::ApiClient>(*http, options.serverUrl.toStdString());
        commerceApi = std::make_unique<commerce::CommerceApi>(*api);
        keys = std::make_unique<commerce::FileServerKeyStore>(
            commerce::defaultServerKeyFile(options.dataDir.toStdString()));
        clock = std::make_unique<commerce::TrustedClock>(*db);
        entitlements = std::make_unique<commerce::EntitlementStore>(*db, *keys, api->baseUrl());
        policy = std::make_unique<commerce::AccessPolicy>(*db, *entitlements, *clock);
        cart = std::make_unique<commerce::CartRepository>(*db);
        // The one signed-in session (SyncService's) lends its tokens; a forced
        // refresh after a 401 happens there, so the refresh token rotates once.
        commerce::SessionAccess access;
        access.accessToken = options.tokens ? options.tokens : [](bool) -> net::ApiResult<std::string> {
            return net::apiFail(net::ApiErrorCode::Unauthorized, "not signed in");
        };
        access.userId = [this] { return signedInUserId(); };
        client = std::make_unique<commerce::CommerceClient>(*commerceApi, std::move(access), *entitlements, *clock);
        checkout = std::make_unique<commerce::CheckoutService>(*db, *client, *cart);
        return true;
    }

    [[nodiscard]] CommerceError notOpen() const
    {
        return storageError(openError.value_or(Error{ErrorCode::Io, "the local store is not open"}));
    }

    void close()
    {
        checkout.reset();
        client.reset();
        cart.reset();
        policy.reset();
        entitlements.reset();
        clock.reset();
        db.reset();
    }

    // The signed-in user's id, asked once per sign-in (GET /v1/me with the
    // shared token); "" when signed out or unreachable.
    std::string signedInUserId()
    {
        const std::lock_guard lock(userMutex);
        if (userId.empty() && options.tokens) {
            if (auto token = options.tokens(false)) {
                if (auto me = api->me(*token))
                    userId = me->id;
            }
        }
        return userId;
    }

    void forgetUser()
    {
        const std::lock_guard lock(userMutex);
        userId.clear();
    }

    // Which courses the learner has: a purchase or free enrolment (verified,
    // not revoked, lease current), and whether a subscription is running.
    Snapshot ownership(const QStringList& coverage)
    {
        Snapshot snapshot;
        if (!open())
            return snapshot;
        auto rows = entitlements->verified();
        if (!rows)
            return snapshot;
        const std::int64_t now = clock->effectiveNow();
        std::set<std::string> candidates;
        for (const commerce::Entitlement& e : *rows) {
            if (e.revoked)
                continue;
            if (e.kind == "course")
                candidates.insert(e.courseId);
            else if (e.kind == "subscription" && e.expiresAt.value_or(0) > now && e.leaseExpiresAt > now)
                snapshot.subscriptionActive = true;
        }
        for (const std::string& id : candidates) {
            auto decision = policy->access(id);
            // A free course one enrolled in is theirs too.
            if (decision && (decision->kind == commerce::AccessKind::Owned || decision->kind == commerce::AccessKind::Free))
                snapshot.owned.insert(QString::fromStdString(id));
        }
        if (snapshot.subscriptionActive)
            snapshot.covered = coverageOf(coverage);
        return snapshot;
    }

    QHash<QString, bool> coverageOf(const QStringList& ids)
    {
        QHash<QString, bool> covered;
        if (!open())
            return covered;
        for (const QString& id : ids) {
            auto decision = policy->access(id.toStdString());
            covered.insert(id, decision && decision->kind == commerce::AccessKind::Subscription);
        }
        return covered;
    }

    Result<QStringList> cartIds()
    {
        auto ids = cart->courseIds();
        if (!ids)
            return std::unexpected(ids.error());
        QStringList out;
        for (const std::string& id : *ids)
            out << QString::fromStdString(id);
        return out;
    }

    Result<QSet<QString>> wishlistIds()
    {
        auto ids = sync::WishlistRepository(*db).courseIds();
        if (!ids)
            return std::unexpected(ids.error());
        QSet<QString> out;
        for (const std::string& id : *ids)
            out.insert(QString::fromStdString(id));
        return out;
    }
};

CommerceService::CommerceService(Options options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_workerContext(std::make_unique<QObject>())
    , m_worker(std::make_shared<Worker>())
{
    m_worker->options = m_options;
    m_thread.setObjectName(QStringLiteral("lectern-commerce"));
    m_workerContext->moveToThread(&m_thread);
    m_thread.start();
    // Paints ask for subscription coverage of the cards they draw; one lookup
    // answers every card of a scroll.
    m_coverageTimer.setSingleShot(true);
    m_coverageTimer.setInterval(0);
    connect(&m_coverageTimer, &QTimer::timeout, this, [this] {
        const QStringList ids(m_coverageWanted.cbegin(), m_coverageWanted.cend());
        if (ids.isEmpty())
            return;
        onWorker([this, worker = m_worker, ids] {
            auto covered = worker->coverageOf(ids);
            onUiThread([this, covered = std::move(covered)] {
                for (auto it = covered.cbegin(); it != covered.cend(); ++it) {
                    m_coverageWanted.remove(it.key());
                    m_coveredBySubscription.insert(it.key(), it.value());
                }
                Q_EMIT ownershipChanged();
            });
        });
    });
}

CommerceService::~CommerceService()
{
    QMetaObject::invokeMethod(m_workerContext.get(), [worker = m_worker] { worker->close(); },
                              Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

template <typename Work>
void CommerceService::onWorker(Work work)
{
    QMetaObject::invokeMethod(m_workerContext.get(), std::move(work), Qt::QueuedConnection);
}

template <typename Answer>
void CommerceService::onUiThread(Answer answer)
{
    QMetaObject::invokeMethod(this, std::move(answer), Qt::QueuedConnection);
}

void CommerceService::start()
{
    if (m_started)
        return;
    m_started = true;
    onWorker([this, worker = m_worker] {
        const bool opened = worker->open();
        Snapshot snapshot = worker->ownership({});
        if (opened) {
            if (auto cart = worker->cartIds())
                snapshot.cart = std::move(*cart);
            if (auto wishlist = worker->wishlistIds())
                snapshot.wishlist = std::move(*wishlist);
        }
        std::optional<Error> error = worker->openError;
        onUiThread([this, snapshot = std::move(snapshot), error] {
            if (error)
                Q_EMIT failed(*error);
            m_cart = snapshot.cart;
            m_wishlist = snapshot.wishlist;
            applySnapshot(snapshot);
            Q_EMIT cartChanged();
            Q_EMIT wishlistChanged();
            Q_EMIT started();
        });
    });
}

CourseOwnership CommerceService::ownership(const QString& courseId) const
{
    if (m_owned.contains(courseId))
        return CourseOwnership::Owned;
    if (!m_subscriptionActive)
        return CourseOwnership::NotOwned;
    const auto covered = m_coveredBySubscription.constFind(courseId);
    if (covered != m_coveredBySubscription.cend())
        return *covered ? CourseOwnership::Subscription : CourseOwnership::NotOwned;
    m_coverageWanted.insert(courseId);
    lookUpSubscriptionCoverage();
    return CourseOwnership::NotOwned;
}

void CommerceService::lookUpSubscriptionCoverage() const
{
    if (!m_coverageTimer.isActive())
        m_coverageTimer.start();
}

void CommerceService::applySnapshot(const Snapshot& snapshot)
{
    const bool same = snapshot.owned == m_owned && snapshot.subscriptionActive == m_subscriptionActive
                      && snapshot.covered == m_coveredBySubscription;
    m_owned = snapshot.owned;
    m_subscriptionActive = snapshot.subscriptionActive;
    m_coveredBySubscription = snapshot.covered;
    if (!same)
        Q_EMIT ownershipChanged();
}

void CommerceService::refreshOwnership()
{
    const QStringList known = m_coveredBySubscription.keys();
    onWorker([this, worker = m_worker, known] {
        Snapshot snapshot = worker->ownership(known);
        onUiThread([this, snapshot = std::move(snapshot)] { applySnapshot(snapshot); });
    });
}

void CommerceService::setSignedIn(bool signedIn)
{
    if (signedIn == m_signedIn)
        return;
    m_signedIn = signedIn;
    onWorker([this, worker = m_worker, signedIn] {
        if (!worker->open())
            return;
        worker->forgetUser(); // another account may sign in next
        if (!signedIn)
            (void)worker->entitlements->clear();
        Snapshot snapshot = worker->ownership({});
        onUiThread([this, snapshot = std::move(snapshot)] { applySnapshot(snapshot); });
    });
}

void CommerceService::restorePurchases()
{
    const QStringList known = m_coveredBySubscription.keys();
    onWorker([this, worker = m_worker, known] {
        if (!worker->open()) {
            onUiThread([this, error = worker->notOpen()] { Q_EMIT restoreFinished(false, error); });
            return;
        }
        auto restored = worker->client->restorePurchases();
        // A payment whose answer never arrived (the dialog was closed, the app
        // quit): ask the server what became of it, with the same key — never guess.
        if (restored)
            if (auto pending = worker->checkout->pendingPayments())
                for (const commerce::PendingPayment& payment : *pending)
                    (void)worker->checkout->checkPending(payment.orderId);
        Snapshot snapshot = worker->ownership(known);
        CommerceError error = restored ? CommerceError{} : restored.error();
        onUiThread([this, ok = restored.has_value(), error, snapshot = std::move(snapshot)] {
            applySnapshot(snapshot);
            Q_EMIT restoreFinished(ok, error);
        });
    });
}

void CommerceService::writeSet(bool cart, const QString& courseId, bool add)
{
    onWorker([this, worker = m_worker, cart, id = courseId.toStdString(), add] {
        if (!worker->open()) {
            onUiThread([this, error = *worker->openError] { Q_EMIT failed(error); });
            return;
        }
        Result<void> done;
        if (cart)
            done = add ? worker->cart->add(id) : worker->cart->remove(id);
        else
            done = add ? sync::WishlistRepository(*worker->db).add(id) : sync::WishlistRepository(*worker->db).remove(id);
        auto cartIds = worker->cartIds();
        auto wishlist = worker->wishlistIds();
        onUiThread([this, done, cart, cartIds = std::move(cartIds), wishlist = std::move(wishlist)] {
            if (!done) {
                Q_EMIT failed(done.error());
                return;
            }
            if (cart && cartIds) {
                m_cart = *cartIds;
                Q_EMIT cartChanged();
            }
            if (!cart && wishlist) {
                m_wishlist = *wishlist;
                Q_EMIT wishlistChanged();
            }
            Q_EMIT changed();
        });
    });
}

void CommerceService::addToCart(const QString& courseId)
{
    writeSet(true, courseId, true);
}

void CommerceService::removeFromCart(const QString& courseId)
{
    writeSet(true, courseId, false);
}

void CommerceService::addToWishlist(const QString& courseId)
{
    writeSet(false, courseId, true);
}

void CommerceService::removeFromWishlist(const QString& courseId)
{
    writeSet(false, courseId, false);
}

void CommerceService::loadCartLines()
{
    onWorker([this, worker = m_worker] {
        std::vector<CartLine> lines;
        if (worker->open()) {
            if (auto ids = worker->cartIds()) {
                catalog::CatalogRepository catalog(*worker->db);
                for (const QString& id : *ids) {
                    CartLine line;
                    line.courseId = id;
                    auto detail = catalog.courseDetail(id.toStdString());
                    if (detail && *detail) {
                        line.title = QString::fromStdString((*detail)->course.title);
                        line.price = (*detail)->course.price;
                    } else {
                        line.known = false;
                    }
                    lines.push_back(std::move(line));
                }
            }
        }
        onUiThread([this, lines = std::move(lines)] { Q_EMIT cartLinesLoaded(lines); });
    });
}

CommerceService::RequestId CommerceService::checkout(std::function<CheckoutResult(Worker&)> work,
                                                    const QString& payingOrder)
{
    const RequestId id = ++m_lastRequest;
    const QStringList known = m_coveredBySubscription.keys();
    onWorker([this, worker = m_worker, work = std::move(work), id, known, payingOrder] {
        CheckoutResult result;
        if (!worker->open()) {
            result.error = worker->notOpen();
        } else {
            result = work(*worker);
        }
        // A paid order (or a check that found one) changed what the learner owns;
        // the cart lost the items it bought.
        const bool paid = result.outcome == CheckoutOutcome::Paid;
        std::optional<Snapshot> snapshot;
        if (paid) {
            snapshot = worker->ownership(known);
            if (auto cart = worker->cartIds())
                snapshot->cart = std::move(*cart);
        }
        onUiThread([this, id, payingOrder, result = std::move(result), snapshot = std::move(snapshot)] {
            m_paying.remove(payingOrder);
            if (snapshot) {
                applySnapshot(*snapshot);
                if (snapshot->cart != m_cart) {
                    m_cart = snapshot->cart;
                    Q_EMIT cartChanged();
                    Q_EMIT changed();
                }
            }
            Q_EMIT checkoutFinished(id, result);
        });
    });
    return id;
}

CommerceService::RequestId CommerceService::placeOrder(const QStringList& courseIds, const QString& planId,
                                                       const QString& coupon)
{
    commerce::OrderRequest request;
    for (const QString& id : courseIds)
        if (!m_owned.contains(id)) // owned ones would refuse the whole order
            request.courseIds.push_back(id.toStdString());
    if (!planId.isEmpty())
        request.planId = planId.toStdString();
    if (!coupon.trimmed().isEmpty())
        request.coupon = coupon.trimmed().toStdString();
    return checkout([request](Worker& worker) { return worker.checkout->placeOrder(request); });
}

CommerceService::RequestId CommerceService::pay(const QString& orderId, const QString& cardNumber)
{
    if (m_paying.contains(orderId))
        return 0; // already on its way: the first answer is the one
    m_paying.insert(orderId);
    QString digits = cardNumber;
    digits.remove(QLatin1Char(' ')).remove(QLatin1Char('-'));
    return checkout([order = orderId.toStdString(), card = digits.toStdString()](Worker& worker) {
        return worker.checkout->pay(order, card);
    }, orderId);
}

CommerceService::RequestId CommerceService::enrolFree(const QString& courseId)
{
    return checkout([id = courseId.toStdString()](Worker& worker) { return worker.checkout->enrolFree(id); });
}

CommerceService::RequestId CommerceService::checkPending(const QString& orderId)
{
    return checkout([order = orderId.toStdString()](Worker& worker) { return worker.checkout->checkPending(order); });
}

// One read from the server on the worker, answered with `loaded` or `refused`
// on the UI thread (a store that cannot be opened is a failure too).
template <typename Call, typename Loaded, typename Failed>
void CommerceService::fetch(Call call, Loaded loaded, Failed refused)
{
    onWorker([this, worker = m_worker, call = std::move(call), loaded, refused] {
        using Answer = decltype(call(*worker));
        Answer answer = worker->open() ? call(*worker) : Answer(std::unexpected(worker->notOpen()));
        onUiThread([this, answer = std::move(answer), loaded, refused] {
            if (answer)
                Q_EMIT(this->*loaded)(*answer);
            else
                Q_EMIT(this->*refused)(answer.error());
        });
    });
}

void CommerceService::loadOrders()
{
    fetch([](Worker& worker) { return worker.client->orders(); }, &CommerceService::ordersLoaded,
          &CommerceService::ordersFailed);
}

void CommerceService::refund(const QString& orderId, const QString& reason)
{
    const QStringList known = m_coveredBySubscription.keys();
    onWorker([this, worker = m_worker, id = orderId.toStdString(), reason = reason.toStdString(), known] {
        auto refunded = worker->open() ? worker->client->refund(id, reason)
                                       : commerce::CommerceResult<commerce::Order>(std::unexpected(worker->notOpen()));
        Snapshot snapshot = worker->ownership(known);
        onUiThread([this, orderId = QString::fromStdString(id), ok = refunded.has_value(),
                    error = refunded ? CommerceError{} : refunded.error(), snapshot = std::move(snapshot)] {
            applySnapshot(snapshot);
            Q_EMIT refundFinished(orderId, ok, error);
        });
    });
}

void CommerceService::loadPlans()
{
    fetch([](Worker& worker) { return worker.client->plans(); }, &CommerceService::plansLoaded,
          &CommerceService::plansFailed);
}

void CommerceService::loadSubscription()
{
    fetch([](Worker& worker) { return worker.client->subscription(); }, &CommerceService::subscriptionLoaded,
          &CommerceService::subscriptionFailed);
}

void CommerceService::cancelSubscription()
{
    fetch([](Worker& worker) { return worker.client->cancelSubscription(); }, &CommerceService::subscriptionLoaded,
          &CommerceService::subscriptionFailed);
}

void CommerceService::loadLibrary()
{
    const QStringList ids(m_owned.cbegin(), m_owned.cend());
    onWorker([this, worker = m_worker, ids] {
        std::vector<LibraryCourse> courses;
        if (worker->open()) {
            catalog::CatalogRepository catalog(*worker->db);
            sync::ProgressRepository progress(*worker->db);
            for (const QString& id : ids) {
                LibraryCourse course;
                course.id = id;
                auto detail = catalog.courseDetail(id.toStdString());
                if (detail && *detail) {
                    const catalog::CourseDetail& d = **detail;
                    course.key = d.key;
                    course.title = QString::fromStdString(d.course.title);
                    course.instructor = QString::fromStdString(d.instructor.name);
                    course.lessons = static_cast<int>(d.lessonCount);
                    for (const protocol::Section& section : d.course.sections)
                        for (const protocol::Lesson& lesson : section.lessons) {
                            auto seen = progress.find(lesson.id);
                            if (seen && *seen && (*seen)->completed)
                                ++course.completedLessons;
                        }
                }
                courses.push_back(std::move(course));
            }
        }
        std::sort(courses.begin(), courses.end(),
                  [](const LibraryCourse& a, const LibraryCourse& b) { return a.title.localeAwareCompare(b.title) < 0; });
        onUiThread([this, courses = std::move(courses)] { Q_EMIT libraryLoaded(courses); });
    });
}

} // namespace lectern::ui
