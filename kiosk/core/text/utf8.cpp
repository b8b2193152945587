#include "core/text/utf8.hpp"

namespace haven {

std::size_t decode_utf8(std::string_view text, std::size_t at, unsigned& cp) {
    const auto* s = reinterpret_cast<const unsigned char*>(text.data()) + at;
    const std::size_t n = text.size() - at;
    const unsigned char c = s[0];
    std::size_t length = 0;
    unsigned min = 0;
    if (c < 0x80) {
        cp = c;
        return 1;
    } else if ((c & 0xE0) == 0xC0) {
        length = 2; min = 0x80; cp = c & 0x1Fu;
    } else if ((c & 0xF0) == 0xE0) {
        length = 3; min = 0x800; cp = c & 0x0Fu;
    } else if ((c & 0xF8) == 0xF0) {
        length = 4; min = 0x10000; cp = c & 0x07u;
    } else {
        return 0;
    }
    if (length > n) return 0;
    for (std::size_t k = 1; k < length; ++k) {
        if ((s[k] & 0xC0) != 0x80) return 0;
        cp = (cp << 6) | (s[k] & 0x3Fu);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
    return length;
}

std::optional<TextPosition> find_invalid_utf8(std::string_view text) {
    TextPosition pos;
    for (std::size_t i = 0; i < text.size();) {
        unsigned cp = 0;
        const std::size_t length = decode_utf8(text, i, cp);
        if (length == 0) {
            pos.offset = i;
            return pos;
        }
        if (cp == '\n') {
            ++pos.line;
            pos.column = 1;
        } else {
            ++pos.column;
        }
        i += length;
    }
    return std::nullopt;
}

void mark_characters(std::string_view text, std::vector<bool>& seen) {
    if (seen.size() < 0x10000) seen.resize(0x10000);
    const auto* s = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t n = text.size();
    for (std::size_t i = 0; i < n;) {
        const unsigned c = s[i];
        unsigned cp = c;
        std::size_t length = 1;
        if (c >= 0xF0) {
            length = 4;  // beyond the BMP: ImGui cannot draw it anyway
            cp = 0x10000;
        } else if (c >= 0xE0 && i + 2 < n) {
            length = 3;
            cp = ((c & 0x0Fu) << 12) | ((s[i + 1] & 0x3Fu) << 6) | (s[i + 2] & 0x3Fu);
        } else if (c >= 0xC0 && i + 1 < n) {
            length = 2;
            cp = ((c & 0x1Fu) << 6) | (s[i + 1] & 0x3Fu);
        }
        if (cp < 0x10000) seen[cp] = true;
        i += length;
    }
}

} // namespace haven
