#pragma once
// Every screen is one borderless window covering the display; what does not fit scrolls in a
// region beneath the top bar, above a footer row that the region never covers.

#include "view_context.hpp"

struct ImGuiWindow;

namespace haven::ui {

// Begins the full-screen window for a screen; pair with ImGui::End().
void begin_screen(const ViewContext& ctx, const char* name);

// What a scrolling region tells the footer beneath it.
struct ScrollRegion {
    ImGuiWindow* window = nullptr;
    bool more_below = false;
    float page = 0;  // how far one "More below" scrolls: the region's height less two lines
};

// The height of a footer row of buttons, with the space above and below it.
float footer_height(const ViewContext& ctx);
float footer_button_height(const ViewContext& ctx);

// Begins the region below a screen's header that scrolls with the finger, ending `footer`
// pixels above the bottom of the screen; pair with end_scroll_region().
void begin_scroll_region(const ViewContext& ctx, const char* name, float footer = 0);
ScrollRegion end_scroll_region(ViewContext& ctx);

// Touch screens have no scroll bar to hint at more: when the region holds more below, a
// "More below" button at window x `x` (centred on the screen when negative), on the footer
// row at the cursor's height, scrolls it down one screen. It sits outside the region, so it
// covers nothing and a tap on it never reaches what is underneath.
void more_below_button(ViewContext& ctx, const ScrollRegion& region, float x = -1);
float more_below_width(const ViewContext& ctx);

} // namespace haven::ui
