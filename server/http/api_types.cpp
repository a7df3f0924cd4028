#include "http/api_types.h"

#include <algorithm>
#include <cctype>

namespace lectern::server {

bool AuthUser::has(Role role) const { return std::find(roles.begin(), roles.end(), role) != roles.end(); }

bool CaseInsensitiveLess::operator()(const std::string& a, const std::string& b) const
{
    return std::lexicographical_compare(a.begin(), a.end(), b.begin(), b.end(), [](unsigned char x, unsigned char y) {
        return std::tolower(x) < std::tolower(y);
    });
}

std::string ApiRequest::header(const std::string& name) const
{
    auto it = headers.find(name);
    return it == headers.end() ? std::string() : it->second;
}

std::optional<std::string> ApiRequest::queryValue(const std::string& name) const
{
    auto it = query.find(name);
    if (it == query.end())
        return std::nullopt;
    return it->second;
}

ApiResponse ApiResponse::ok(nlohmann::json body, int status)
{
    ApiResponse response;
    response.status = status;
    response.json = std::move(body);
    return response;
}

ApiResponse ApiResponse::noContent()
{
    ApiResponse response;
    response.status = 204;
    response.contentType.clear();
    return response;
}

} // namespace lectern::server
