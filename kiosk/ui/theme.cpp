#include "theme.hpp"

namespace haven::ui {

const Theme& calm_theme() {
    static const Theme theme{
        IM_COL32(0xF7, 0xF3, 0xEC, 0xFF),  // background: warm paper
        IM_COL32(0x22, 0x26, 0x2E, 0xFF),  // text: deep ink
        IM_COL32(0x45, 0x4B, 0x55, 0xFF),  // muted text
        IM_COL32(0xDC, 0xE8, 0xE1, 0xFF),  // tile: sage
        IM_COL32(0xB9, 0xD1, 0xC4, 0xFF),  // tile pressed
        IM_COL32(0x17, 0x33, 0x2A, 0xFF),  // tile text
        IM_COL32(0x66, 0x75, 0x6E, 0xFF),  // tile border: 4.4:1 on the paper
        IM_COL32(0x2F, 0x5D, 0x50, 0xFF),  // button: deep green
        IM_COL32(0x1F, 0x40, 0x37, 0xFF),  // button pressed
        IM_COL32(0xFF, 0xFF, 0xFF, 0xFF),  // button text
        IM_COL32(0xE9, 0xE2, 0xD6, 0xFF),  // quiet button
        IM_COL32(0x22, 0x26, 0x2E, 0xFF),  // quiet button text
        IM_COL32(0x2F, 0x5D, 0x50, 0xFF),  // accent
        IM_COL32(0x22, 0x26, 0x2E, 0xB0),  // scrim
        IM_COL32(0xFF, 0xFF, 0xFF, 0xFF),  // QR light
        IM_COL32(0x00, 0x00, 0x00, 0xFF),  // QR dark
        IM_COL32(0x66, 0x75, 0x6E, 0xFF),  // edge
        IM_COL32(0xFB, 0xE7, 0xA1, 0xFF),  // highlight: soft yellow, a highlighter pen's
        IM_COL32(0x2F, 0x5D, 0x50, 0xFF),  // highlight mark
    };
    return theme;
}

const Theme& contrast_theme() {
    static const Theme theme{
        IM_COL32(0x00, 0x00, 0x00, 0xFF),  // background
        IM_COL32(0xFF, 0xFF, 0xFF, 0xFF),  // text
        IM_COL32(0xFF, 0xFF, 0xFF, 0xFF),  // muted text: no grey on black
        IM_COL32(0x00, 0x00, 0x00, 0xFF),  // tile
        IM_COL32(0x33, 0x33, 0x33, 0xFF),  // tile pressed
        IM_COL32(0xFF, 0xFF, 0xFF, 0xFF),  // tile text
        IM_COL32(0xFF, 0xFF, 0xFF, 0xFF),  // tile border
        IM_COL32(0xFF, 0xE0, 0x00, 0xFF),  // button: yellow
        IM_COL32(0xFF, 0xFF, 0xFF, 0xFF),  // button pressed
        IM_COL32(0x00, 0x00, 0x00, 0xFF),  // button text
        IM_COL32(0x00, 0x00, 0x00, 0xFF),  // quiet button
        IM_COL32(0xFF, 0xE0, 0x00, 0xFF),  // quiet button text
        IM_COL32(0xFF, 0xE0, 0x00, 0xFF),  // accent
        IM_COL32(0x00, 0x00, 0x00, 0xE0),  // scrim
        IM_COL32(0xFF, 0xFF, 0xFF, 0xFF),  // QR light: phones need dark on light
        IM_COL32(0x00, 0x00, 0x00, 0xFF),  // QR dark
        IM_COL32(0xFF, 0xFF, 0xFF, 0xFF),  // edge
        IM_COL32(0x3A, 0x33, 0x00, 0xFF),  // highlight: dark amber, white text still 11:1
        IM_COL32(0xFF, 0xE0, 0x00, 0xFF),  // highlight mark: the yellow of the buttons
    };
    return theme;
}

void apply_style(const Theme& theme, const Metrics& m, ImGuiStyle& style) {
    style = ImGuiStyle();
    style.WindowPadding = ImVec2(m(1.5f), m(1.0f));
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
