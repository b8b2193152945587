#include "theme.hpp"

namespace haven::ui {

const Theme& calm_theme() {
    // Warm paper background, deep ink text, sage tiles: contrast ratios above 7:1 for text.
    static const Theme theme{
        IM_COL32(0xF7, 0xF3, 0xEC, 0xFF),  // background
        IM_COL32(0x22, 0x26, 0x2E, 0xFF),  // text
        IM_COL32(0x4A, 0x50, 0x5A, 0xFF),  // muted text
        IM_COL32(0xDC, 0xE8, 0xE1, 0xFF),  // tile
        IM_COL32(0xB9, 0xD1, 0xC4, 0xFF),  // tile pressed
        IM_COL32(0x17, 0x33, 0x2A, 0xFF),  // tile text
        IM_COL32(0x2F, 0x5D, 0x50, 0xFF),  // button
        IM_COL32(0x1F, 0x40, 0x37, 0xFF),  // button pressed
        IM_COL32(0xFF, 0xFF, 0xFF, 0xFF),  // button text
    };
    return theme;
}

void apply_style(const Theme& theme, const Metrics& m, ImGuiStyle& style) {
    style = ImGuiStyle();
    style.WindowPadding = ImVec2(m(1.5f), m(1.2f));
    style.WindowBorderSize = 0;
    style.WindowRounding = 0;
    style.ChildBorderSize = 0;
    style.FramePadding = ImVec2(m(0.8f), m(0.5f));
    style.ItemSpacing = ImVec2(m(0.8f), m(0.8f));
    style.ScrollbarSize = 0;  // touch screens scroll by dragging; views draw their own hint
    style.AntiAliasedFill = true;
    style.AntiAliasedLines = true;
    style.Colors[ImGuiCol_WindowBg] = ImGui::ColorConvertU32ToFloat4(theme.background);
    style.Colors[ImGuiCol_ChildBg] = ImVec4(0, 0, 0, 0);
    style.Colors[ImGuiCol_Text] = ImGui::ColorConvertU32ToFloat4(theme.text);
}

} // namespace haven::ui
