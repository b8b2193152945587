#include "fonts.hpp"

#include <imgui_freetype.h>

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

std::vector<char> read_all(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return {};
    return std::vector<char>(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// Latin with accents, general punctuation (curly quotes, dashes, ellipsis) and the euro sign.
const ImWchar kGlyphRanges[] = {
    0x0020, 0x00FF, 0x0100, 0x017F, 0x2010, 0x205E, 0x20AC, 0x20AC, 0x2122, 0x2122, 0,
};

ImFont* add(ImFontAtlas& atlas, const std::vector<char>& data, float size, const char* name) {
    ImFontConfig config;
    config.FontDataOwnedByAtlas = false;  // FontLibrary keeps the bytes for every rebuild
    config.OversampleH = 1;               // FreeType hints; oversampling only blurs
    config.OversampleV = 1;
    std::snprintf(config.Name, sizeof(config.Name), "%s", name);
    // ImGui takes a non-const pointer but does not write through it when it does not own the data.
    void* bytes = const_cast<char*>(data.data());
    return atlas.AddFontFromMemoryTTF(bytes, static_cast<int>(data.size()), size, &config, kGlyphRanges);
}

} // namespace

FontLibrary::FontLibrary() : FontLibrary(default_search_dirs()) {}

FontLibrary::FontLibrary(std::vector<std::string> search_dirs) {
    for (const auto& stem : search_dirs) {
        std::vector<char> regular = read_all(stem + "-Regular.ttf");
        if (regular.empty()) regular = read_all(stem + ".ttf");  // DejaVu names its regular face plainly
        if (regular.empty()) continue;
        regular_ = std::move(regular);
        bold_ = read_all(stem + "-Bold.ttf");
        description_ = stem;
        return;
    }
    description_ = "no Noto Sans or DejaVu Sans font found; using ImGui's built-in font";
}

Fonts FontLibrary::build(ImFontAtlas& atlas, float em) const {
    atlas.Clear();
    atlas.FontBuilderIO = ImGuiFreeType::GetBuilderForFreeType();
    atlas.FontBuilderFlags = ImGuiFreeTypeBuilderFlags_LightHinting;
    Fonts fonts;
    fonts.em = em;
    if (!regular_.empty()) {
        const std::vector<char>& bold = bold_.empty() ? regular_ : bold_;
        fonts.body = add(atlas, regular_, em, "body");
        fonts.strong = add(atlas, bold, em, "strong");
        fonts.heading = add(atlas, bold, em * 1.5f, "heading");
        fonts.small = add(atlas, regular_, em * 0.8f, "small");
        if (atlas.Build()) return fonts;
        atlas.Clear();  // a damaged font file: fall back rather than draw with unloaded fonts
    }
    ImFontConfig config;
    config.SizePixels = em;
    fonts.body = fonts.strong = fonts.heading = fonts.small = atlas.AddFontDefault(&config);
    atlas.Build();
    return fonts;
}

} // namespace haven::ui
