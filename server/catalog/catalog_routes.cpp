// GET /v1/catalog/changes and GET /v1/catalog/courses/{id} (public).
#include "app/route_registry.h"
#include "catalog/catalog_service.h"

namespace lectern::server {

namespace {

// If-None-Match: a list of entity tags or "*"; the weak comparison applies
// (RFC 9110 §13.1.2), so W/"x" matches "x".
bool etagMatches(const std::string& header, const std::string& etag)
{
    std::size_t start = 0;
    while (start < header.size()) {
        std::size_t end = header.find(',', start);
        if (end == std::string::npos)
            end = header.size();
        std::string tag = header.substr(start, end - start);
        const auto first = tag.find_first_not_of(" \t");
        const auto last = tag.find_last_not_of(" \t");
        tag = first == std::string::npos ? std::string() : tag.substr(first, last - first + 1);
        if (tag.rfind("W/", 0) == 0)
            tag.erase(0, 2);
        if (tag == "*" || tag == etag)
            return true;
        start = end + 1;
    }
    return false;
}

ApiResponse jsonText(std::string body)
{
    ApiResponse response;
    response.rawBody = std::move(body);
    response.contentType = "application/json; charset=utf-8";
    return response;
}

} // namespace

void registerCatalogRoutes(Router& router, ServerServices& services)
{
    CatalogService& catalog = *services.catalog;

    router.add("GET", "/v1/catalog/changes", {}, [&catalog](const ApiRequest& request) -> ApiResult<ApiResponse> {
        auto page = catalog.changes(request.queryValue("after"), request.queryValue("limit"));
        if (!page)
            return std::unexpected(page.error());
        return jsonText(std::move(*page));
    });

    router.add("GET", "/v1/catalog/courses/{id}", {}, [&catalog](const ApiRequest& request) -> ApiResult<ApiResponse> {
        auto detail = catalog.course(request.params.at("id"));
        if (!detail)
            return std::unexpected(detail.error());
        const std::string ifNoneMatch = request.header("If-None-Match");
        ApiResponse response;
        if (!ifNoneMatch.empty() && etagMatches(ifNoneMatch, detail->etag)) {
            response.status = 304;
            response.contentType.clear();
        } else {
            response = jsonText(std::move(detail->body));
        }
        response.headers.emplace_back("ETag", detail->etag);
        response.headers.emplace_back("Cache-Control", "no-cache");
        return response;
    });
}

} // namespace lectern::server
