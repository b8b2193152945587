#include "core/text/printable_text.hpp"

#include "core/text/utf8.hpp"

#include <cstddef>

namespace haven {
namespace {

void escape_byte(unsigned char byte, std::string& out) {
    static constexpr char kHex[] = "0123456789abcdef";
    out += "\\x";
    out += kHex[byte >> 4];
    out += kHex[byte & 15];
}

// Characters that are invisible yet change how the text around them is shown: bidirectional
// overrides, embeddings and isolates can make a label read backwards to staff ("RLO"), and
// the marks (LRM, RLM, ALM) can reorder names. Shown as \u{...} instead.
bool reorders_text(unsigned cp) {
    return cp == 0x061C || cp == 0x200E || cp == 0x200F || (cp >= 0x202A && cp <= 0x202E) ||
           (cp >= 0x2066 && cp <= 0x2069);
}

void escape_code_point(unsigned cp, std::string& out) {
    static constexpr char kHex[] = "0123456789abcdef";
    out += "\\u{";
    bool started = false;
    for (int shift = 20; shift >= 0; shift -= 4) {
        const unsigned digit = (cp >> shift) & 15u;
        if (digit == 0 && !started && shift > 0) continue;
        started = true;
        out += kHex[digit];
    }
    out += '}';
}

} // namespace

std::string printable(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    const auto* s = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t n = text.size();
    for (std::size_t i = 0; i < n;) {
        const unsigned char c = s[i];
        if (c < 0x80) {
            if (c < 0x20 || c == 0x7F) escape_byte(c, out);
            else out += static_cast<char>(c);
            ++i;
            continue;
        }
        unsigned cp = 0;
        const std::size_t length = decode_utf8(text, i, cp);
        if (length == 0) {  // not UTF-8: a terminal in a legacy 8-bit mode would obey 0x9B as an escape
            escape_byte(c, out);
            ++i;
            continue;
        }
        if (reorders_text(cp)) {
            escape_code_point(cp, out);
        } else {
            for (std::size_t k = 0; k < length; ++k) {
                if (cp <= 0x9F) escape_byte(s[i + k], out);  // a C1 control, such as U+009B (CSI)
                else out += static_cast<char>(s[i + k]);
            }
        }
        i += length;
    }
    return out;
}

std::string printable_lines(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t start = 0; start <= text.size();) {
        const std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) {
            out += printable(text.substr(start));
            break;
        }
        out += printable(text.substr(start, end - start));
        out += '\n';
        start = end + 1;
    }
    return out;
}

} // namespace haven
