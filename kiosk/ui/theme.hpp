#pragma once
// Haven's looks: "calm" (warm paper, deep ink, sage tiles) and "contrast" (white and yellow
// on black, for low vision). Colours are packed ImU32 values so views pass them straight to
// ImDrawList. Text on every surface meets WCAG AAA contrast (7:1); the edge of every control
// and of the breathing circle differs from what surrounds it by at least 3:1 (WCAG 1.4.11),
// and a chosen option is filled, not only outlined in another colour. tests/ui/contrast_test
// computes every pair.

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
    ImU32 tile_border;   // the outline of tiles and fields
    ImU32 button;
    ImU32 button_pressed;
    ImU32 button_text;
    ImU32 quiet_button;  // secondary buttons (text size, hide)
    ImU32 quiet_button_text;
    ImU32 accent;        // headings' rule, focus marks
    ImU32 scrim;         // behind the "Still reading?" prompt
    ImU32 qr_light;
    ImU32 qr_dark;
    ImU32 edge;          // the outline of quiet buttons, keys and the breathing circle
    ImU32 highlight;     // behind the sentence being read aloud
    ImU32 highlight_mark;  // the rule beneath it, so that it is seen without colour too
};

const Theme& calm_theme();
const Theme& contrast_theme();

// Sets ImGui's own style (padding, rounding, colours) from the theme, in em.
void apply_style(const Theme& theme, const Metrics& m, ImGuiStyle& style);

} // namespace haven::ui
