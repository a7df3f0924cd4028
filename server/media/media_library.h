// Lesson media files under <data>/media and their facts in the media table.
// A file's path on disk only ever comes from that table.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "http/api_types.h"
#include "media/media_store.h"
#include "storage/storage.h"

namespace lectern::server {

class MediaLibrary final {
public:
    MediaLibrary(Storage& storage, std::filesystem::path mediaDir);

    [[nodiscard]] const std::filesystem::path& directory() const { return m_dir; }
    [[nodiscard]] ApiResult<std::optional<MediaRecord>> find(const std::string& lessonId);
    // The file of a record, or nullopt when its stored path would leave the
    // media folder (a damaged row must not expose other files).
    [[nodiscard]] std::optional<std::filesystem::path> fileOf(const MediaRecord& record) const;

    // Records files already under the media folder (size and sha256 filled in
    // by the caller), replacing earlier rows for the same lessons.
    [[nodiscard]] ApiResult<void> record(const std::vector<MediaRecord>& records);
    // Measures a file under the media folder and records it for one lesson.
    [[nodiscard]] ApiResult<MediaRecord> recordFile(const std::string& lessonId, const std::string& relativePath,
                                                    const std::string& contentType);

    [[nodiscard]] static Result<std::string> sha256OfFile(const std::filesystem::path& path);

private:
    Storage& m_storage;
    std::filesystem::path m_dir;
};

} // namespace lectern::server
