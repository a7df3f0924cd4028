#include "commerce/server_key_store.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "util/private_file.h"

namespace lectern::commerce {

namespace {

using nlohmann::json;

Result<json> readAll(const std::filesystem::path& file)
{
    std::ifstream in(file, std::ios::binary);
    if (!in)
        return json::object();
    std::ostringstream text;
    text << in.rdbuf();
    json value = json::parse(text.str(), nullptr, false);
    // A damaged file must not silently become "nothing pinned" (that would let
    // any key be pinned anew): it is an error the user sees.
    if (!value.is_object())
        return fail(ErrorCode::InvalidData, file.string() + " is damaged");
    return value;
}

} // namespace

FileServerKeyStore::FileServerKeyStore(std::filesystem::path file)
    : m_file(std::move(file))
{
}

Result<std::optional<PinnedServerKey>> FileServerKeyStore::load(const std::string& serverUrl)
{
    auto all = readAll(m_file);
    if (!all)
        return std::unexpected(all.error());
    const auto it = all->find(serverUrl);
    if (it == all->end() || !it->is_object())
        return std::optional<PinnedServerKey>{};
    PinnedServerKey key;
    key.serverUrl = serverUrl;
    key.publicKeyBase64 = it->value("public_key", "");
    key.offlineLeaseDays = it->value("offline_lease_days", std::int64_t{30});
    key.pinnedAt = it->value("pinned_at", std::int64_t{0});
    if (key.publicKeyBase64.empty())
        return fail(ErrorCode::InvalidData, m_file.string() + ": no key for " + serverUrl);
    return std::optional<PinnedServerKey>(std::move(key));
}

Result<void> FileServerKeyStore::save(const PinnedServerKey& key)
{
    auto all = readAll(m_file);
    if (!all)
        return std::unexpected(all.error());
    (*all)[key.serverUrl] = {{"public_key", key.publicKeyBase64},
                             {"offline_lease_days", key.offlineLeaseDays},
                             {"pinned_at", key.pinnedAt}};
    return writePrivateFileAtomically(m_file, all->dump(2));
}

std::filesystem::path defaultServerKeyFile(const std::filesystem::path& dataDir) { return dataDir / "server_keys.json"; }

} // namespace lectern::commerce
