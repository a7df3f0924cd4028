#include "media/range_request.h"

#include <charconv>
#include <optional>

namespace lectern::server {

namespace {

std::string_view trim(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
        text.remove_suffix(1);
    return text;
}

// Digits only (no sign, no spaces), at most 19 of them so it cannot overflow.
std::optional<std::uint64_t> number(std::string_view text)
{
    if (text.empty() || text.size() > 19)
        return std::nullopt;
    std::uint64_t value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size())
        return std::nullopt;
    return value;
}

struct Spec {
    std::optional<std::uint64_t> first;
    std::optional<std::uint64_t> last;
};

std::optional<Spec> parseSpec(std::string_view text)
{
    text = trim(text);
    const auto dash = text.find('-');
    if (dash == std::string_view::npos)
        return std::nullopt;
    const auto left = text.substr(0, dash);
    const auto right = text.substr(dash + 1);
    Spec spec;
    if (!left.empty()) {
        spec.first = number(left);
        if (!spec.first)
            return std::nullopt;
    }
    if (!right.empty()) {
        spec.last = number(right);
        if (!spec.last)
            return std::nullopt;
    }
    if (!spec.first && !spec.last)
        return std::nullopt; // "-" alone
    if (spec.first && spec.last && *spec.last < *spec.first)
        return std::nullopt; // RFC 9110: a syntactically invalid range
    return spec;
}

} // namespace

RangeRequest parseRange(std::string_view header, std::uint64_t size)
{
    header = trim(header);
    if (header.empty())
        return {};
    constexpr std::string_view kUnit = "bytes=";
    if (header.size() < kUnit.size() || header.substr(0, kUnit.size()) != kUnit)
        return {RangeRequest::Kind::Malformed, {}};
    std::string_view specs = header.substr(kUnit.size());

    // Every spec must parse, even though only the first is used.
    std::optional<Spec> firstSpec;
    while (true) {
        const auto comma = specs.find(',');
        auto spec = parseSpec(specs.substr(0, comma));
        if (!spec)
            return {RangeRequest::Kind::Malformed, {}};
        if (!firstSpec)
            firstSpec = spec;
        if (comma == std::string_view::npos)
            break;
        specs.remove_prefix(comma + 1);
    }

    const Spec& spec = *firstSpec;
    if (!spec.first) { // suffix: the last N bytes
        if (*spec.last == 0 || size == 0)
            return {RangeRequest::Kind::Unsatisfiable, {}};
        const std::uint64_t length = std::min(*spec.last, size);
        return {RangeRequest::Kind::Partial, {size - length, size - 1}};
    }
    if (*spec.first >= size)
        return {RangeRequest::Kind::Unsatisfiable, {}};
    const std::uint64_t last = spec.last ? std::min(*spec.last, size - 1) : size - 1;
    return {RangeRequest::Kind::Partial, {*spec.first, last}};
}

} // namespace lectern::server
