#pragma once
// The one way views measure and draw a string: text ImGui draws well (Latin, Greek, Cyrillic)
// goes through ImGui's own fonts, unchanged; anything else (a script whose letters join or
// stack, or right-to-left text) goes through the shaped path (ui/text/shaped_text). Views
// need not know which.

#include "ui/text/shaped_text.hpp"
#include "ui/view_context.hpp"

#include <imgui.h>

#include <string_view>

namespace haven::ui {

// The size of `s` in `font`, wrapped at `wrap_width` pixels (0: one line).
ImVec2 text_extent(const ViewContext& ctx, ImFont* font, std::string_view s, float wrap_width = 0);

// Draws `s` with its top-left at `at`, wrapped at `wrap_width` (0: one line). `align` places
// each line within `wrap_width` (Start: left, or right for a right-to-left paragraph); ImGui's
// own path always draws from the left, as it always has.
void draw_text(const ViewContext& ctx, ImDrawList* list, ImFont* font, ImVec2 at, ImU32 colour, std::string_view s,
               float wrap_width = 0, TextAlign align = TextAlign::Start);

// True when `s` takes the shaped path in this context.
bool shaped(const ViewContext& ctx, std::string_view s);

}  // namespace haven::ui
