// What the media area keeps: one row of facts per lesson file. The files
// themselves live on disk under the media folder (MediaLibrary).
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "http/api_error.h"

namespace lectern::server {

struct MediaRecord {
    std::string lessonId;
    std::string relativePath; // below the media folder
    std::uint64_t size = 0;
    std::string sha256;
    std::string contentType;
};

class MediaStore {
public:
    virtual ~MediaStore() = default;

    [[nodiscard]] virtual ApiResult<std::optional<MediaRecord>> find(const std::string& lessonId) = 0;
    // Replaces an earlier record of the same lesson.
    [[nodiscard]] virtual ApiResult<void> upsert(const MediaRecord& record) = 0;
};

} // namespace lectern::server
