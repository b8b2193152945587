#pragma once
// Which font draws which writing system. Noto Sans (fonts-noto-core) covers Latin, Greek and
// Cyrillic, and Dear ImGui draws those well one character at a time; every other script
// Haven knows is drawn by its own Noto font through the shaped path (HarfBuzz), because its
// letters join, reorder or stack. Urdu is written in Nastaliq, not the Naskh of Arabic, so the
// language, not only the script, picks the font.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace haven {

enum class Script {
    Common,  // spaces, digits, punctuation: take the font of the text around them
    Latin,   // Latin, Greek, Cyrillic and symbols: Noto Sans
    Arabic,
    Hebrew,
    Syriac,
    Thaana,
    Devanagari,
    Bengali,
    Gurmukhi,
    Gujarati,
    Oriya,
    Tamil,
    Telugu,
    Kannada,
    Malayalam,
    Sinhala,
    Thai,
    Lao,
    Tibetan,
    Myanmar,
    Georgian,
    Armenian,
    Ethiopic,
    Khmer,
    Han,  // Chinese, Japanese kana, Korean: fonts-noto-cjk, which Haven does not ask for
    Other
};

// The script of a code point.
Script script_of(unsigned code_point);

// The script's English name, for messages ("Bengali").
const char* script_name(Script script);

// The font family file stem for text in `script` written in `language` ("NotoSansBengali",
// "NotoNastaliqUrdu" for Urdu, "NotoSansArabic" for Arabic and Persian), without "-Regular.ttf".
// Empty for Common and for scripts no Debian Noto font of fonts-noto-core draws.
std::string font_stem(Script script, std::string_view language);

// True when `utf8` holds a character that Dear ImGui cannot draw on its own: any script
// other than Latin (and Common), or right-to-left text.
bool needs_shaping(std::string_view utf8);

// The scripts used in `utf8` (Common and Latin left out), each once, in order of appearance.
std::vector<Script> scripts_in(std::string_view utf8);

// The folder Debian's Noto fonts are installed in.
const char* noto_font_folder();

}  // namespace haven
