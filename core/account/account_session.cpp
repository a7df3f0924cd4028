#include "account/account_session.h"

namespace lectern::account {

namespace {

constexpr std::int64_t kRefreshMargin = 60; // refresh a token that expires within a minute

std::unexpected<net::ApiError> signInRequired(std::string detail)
{
    net::ApiError error;
    error.code = net::ApiErrorCode::Unauthorized;
    error.serverCode = "sign_in_required";
    error.detail = std::move(detail);
    return std::unexpected(std::move(error));
}

std::unexpected<net::ApiError> localFailure(const Error& error)
{
    net::ApiError failure;
    failure.code = net::ApiErrorCode::InvalidRequest;
    failure.detail = std::string("session store: ") + error.detail;
    return std::unexpected(std::move(failure));
}

} // namespace

AccountSession::AccountSession(SessionStore& store, const net::ApiClient& api, Now now)
    : m_store(store)
    , m_api(api)
    , m_now(std::move(now))
{
}

net::ApiResult<StoredSession> AccountSession::remember(const protocol::Session& session)
{
    StoredSession stored{m_api.baseUrl(),         session.user.id,      session.user.email,
                         session.user.displayName, session.accessToken,  session.accessExpiresAt,
                         session.refreshToken,     session.refreshExpiresAt};
    if (auto ok = m_store.save(stored); !ok)
        return localFailure(ok.error());
    return stored;
}

net::ApiResult<StoredSession> AccountSession::signIn(const std::string& email, const std::string& password,
                                                     const std::string& deviceName)
{
    auto session = m_api.signIn(protocol::SignInRequest{email, password, deviceName});
    if (!session)
        return std::unexpected(session.error());
    std::lock_guard lock(m_mutex);
    return remember(*session);
}

net::ApiResult<StoredSession> AccountSession::signUp(const std::string& email, const std::string& password,
                                                     const std::string& displayName)
{
    auto session = m_api.registerAccount(protocol::RegisterRequest{email, password, displayName});
    if (!session)
        return std::unexpected(session.error());
    std::lock_guard lock(m_mutex);
    return remember(*session);
}

Result<void> AccountSession::signOut()
{
    std::lock_guard lock(m_mutex);
    auto stored = m_store.load();
    if (stored && *stored)
        (void)m_api.signOut((*stored)->accessToken); // best effort: offline sign-out still forgets locally
    return m_store.clear();
}

std::optional<StoredSession> AccountSession::current()
{
    std::lock_guard lock(m_mutex);
    auto stored = m_store.load();
    if (!stored || !*stored || (*stored)->serverUrl != m_api.baseUrl())
        return std::nullopt;
    return **stored;
}

net::ApiResult<std::string> AccountSession::accessToken(bool forceRefresh)
{
    std::lock_guard lock(m_mutex);
    auto stored = m_store.load();
    if (!stored)
        return localFailure(stored.error());
    if (!*stored)
        return signInRequired("not signed in");
    if ((*stored)->serverUrl != m_api.baseUrl())
        return signInRequired("signed in to another server (" + (*stored)->serverUrl + ")");
    const std::int64_t now = m_now();
    if (!forceRefresh && (*stored)->accessExpiresAt > now + kRefreshMargin)
        return (*stored)->accessToken;
    if ((*stored)->refreshExpiresAt <= now) {
        (void)m_store.clear();
        return signInRequired("the sign-in expired");
    }
    auto refreshed = m_api.refreshSession((*stored)->refreshToken);
    if (!refreshed) {
        if (refreshed.error().code == net::ApiErrorCode::Unauthorized) {
            // Revoked, rotated elsewhere, or reused: this session is over.
            (void)m_store.clear();
            return signInRequired("the server ended this sign-in (" + refreshed.error().serverCode + ")");
        }
        return std::unexpected(refreshed.error()); // offline etc.: keep the session, try later
    }
    auto saved = remember(*refreshed);
    if (!saved)
        return std::unexpected(saved.error());
    return saved->accessToken;
}

} // namespace lectern::account
