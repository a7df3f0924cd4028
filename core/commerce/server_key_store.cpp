#include "commerce/server_key_store.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

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

// Created 0600 from the first byte, written to a temporary file, fsynced, renamed.
Result<void> writeAtomically(const std::filesystem::path& file, const std::string& text)
{
    const std::filesystem::path temporary = file.string() + ".tmp";
    const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0)
        return fail(ErrorCode::Io, "cannot write " + temporary.string() + ": " + std::strerror(errno));
    ::fchmod(fd, 0600);
    std::size_t written = 0;
    while (written < text.size()) {
        const ssize_t n = ::write(fd, text.data() + written, text.size() - written);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            const int error = errno;
            ::close(fd);
            ::unlink(temporary.c_str());
            return fail(ErrorCode::Io, "cannot write " + temporary.string() + ": " + std::strerror(error));
        }
        written += static_cast<std::size_t>(n);
    }
    if (::fsync(fd) != 0 || ::close(fd) != 0) {
        ::unlink(temporary.c_str());
        return fail(ErrorCode::Io, "cannot save " + temporary.string());
    }
    if (::rename(temporary.c_str(), file.c_str()) != 0) {
        const int error = errno;
        ::unlink(temporary.c_str());
        return fail(ErrorCode::Io, "cannot replace " + file.string() + ": " + std::strerror(error));
    }
    return {};
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
    return writeAtomically(m_file, all->dump(2));
}

std::filesystem::path defaultServerKeyFile(const std::filesystem::path& dataDir) { return dataDir / "server_keys.json"; }

} // namespace lectern::commerce
