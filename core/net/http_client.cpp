#include "net/http_client.h"

#include <algorithm>

namespace lectern::net {

namespace {

char lowerAscii(char c)
{
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

} // namespace

bool equalsIgnoringCase(std::string_view a, std::string_view b)
{
    return a.size() == b.size()
        && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) { return lowerAscii(x) == lowerAscii(y); });
}

const char* methodName(HttpMethod method)
{
    switch (method) {
    case HttpMethod::Get: return "GET";
    case HttpMethod::Head: return "HEAD";
    case HttpMethod::Post: return "POST";
    case HttpMethod::Put: return "PUT";
    case HttpMethod::Patch: return "PATCH";
    case HttpMethod::Delete: return "DELETE";
    }
    return "GET";
}

bool isIdempotentMethod(HttpMethod method)
{
    switch (method) {
    case HttpMethod::Get:
    case HttpMethod::Head:
    case HttpMethod::Put:
    case HttpMethod::Delete: return true;
    case HttpMethod::Post:
    case HttpMethod::Patch: return false;
    }
    return false;
}

HttpHeaders::HttpHeaders(std::initializer_list<std::pair<std::string, std::string>> headers)
    : m_headers(headers)
{
}

void HttpHeaders::add(std::string name, std::string value)
{
    m_headers.emplace_back(std::move(name), std::move(value));
}

void HttpHeaders::set(const std::string& name, std::string value)
{
    remove(name);
    m_headers.emplace_back(name, std::move(value));
}

void HttpHeaders::remove(std::string_view name)
{
    std::erase_if(m_headers, [name](const auto& header) { return equalsIgnoringCase(header.first, name); });
}

std::optional<std::string> HttpHeaders::get(std::string_view name) const
{
    for (const auto& [key, value] : m_headers) {
        if (equalsIgnoringCase(key, name))
            return value;
    }
    return std::nullopt;
}

} // namespace lectern::net
