#include "core/text/line_breaks.hpp"

#include "core/text/utf8.hpp"

#include <linebreak.h>

#include <string>

#include <mutex>

namespace haven {

std::vector<LineBreak> line_breaks(std::string_view utf8, const std::string& language) {
    static std::once_flag initialised;
    std::call_once(initialised, [] { init_linebreak(); });  // libunibreak's tables, once per process
    // libunibreak skips over invalid bytes its own way, so its character boundaries could fall
    // inside what the rest of Haven (BidiParagraph) counts as one character. Each invalid byte
    // becomes a '?' of its own first: the same byte offsets, and the same boundaries everywhere.
    std::string sanitised;
    for (std::size_t at = 0; at < utf8.size();) {
        unsigned cp = 0;
        const std::size_t length = decode_utf8(utf8, at, cp);
        if (length > 0) {
            at += length;
            continue;
        }
        if (sanitised.empty()) sanitised.assign(utf8);
        sanitised[at++] = '?';
    }
    if (!sanitised.empty()) utf8 = sanitised;
    std::vector<char> breaks(utf8.size());
    if (!utf8.empty())
        set_linebreaks_utf8(reinterpret_cast<const utf8_t*>(utf8.data()), utf8.size(),
                            language.empty() ? nullptr : language.c_str(), breaks.data());
    std::vector<LineBreak> out(utf8.size(), LineBreak::None);
    for (std::size_t i = 0; i < breaks.size(); ++i) {
        switch (breaks[i]) {
        case LINEBREAK_MUSTBREAK: out[i] = LineBreak::Mandatory; break;
        case LINEBREAK_ALLOWBREAK: out[i] = LineBreak::Allowed; break;
        case LINEBREAK_INSIDEACHAR: out[i] = LineBreak::Inside; break;
        default: out[i] = LineBreak::None; break;
        }
    }
    return out;
}

}  // namespace haven
