#pragma once
// While staff preview content (new content waiting for approval, or a kept version), every
// screen shows it exactly as a patient would, above a strip of its own at the foot of the
// display: "Preview: not yet published" and End preview. The strip never covers the screen
// (ViewContext::reserved_bottom), so what staff check is what patients will get.

#include "view_context.hpp"

#include <string>

namespace haven::ui {

// The height of the strip (0 when no preview runs).
float preview_strip_height(const ViewContext& ctx, bool previewing);

// Draws the strip just above `bottom` (the display's foot, or the update banner's top).
// `what` says what is previewed. Returns true when End preview was tapped.
bool preview_strip_view(ViewContext& ctx, const std::string& what, float bottom);

}  // namespace haven::ui
