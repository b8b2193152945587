#pragma once
// The kiosk's fonts: Noto Sans (fonts-noto-core) or, failing that, DejaVu Sans
// (fonts-dejavu-core), rasterised by FreeType at sizes derived from the screen's em.
//
// Font files are read once and kept in memory; the atlas is rebuilt when the em or the
// content's characters change. Glyphs are built for Latin text plus every character the
// content uses (within ImGui's 16-bit range). A missing or damaged font file gives a clear
// log line and ImGui's built-in font, never an abort (ImGui asserts when
// AddFontFromFileTTF cannot open its file).

#include "metrics.hpp"
#include "ui/text/shaped_text.hpp"

#include <imgui.h>

#include <string>
#include <vector>

namespace haven::ui {

struct Fonts {
    ImFont* body = nullptr;           // 1 em
    ImFont* strong = nullptr;         // 1 em, bold
    ImFont* italic = nullptr;         // 1 em, italic
    ImFont* strong_italic = nullptr;  // 1 em, bold italic
    ImFont* heading = nullptr;        // 1.5 em, bold
    ImFont* subheading = nullptr;     // 1.2 em, bold
    ImFont* small = nullptr;          // 0.8 em
    ImFont* display = nullptr;        // 2.2 em, bold: keypad digits
    float em = 0;

    // The same look for the shaped path (ui/text): size in em, weight, and ImGui's line height.
    ShapedStyle shaped_style(const ImFont* font) const;
};

class FontLibrary {
public:
    // Reads the font files; `search_dirs` (file stems) are tried in order.
    FontLibrary();
    explicit FontLibrary(std::vector<std::string> search_dirs);

    // The glyphs to build: Latin text plus every character marked in `characters` (by code
    // point), as ImGui's zero-terminated list of ranges. Equal lists mean the atlas need not
    // be rebuilt.
    static std::vector<ImWchar> glyph_ranges(const std::vector<bool>& characters);

    // Rebuilds `atlas` for a body size of `em` pixels with `ranges` (from glyph_ranges; empty
    // means Latin only). Returns the fonts in it.
    Fonts build(ImFontAtlas& atlas, float em, const std::vector<ImWchar>& ranges = {}) const;

    // Which file is used for regular text, or a note that the built-in font is used.
    const std::string& description() const { return description_; }

private:
    std::vector<char> regular_;
    std::vector<char> bold_;
    std::vector<char> italic_;
    std::vector<char> bold_italic_;
    std::string description_;
};

} // namespace haven::ui
