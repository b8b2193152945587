#pragma once
// Every screen is one borderless window covering the display.

#include "view_context.hpp"

namespace haven::ui {

// Begins the full-screen window for a screen; pair with ImGui::End().
void begin_screen(const ViewContext& ctx, const char* name);

// Begins the region below a screen's header that scrolls with the finger; pair with end_scroll_region().
void begin_scroll_region(const ViewContext& ctx, const char* name);
void end_scroll_region();

} // namespace haven::ui
