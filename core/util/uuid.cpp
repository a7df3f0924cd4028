#include "util/uuid.h"

#include <array>

namespace lectern::uuid {

bool isCanonical(std::string_view text)
{
    if (text.size() != 36)
        return false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != '-')
                return false;
        } else if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
            return false;
        }
    }
    return true;
}

std::string makeV7(std::int64_t unixMillis, std::uint64_t randomHigh, std::uint64_t randomLow)
{
    std::array<std::uint8_t, 16> bytes{};
    for (int i = 0; i < 6; ++i)
        bytes[static_cast<std::size_t>(i)] = static_cast<std::uint8_t>(static_cast<std::uint64_t>(unixMillis) >> (40 - 8 * i));
    bytes[6] = static_cast<std::uint8_t>(0x70 | ((randomHigh >> 8) & 0x0F));
    bytes[7] = static_cast<std::uint8_t>(randomHigh & 0xFF);
    bytes[8] = static_cast<std::uint8_t>(0x80 | ((randomLow >> 56) & 0x3F));
    for (int i = 9; i < 16; ++i)
        bytes[static_cast<std::size_t>(i)] = static_cast<std::uint8_t>(randomLow >> (8 * (15 - i)));
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out;
    out.reserve(36);
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            out.push_back('-');
        out.push_back(kHex[bytes[i] >> 4]);
        out.push_back(kHex[bytes[i] & 0x0F]);
    }
    return out;
}

} // namespace lectern::uuid
