// The learner's wishlist of courses: add and remove locally, each with its outbox entry.
#pragma once

#include <string>
#include <vector>

#include "store/database.h"
#include "sync/outbox.h"
#include "sync/sync_clock.h"

namespace lectern::sync {

class WishlistRepository final {
public:
    explicit WishlistRepository(store::Database& db, MillisClock clock = systemNowMillis);

    [[nodiscard]] Result<void> add(const std::string& courseId);
    [[nodiscard]] Result<void> remove(const std::string& courseId);
    [[nodiscard]] Result<bool> contains(const std::string& courseId);
    [[nodiscard]] Result<std::vector<std::string>> courseIds();

private:
    [[nodiscard]] Result<void> set(const std::string& courseId, bool deleted);

    store::Database& m_db;
    Outbox m_outbox;
    MillisClock m_clock;
};

} // namespace lectern::sync
