// The signed-in user of one profile: sign in/out, and a valid access token on
// demand — refreshed when it is about to expire or after a 401 (once), and
// cleared when the refresh token is refused, so the user is asked to sign in.
#pragma once

#include <functional>
#include <mutex>
#include <optional>
#include <string>

#include "account/session_store.h"
#include "net/api_client.h"

namespace lectern::account {

class AccountSession final {
public:
    using Now = std::function<std::int64_t()>;

    AccountSession(SessionStore& store, const net::ApiClient& api, Now now);

    [[nodiscard]] net::ApiResult<StoredSession> signIn(const std::string& email, const std::string& password,
                                                       const std::string& deviceName);
    [[nodiscard]] net::ApiResult<StoredSession> signUp(const std::string& email, const std::string& password,
                                                       const std::string& displayName);
    // Ends the session on the server when reachable; forgets it locally always.
    [[nodiscard]] Result<void> signOut();

    [[nodiscard]] std::optional<StoredSession> current();

    // An access token to use now. forceRefresh after the server said 401.
    // Unauthorized with serverCode "sign_in_required" when there is no usable session.
    [[nodiscard]] net::ApiResult<std::string> accessToken(bool forceRefresh = false);

private:
    [[nodiscard]] net::ApiResult<StoredSession> remember(const protocol::Session& session);

    SessionStore& m_store;
    const net::ApiClient& m_api;
    Now m_now;
    std::mutex m_mutex; // one refresh at a time: refresh tokens rotate
};

} // namespace lectern::account
