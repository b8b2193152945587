#pragma once
// Touch-sized widgets drawn with ImGui's draw list. Each records itself in the frame's
// VisibleText so scripts can find it by its label. They return true when tapped.

#include "view_context.hpp"

#include <imgui.h>

#include <string>
#include <string_view>

namespace haven::ui {

// A large tile: an optional picture on the left, a title in bold and an optional line of
// detail beneath it. A selected tile has a strong outline.
bool tile(ViewContext& ctx, const char* id, std::string_view title, std::string_view detail, ImVec2 size,
          const Texture* picture = nullptr, bool selected = false);

// `size` grown in height, when need be, to hold the tile's title and detail (a long title, or
// a script whose lines are taller than Latin ones, such as Urdu's Nastaliq).
ImVec2 fit_tile(const ViewContext& ctx, std::string_view title, std::string_view detail, ImVec2 size, bool picture);

// A filled button with a centred label.
bool button(ViewContext& ctx, std::string_view label, ImVec2 size);

// A secondary button (text size, hide): quieter colours, same touch size.
bool quiet_button(ViewContext& ctx, std::string_view label, ImVec2 size);

// A 4 x 3 pad of `key` x `key_height` buttons (`key_height` 0: 0.8 `key`, never below the
// touch minimum) at window x `left`, `gap` apart; the key labelled `primary` is a filled
// button, the rest quiet. Returns the label tapped, or empty.
std::string key_pad(ViewContext& ctx, const char* const (&labels)[12], std::string_view primary, float left, float key,
                    float gap, float key_height = 0);

// A switch: the label, its state in words ("On", "Off") and a sliding knob, so it reads as
// a setting with a state rather than an order. Tapping flips it; returns true when tapped.
bool switch_button(ViewContext& ctx, std::string_view label, bool on, float height);
float switch_width(const ViewContext& ctx, std::string_view label);

// Continues the current row after the last item, `gap` on, when `width` more fits in the
// window; otherwise the next item starts a new row (at the window's left edge).
void same_line_if_fits(float width, float gap);

// The width a button needs for `label` with comfortable padding, at least the touch minimum.
float button_width(const ViewContext& ctx, std::string_view label);

// Text centred across the current window from screen height `y` (not laid out), wrapped
// into lines that fit the window, each centred. Returns the height drawn.
float centred_text(ViewContext& ctx, ImFont* font, ImU32 colour, const std::string& s, float y);
float centred_text_height(const ViewContext& ctx, ImFont* font, const std::string& s);

// Text wrapped at `wrap_width` pixels, laid out as an item at the cursor.
void text(ViewContext& ctx, ImFont* font, ImU32 colour, std::string_view s, float wrap_width);

// Scrolls the current window by the finger's drag this frame.
void scroll_with_finger(const ViewContext& ctx);

} // namespace haven::ui
