#pragma once
// The colour behind every screen: the theme's background, which the screens do not paint.

#include "platform/gl_renderer.hpp"
#include "ui/kiosk_ui.hpp"

namespace haven::app {

inline platform::Rgba clear_colour(const ui::KioskUi& ui) {
    const ImVec4 c = ImGui::ColorConvertU32ToFloat4(ui.background());
    return {c.x, c.y, c.z, 1.0f};
}

} // namespace haven::app
