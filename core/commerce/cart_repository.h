// The learner's cart: a synced set of course ids like the wishlist. Every add
// and remove writes the row and its outbox entry in one transaction, so the
// cart follows the learner to their other devices (sync entity "cart").
#pragma once

#include <string>
#include <vector>

#include "store/database.h"
#include "sync/outbox.h"
#include "sync/sync_clock.h"

namespace lectern::commerce {

class CartRepository final {
public:
    explicit CartRepository(store::Database& db, sync::MillisClock clock = sync::systemNowMillis);

    [[nodiscard]] Result<void> add(const std::string& courseId);
    [[nodiscard]] Result<void> remove(const std::string& courseId);
    // Removes several in one transaction (the items an order bought).
    [[nodiscard]] Result<void> removeAll(const std::vector<std::string>& courseIds);
    [[nodiscard]] Result<bool> contains(const std::string& courseId);
    // In the order they were added.
    [[nodiscard]] Result<std::vector<std::string>> courseIds();

private:
    [[nodiscard]] Result<void> set(const std::string& courseId, bool deleted);

    store::Database& m_db;
    sync::Outbox m_outbox;
    sync::MillisClock m_clock;
};

} // namespace lectern::commerce
