#pragma once
// Every screen is one borderless window covering the display.

#include "view_context.hpp"

namespace haven::ui {

// Begins the full-screen window for a screen; pair with ImGui::End().
void begin_screen(const ViewContext& ctx, const char* name);

// Begins the region below a screen's header that scrolls with the finger; pair with end_scroll_region().
void begin_scroll_region(const ViewContext& ctx, const char* name);
void end_scroll_region(ViewContext& ctx);

// Inside a scrolling region, before it ends: when there is more below, the bottom edge fades
// out and a "More below" pill says so (touch screens have no scroll bar to hint at it).
void more_below_hint(ViewContext& ctx);

} // namespace haven::ui
