#include "core/text/line_breaks.hpp"

#include <linebreak.h>

#include <mutex>

namespace haven {

std::vector<LineBreak> line_breaks(std::string_view utf8, const std::string& language) {
    static std::once_flag initialised;
    std::call_once(initialised, [] { init_linebreak(); });  // libunibreak's tables, once per process
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
