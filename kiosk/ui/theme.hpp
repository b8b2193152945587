#pragma once
// Haven's look: calm, warm and high in contrast. Colours are packed ImU32 values so views
// pass them straight to ImDrawList.

#include "metrics.hpp"

#include <imgui.h>

namespace haven::ui {

struct Theme {
    ImU32 background;
    ImU32 text;
    ImU32 muted_text;
    ImU32 tile;
    ImU32 tile_pressed;
    ImU32 tile_text;
    ImU32 button;
    ImU32 button_pressed;
    ImU32 button_text;
};

const Theme& calm_theme();

// Sets ImGui's own style (padding, rounding, colours) from the theme, in em.
void apply_style(const Theme& theme, const Metrics& m, ImGuiStyle& style);

} // namespace haven::ui
