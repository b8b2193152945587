// The script table (see script_fonts.hpp). The ranges are the Unicode blocks of each script;
// a character outside them counts as Latin when below U+0590 and Other above.

#include "core/text/script_fonts.hpp"

#include "core/text/utf8.hpp"

#include <algorithm>
#include <array>

namespace haven {
namespace {

struct Block {
    unsigned first;
    unsigned last;
    Script script;
};

// In code point order.
constexpr std::array kBlocks{
    Block{0x0590, 0x05FF, Script::Hebrew},     Block{0x0600, 0x06FF, Script::Arabic},
    Block{0x0700, 0x074F, Script::Syriac},     Block{0x0750, 0x077F, Script::Arabic},
    Block{0x0780, 0x07BF, Script::Thaana},     Block{0x0870, 0x08FF, Script::Arabic},
    Block{0x0900, 0x097F, Script::Devanagari}, Block{0x0980, 0x09FF, Script::Bengali},
    Block{0x0A00, 0x0A7F, Script::Gurmukhi},   Block{0x0A80, 0x0AFF, Script::Gujarati},
    Block{0x0B00, 0x0B7F, Script::Oriya},      Block{0x0B80, 0x0BFF, Script::Tamil},
    Block{0x0C00, 0x0C7F, Script::Telugu},     Block{0x0C80, 0x0CFF, Script::Kannada},
    Block{0x0D00, 0x0D7F, Script::Malayalam},  Block{0x0D80, 0x0DFF, Script::Sinhala},
    Block{0x0E00, 0x0E7F, Script::Thai},       Block{0x0E80, 0x0EFF, Script::Lao},
    Block{0x0F00, 0x0FFF, Script::Tibetan},    Block{0x1000, 0x109F, Script::Myanmar},
    Block{0x10A0, 0x10FF, Script::Georgian},   Block{0x1100, 0x11FF, Script::Han},
    Block{0x1200, 0x139F, Script::Ethiopic},   Block{0x1780, 0x17FF, Script::Khmer},
    Block{0x1C90, 0x1CBF, Script::Georgian},   Block{0x1CD0, 0x1CFF, Script::Devanagari},
    Block{0x2000, 0x206F, Script::Common},     Block{0x2070, 0x2E7F, Script::Latin},
    Block{0x2E80, 0x9FFF, Script::Han},        Block{0xA8E0, 0xA8FF, Script::Devanagari},
    Block{0xAC00, 0xD7AF, Script::Han},        Block{0xF900, 0xFAFF, Script::Han},
    Block{0xFB1D, 0xFB4F, Script::Hebrew},     Block{0xFB50, 0xFDFF, Script::Arabic},
    Block{0xFE70, 0xFEFF, Script::Arabic},
};

bool is_common(unsigned c) {
    return c < 0x41 || (c >= 0x5B && c <= 0x60) || (c >= 0x7B && c <= 0xBF) || c == 0xD7 || c == 0xF7 ||
           (c >= 0x2000 && c <= 0x206F);
}

}  // namespace

Script script_of(unsigned c) {
    if (is_common(c)) return Script::Common;
    if (c == 0xFFFD) return Script::Latin;  // the replacement character: ImGui's fonts draw it
    if (c >= 0x0530 && c < 0x0590) return Script::Armenian;
    if (c < 0x0590) return Script::Latin;
    const auto it = std::upper_bound(kBlocks.begin(), kBlocks.end(), c, [](unsigned v, const Block& b) { return v < b.first; });
    if (it != kBlocks.begin() && c <= std::prev(it)->last) return std::prev(it)->script;
    if (c >= 0x1E00 && c <= 0x1FFF) return Script::Latin;  // Latin extended additional, Greek extended
    if (c >= 0x3000 && c <= 0x30FF) return Script::Han;
    return Script::Other;
}

const char* script_name(Script script) {
    switch (script) {
    case Script::Common: return "Common";
    case Script::Latin: return "Latin";
    case Script::Arabic: return "Arabic";
    case Script::Hebrew: return "Hebrew";
    case Script::Syriac: return "Syriac";
    case Script::Thaana: return "Thaana";
    case Script::Devanagari: return "Devanagari";
    case Script::Bengali: return "Bengali";
    case Script::Gurmukhi: return "Gurmukhi";
    case Script::Gujarati: return "Gujarati";
    case Script::Oriya: return "Oriya";
    case Script::Tamil: return "Tamil";
    case Script::Telugu: return "Telugu";
    case Script::Kannada: return "Kannada";
    case Script::Malayalam: return "Malayalam";
    case Script::Sinhala: return "Sinhala";
    case Script::Thai: return "Thai";
    case Script::Lao: return "Lao";
    case Script::Tibetan: return "Tibetan";
    case Script::Myanmar: return "Myanmar";
    case Script::Georgian: return "Georgian";
    case Script::Armenian: return "Armenian";
    case Script::Ethiopic: return "Ethiopic";
    case Script::Khmer: return "Khmer";
    case Script::Han: return "Chinese, Japanese or Korean";
    case Script::Other: return "another script";
    }
    return "another script";
}

std::string font_stem(Script script, std::string_view language) {
    const std::string_view primary = language.substr(0, language.find_first_of("-_"));
    switch (script) {
    case Script::Latin: return "NotoSans";
    case Script::Arabic: return primary == "ur" ? "NotoNastaliqUrdu" : "NotoSansArabic";
    case Script::Hebrew: return "NotoSansHebrew";
    case Script::Syriac: return "NotoSansSyriac";
    case Script::Thaana: return "NotoSansThaana";
    case Script::Devanagari: return "NotoSansDevanagari";
    case Script::Bengali: return "NotoSansBengali";
    case Script::Gurmukhi: return "NotoSansGurmukhi";
    case Script::Gujarati: return "NotoSansGujarati";
    case Script::Oriya: return "NotoSansOriya";
    case Script::Tamil: return "NotoSansTamil";
    case Script::Telugu: return "NotoSansTelugu";
    case Script::Kannada: return "NotoSansKannada";
    case Script::Malayalam: return "NotoSansMalayalam";
    case Script::Sinhala: return "NotoSansSinhala";
    case Script::Thai: return "NotoSansThai";
    case Script::Lao: return "NotoSansLao";
    case Script::Tibetan: return "NotoSerifTibetan";
    case Script::Myanmar: return "NotoSansMyanmar";
    case Script::Georgian: return "NotoSansGeorgian";
    case Script::Armenian: return "NotoSansArmenian";
    case Script::Ethiopic: return "NotoSansEthiopic";
    case Script::Khmer: return "NotoSansKhmer";
    case Script::Common:
    case Script::Han:
    case Script::Other: return {};
    }
    return {};
}

bool needs_shaping(std::string_view utf8) {
    for (std::size_t at = 0; at < utf8.size();) {
        const unsigned char byte = static_cast<unsigned char>(utf8[at]);
        if (byte < 0x80) {
            ++at;
            continue;
        }
        unsigned cp = 0;
        const std::size_t length = decode_utf8(utf8, at, cp);
        if (length == 0) return false;  // not UTF-8: ImGui shows its replacement character
        const Script script = script_of(cp);
        if (script != Script::Latin && script != Script::Common) return true;
        at += length;
    }
    return false;
}

std::vector<Script> scripts_in(std::string_view utf8) {
    std::vector<Script> found;
    for (std::size_t at = 0; at < utf8.size();) {
        unsigned cp = 0;
        const std::size_t length = decode_utf8(utf8, at, cp);
        if (length == 0) {
            ++at;
            continue;
        }
        at += length;
        const Script script = script_of(cp);
        if (script == Script::Latin || script == Script::Common) continue;
        if (std::find(found.begin(), found.end(), script) == found.end()) found.push_back(script);
    }
    return found;
}

const char* noto_font_folder() { return "/usr/share/fonts/truetype/noto"; }

}  // namespace haven
