#pragma once
// The kiosk's fonts: Noto Sans (fonts-noto-core) or, failing that, DejaVu Sans
// (fonts-dejavu-core), rasterised by FreeType at sizes derived from the screen's em.
//
// Font files are read once and kept in memory; the atlas is rebuilt only when the em
// changes. A missing font file is a clear log line and ImGui's built-in font, never an
// abort (ImGui asserts when AddFontFromFileTTF cannot open its file).

#include "metrics.hpp"

#include <imgui.h>

#include <string>
#include <vector>

namespace haven::ui {

struct Fonts {
    ImFont* body = nullptr;     // 1 em
    ImFont* strong = nullptr;   // 1 em, bold
    ImFont* heading = nullptr;  // 1.5 em, bold
    ImFont* small = nullptr;    // 0.8 em
    float em = 0;
};

class FontLibrary {
public:
    // Reads the font files; `search_dirs` are tried in order (tests may pass their own).
    FontLibrary();
    explicit FontLibrary(std::vector<std::string> search_dirs);

    // Rebuilds `atlas` for a body size of `em` pixels. Returns the fonts in it.
    Fonts build(ImFontAtlas& atlas, float em) const;

    // Which file is used for regular text, or a note that the built-in font is used.
    const std::string& description() const { return description_; }

private:
    std::vector<char> regular_;
    std::vector<char> bold_;
    std::string description_;
};

} // namespace haven::ui
