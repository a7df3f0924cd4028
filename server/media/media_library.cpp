#include "media/media_library.h"

#include <fstream>

#include <sodium.h>

#include "accounts/secrets.h"

namespace lectern::server {

MediaLibrary::MediaLibrary(Storage& storage, std::filesystem::path mediaDir)
    : m_storage(storage)
    , m_dir(std::move(mediaDir))
{
}

ApiResult<std::optional<MediaRecord>> MediaLibrary::find(const std::string& lessonId)
{
    return readUnit<std::optional<MediaRecord>>(m_storage,
                                                [&](StoreTransaction& tx) { return tx.media().find(lessonId); });
}

std::optional<std::filesystem::path> MediaLibrary::fileOf(const MediaRecord& record) const
{
    const std::filesystem::path relative(record.relativePath);
    if (relative.empty() || relative.is_absolute())
        return std::nullopt;
    for (const auto& part : relative)
        if (part == ".." || part == ".")
            return std::nullopt;
    return m_dir / relative;
}

ApiResult<void> MediaLibrary::record(const std::vector<MediaRecord>& records)
{
    return m_storage.write([&](StoreTransaction& tx) -> ApiResult<void> {
        for (const MediaRecord& r : records)
            if (auto ok = tx.media().upsert(r); !ok)
                return ok;
        return {};
    });
}

ApiResult<MediaRecord> MediaLibrary::recordFile(const std::string& lessonId, const std::string& relativePath,
                                                const std::string& contentType)
{
    MediaRecord record{lessonId, relativePath, 0, {}, contentType};
    const auto file = fileOf(record);
    if (!file)
        return apiError(400, "invalid_field", "path: must stay inside the media folder", "path");
    std::error_code ec;
    record.size = std::filesystem::file_size(*file, ec);
    if (ec)
        return internalError("cannot stat " + file->string() + ": " + ec.message());
    auto sha = sha256OfFile(*file);
    if (!sha)
        return internalError(sha.error().detail);
    record.sha256 = *sha;
    if (auto ok = this->record({record}); !ok)
        return std::unexpected(ok.error());
    return record;
}

Result<std::string> MediaLibrary::sha256OfFile(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return fail(ErrorCode::Io, "cannot read " + path.string());
    crypto_hash_sha256_state state;
    crypto_hash_sha256_init(&state);
    std::string buffer(256 * 1024, '\0');
    while (in) {
        in.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
        const auto got = in.gcount();
        if (got > 0)
            crypto_hash_sha256_update(&state, reinterpret_cast<const unsigned char*>(buffer.data()),
                                      static_cast<unsigned long long>(got));
    }
    if (in.bad())
        return fail(ErrorCode::Io, "cannot read " + path.string());
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256_final(&state, digest);
    return secrets::toHex(std::string_view(reinterpret_cast<const char*>(digest), sizeof digest));
}

} // namespace lectern::server
