#include "core/text/toml_text.hpp"

#include "core/text/utf8.hpp"

#include <cstdio>

namespace haven {

std::string toml_basic_string(std::string_view text) {
    std::string out = "\"";
    for (std::size_t i = 0; i < text.size();) {
        unsigned cp = 0;
        const std::size_t length = decode_utf8(text, i, cp);
        if (length == 0) {
            out += "\\uFFFD";
            ++i;
            continue;
        }
        const std::string_view bytes = text.substr(i, length);
        i += length;
        switch (cp) {
        case '"': out += "\\\""; continue;
        case '\\': out += "\\\\"; continue;
        case '\t': out += "\\t"; continue;
        case '\n': out += "\\n"; continue;
        case '\r': out += "\\r"; continue;
        default: break;
        }
        if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F)) {
            char escape[8];
            std::snprintf(escape, sizeof escape, "\\u%04X", cp);
            out += escape;
            continue;
        }
        out += bytes;
    }
    out += '"';
    return out;
}

} // namespace haven
