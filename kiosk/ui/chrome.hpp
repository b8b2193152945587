#pragma once
// What every screen has at the top: a way back and home (away from home), and the
// patient's controls: text size, contrast, language (when the content has several) and
// the quick-hide button.

#include "core/content/content_model.hpp"
#include "core/session/navigation.hpp"
#include "view_context.hpp"

namespace haven::ui {

// Height of the bar, in pixels.
float top_bar_height(const ViewContext& ctx);

// Draws the bar at the top of the current screen window; returns the action tapped.
Action top_bar(ViewContext& ctx, const Navigation& nav, const Content& content);

} // namespace haven::ui
