// GET /v1/media/lessons/{lesson_id}: access rules, then the file with Range support.
#include <fcntl.h>
#include <unistd.h>

#include "app/route_registry.h"
#include "catalog/catalog_service.h"
#include "commerce/entitlement_service.h"
#include "media/media_library.h"
#include "media/range_request.h"

namespace lectern::server {

namespace {

// An open file shared by the response's chunk reads; closed with the response.
class OpenFile final {
public:
    explicit OpenFile(int fd)
        : m_fd(fd)
    {
    }
    ~OpenFile() { ::close(m_fd); }
    OpenFile(const OpenFile&) = delete;
    OpenFile& operator=(const OpenFile&) = delete;

    bool read(std::uint64_t offset, std::uint64_t length, std::string& out) const
    {
        const std::size_t start = out.size();
        out.resize(start + length);
        std::size_t done = 0;
        while (done < length) {
            const ssize_t got = ::pread(m_fd, out.data() + start + done, length - done,
                                        static_cast<off_t>(offset + done));
            if (got <= 0) {
                out.resize(start + done);
                return false; // the file shrank under us: end the response early
            }
            done += static_cast<std::size_t>(got);
        }
        return true;
    }

private:
    int m_fd;
};

ApiResponse bytes(const std::shared_ptr<OpenFile>& file, std::uint64_t first, std::uint64_t length)
{
    ApiResponse response;
    response.stream = std::make_shared<BodyStream>();
    response.stream->length = length;
    response.stream->read = [file, first](std::uint64_t offset, std::uint64_t want, std::string& out) {
        return file->read(first + offset, want, out);
    };
    return response;
}

} // namespace

void registerMediaRoutes(Router& router, ServerServices& services)
{
    router.add("GET", "/v1/media/lessons/{lesson_id}", {.authenticated = true},
               [&services](const ApiRequest& request) -> ApiResult<ApiResponse> {
                   const std::string& lessonId = request.params.at("lesson_id");
                   auto lesson = services.catalog->lesson(lessonId);
                   if (!lesson)
                       return std::unexpected(lesson.error());
                   if (!*lesson)
                       return notFound("no such lesson");
                   if (!(*lesson)->freePreview) {
                       auto entitled = services.entitlements->entitled(request.user->id, (*lesson)->courseId,
                                                                        (*lesson)->inSubscription);
                       if (!entitled)
                           return std::unexpected(entitled.error());
                       if (!*entitled)
                           return apiError(403, "not_entitled", "buy the course or subscribe to watch this lesson");
                   }
                   auto media = services.media->find(lessonId);
                   if (!media)
                       return std::unexpected(media.error());
                   const auto path = *media ? services.media->fileOf(**media) : std::nullopt;
                   if (!path)
                       return apiError(404, "no_media", "this lesson has no media");
                   const int fd = ::open(path->c_str(), O_RDONLY | O_CLOEXEC);
                   if (fd < 0)
                       return internalError("media file missing: " + path->string());
                   auto file = std::make_shared<OpenFile>(fd);

                   const MediaRecord& record = **media;
                   const std::string etag = "\"" + record.sha256 + "\"";
                   const std::uint64_t size = record.size;
                   std::string rangeHeader = request.header("Range");
                   // If-Range: a range of a file that changed since would splice two versions.
                   const std::string ifRange = request.header("If-Range");
                   if (!rangeHeader.empty() && !ifRange.empty() && ifRange != etag)
                       rangeHeader.clear();
                   const RangeRequest range = parseRange(rangeHeader, size);

                   ApiResponse response;
                   switch (range.kind) {
                   case RangeRequest::Kind::Malformed:
                       return apiError(400, "invalid_range_header", "Range: expected bytes=A-B, bytes=A- or bytes=-N",
                                       "Range");
                   case RangeRequest::Kind::Unsatisfiable:
                       response = errorResponse(ApiError{416, "range_not_satisfiable",
                                                         "the range starts past the end of the file", {}, 0});
                       response.headers.emplace_back("Content-Range", "bytes */" + std::to_string(size));
                       break;
                   case RangeRequest::Kind::Partial:
                       response = bytes(file, range.range.first, range.range.length());
                       response.status = 206;
                       response.headers.emplace_back("Content-Range", "bytes " + std::to_string(range.range.first) + "-"
                                                                          + std::to_string(range.range.last) + "/"
                                                                          + std::to_string(size));
                       break;
                   case RangeRequest::Kind::Full:
                       response = bytes(file, 0, size);
                       break;
                   }
                   if (range.kind != RangeRequest::Kind::Unsatisfiable)
                       response.contentType = record.contentType;
                   response.headers.emplace_back("Accept-Ranges", "bytes");
                   response.headers.emplace_back("ETag", etag);
                   // Paid media must not sit in shared caches.
                   response.headers.emplace_back("Cache-Control", "private, no-transform");
                   return response;
               });
}

} // namespace lectern::server
