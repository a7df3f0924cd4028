#include "account/session_store.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "util/private_file.h"

namespace lectern::account {

using nlohmann::json;

FileSessionStore::FileSessionStore(std::filesystem::path file)
    : m_file(std::move(file))
{
}

Result<std::optional<StoredSession>> FileSessionStore::load()
{
    std::ifstream in(m_file, std::ios::binary);
    if (!in)
        return std::optional<StoredSession>{};
    std::ostringstream text;
    text << in.rdbuf();
    const json value = json::parse(text.str(), nullptr, false);
    // A damaged file is a signed-out state, not a crash: the user signs in again.
    if (!value.is_object())
        return std::optional<StoredSession>{};
    StoredSession session;
    session.serverUrl = value.value("server_url", "");
    session.userId = value.value("user_id", "");
    session.email = value.value("email", "");
    session.displayName = value.value("display_name", "");
    session.accessToken = value.value("access_token", "");
    session.accessExpiresAt = value.value("access_expires_at", std::int64_t{0});
    session.refreshToken = value.value("refresh_token", "");
    session.refreshExpiresAt = value.value("refresh_expires_at", std::int64_t{0});
    if (session.refreshToken.empty() || session.serverUrl.empty())
        return std::optional<StoredSession>{};
    return std::optional<StoredSession>(std::move(session));
}

Result<void> FileSessionStore::save(const StoredSession& session)
{
    const json value{{"server_url", session.serverUrl},       {"user_id", session.userId},
                     {"email", session.email},                 {"display_name", session.displayName},
                     {"access_token", session.accessToken},    {"access_expires_at", session.accessExpiresAt},
                     {"refresh_token", session.refreshToken},  {"refresh_expires_at", session.refreshExpiresAt}};
    return writePrivateFileAtomically(m_file, value.dump(2));
}

Result<void> FileSessionStore::clear()
{
    std::error_code ec;
    std::filesystem::remove(m_file, ec);
    if (ec)
        return fail(ErrorCode::Io, "cannot remove " + m_file.string() + ": " + ec.message());
    return {};
}

} // namespace lectern::account
