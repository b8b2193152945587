#include "fonts.hpp"

#include "core/content/third_party.hpp"

#include <imgui_freetype.h>

HAVEN_BEGIN_THIRD_PARTY
#include <stb_truetype.h>
HAVEN_END_THIRD_PARTY

#include <cmath>
#include <cstdio>
#include <fstream>
#include <iterator>

namespace haven::ui {
namespace {

const std::vector<std::string>& default_search_dirs() {
    static const std::vector<std::string> dirs{
        "/usr/share/fonts/truetype/noto/NotoSans",
        "/usr/share/fonts/truetype/dejavu/DejaVuSans",
    };
    return dirs;
}

// The whole file, in a buffer of exactly its size (kept for every rebuild of the atlas).
std::vector<char> read_all(const std::string& path) {
    std::ifstream in(path, std::ios::binary | std::ios::ate);
    if (!in) return {};
    const std::streamoff size = in.tellg();
    if (size <= 0) return {};
    std::vector<char> data(static_cast<size_t>(size));
    in.seekg(0);
    if (!in.read(data.data(), size)) return {};
    return data;
}

std::vector<char> first_of(const std::string& stem, std::initializer_list<const char*> suffixes) {
    for (const char* suffix : suffixes) {
        std::vector<char> data = read_all(stem + suffix);
        if (!data.empty()) return data;
    }
    return {};
}

// Latin with accents, general punctuation (curly quotes, dashes, ellipsis, bullet), the
// euro sign and the replacement character.
const ImWchar kBaseRanges[] = {
    0x0020, 0x00FF, 0x0100, 0x017F, 0x2010, 0x205E, 0x20AC, 0x20AC, 0x2122, 0x2122, 0xFFFD, 0xFFFD, 0,
};

// ImGui's FreeType builder asks for a size by the font's ascender plus descender (FreeType's
// "real dimension"), not by its em square: Noto Sans drawn "at 32 px" has 23.5 px letters.
// Haven's layout means the em square, so each face is asked for em times this ratio.
float line_height_per_em(const std::vector<char>& data) {
    const auto* bytes = reinterpret_cast<const unsigned char*>(data.data());
    stbtt_fontinfo info;
    const int offset = stbtt_GetFontOffsetForIndex(bytes, 0);
    if (offset < 0 || !stbtt_InitFont(&info, bytes, offset)) return 1;
    int ascent = 0, descent = 0, gap = 0;
    stbtt_GetFontVMetrics(&info, &ascent, &descent, &gap);
    const float em_scale = stbtt_ScaleForMappingEmToPixels(&info, 1);  // 1 / units per em
    const float ratio = static_cast<float>(ascent - descent) * em_scale;
    return ratio > 0.8f && ratio < 2.5f ? ratio : 1;  // a font with odd metrics: as asked
}

ImFont* add(ImFontAtlas& atlas, const std::vector<char>& data, float em, const char* name, const ImWchar* ranges) {
    const float size = std::round(em * line_height_per_em(data));
    ImFontConfig config;
    // ImGui 1.86 copies the bytes all the same (and Build() reads the copy); the copies are
    // freed once the atlas is built (ClearInputData in build()). FontLibrary keeps the
    // original for every rebuild.
    config.FontDataOwnedByAtlas = false;
    config.OversampleH = 1;               // FreeType hints; oversampling only blurs
    config.OversampleV = 1;
    std::snprintf(config.Name, sizeof(config.Name), "%s", name);
    // ImGui takes a non-const pointer but does not write through it when it does not own the data.
    void* bytes = const_cast<char*>(data.data());
    return atlas.AddFontFromMemoryTTF(bytes, static_cast<int>(data.size()), size, &config, ranges);
}

} // namespace

ShapedStyle Fonts::shaped_style(const ImFont* font) const {
    float scale = 1;
    bool bold = font == strong || font == strong_italic;
    if (font == heading) scale = 1.5f, bold = true;
    if (font == subheading) scale = 1.2f, bold = true;
    if (font == display) scale = 2.2f, bold = true;
    if (font == small) scale = 0.8f;
    const float height = font != nullptr ? font->FontSize : em * scale;
    return {em * scale, bold, height, height};
}

FontLibrary::FontLibrary() : FontLibrary(default_search_dirs()) {}

FontLibrary::FontLibrary(std::vector<std::string> search_dirs) {
    for (const auto& stem : search_dirs) {
        std::vector<char> regular = first_of(stem, {"-Regular.ttf", ".ttf"});  // DejaVu names its regular face plainly
        if (regular.empty()) continue;
        regular_ = std::move(regular);
        bold_ = first_of(stem, {"-Bold.ttf"});
        italic_ = first_of(stem, {"-Italic.ttf", "-Oblique.ttf"});
        bold_italic_ = first_of(stem, {"-BoldItalic.ttf", "-BoldOblique.ttf"});
        description_ = stem;
        return;
    }
    description_ = "no Noto Sans or DejaVu Sans font found; using ImGui's built-in font";
}

std::vector<ImWchar> FontLibrary::glyph_ranges(const std::vector<bool>& characters) {
    ImVector<ImWchar> built;
    ImFontGlyphRangesBuilder builder;
    builder.AddRanges(kBaseRanges);
    for (size_t c = 0x20; c < characters.size() && c < 0x10000; ++c)
        if (characters[c]) builder.AddChar(static_cast<ImWchar>(c));
    builder.BuildRanges(&built);
    return std::vector<ImWchar>(built.begin(), built.end());
}

Fonts FontLibrary::build(ImFontAtlas& atlas, float em, const std::vector<ImWchar>& wanted) const {
    atlas.Clear();
    atlas.FontBuilderIO = ImGuiFreeType::GetBuilderForFreeType();
    atlas.FontBuilderFlags = ImGuiFreeTypeBuilderFlags_LightHinting;

    // The atlas keeps a pointer to the ranges: they must live until Build() is done.
    const std::vector<ImWchar> ranges = wanted.empty() ? glyph_ranges(std::vector<bool>()) : wanted;

    Fonts fonts;
    fonts.em = em;
    if (!regular_.empty()) {
        const std::vector<char>& bold = bold_.empty() ? regular_ : bold_;
        const std::vector<char>& italic = italic_.empty() ? regular_ : italic_;
        const std::vector<char>& bold_italic = bold_italic_.empty() ? bold : bold_italic_;
        fonts.body = add(atlas, regular_, em, "body", ranges.data());
        fonts.strong = add(atlas, bold, em, "strong", ranges.data());
        fonts.italic = add(atlas, italic, em, "italic", ranges.data());
        fonts.strong_italic = add(atlas, bold_italic, em, "strong italic", ranges.data());
        fonts.heading = add(atlas, bold, em * 1.5f, "heading", ranges.data());
        fonts.subheading = add(atlas, bold, em * 1.2f, "subheading", ranges.data());
        fonts.small = add(atlas, regular_, em * 0.8f, "small", ranges.data());
        fonts.display = add(atlas, bold, em * 2.2f, "display", kBaseRanges);
        if (atlas.Build()) {
            // Built: the glyphs are in the fonts and the atlas's pixels. The atlas's copies of
            // the font files (8 of them, 4 MiB) are needed no more; the next build adds them
            // again.
            atlas.ClearInputData();
            return fonts;
        }
        atlas.Clear();  // a damaged font file: fall back rather than draw with unloaded fonts
    }
    ImFontConfig config;
    config.SizePixels = em;
    ImFont* only = atlas.AddFontDefault(&config);
    fonts.body = fonts.strong = fonts.italic = fonts.strong_italic = only;
    fonts.heading = fonts.subheading = fonts.small = fonts.display = only;
    atlas.Build();
    return fonts;
}

} // namespace haven::ui
