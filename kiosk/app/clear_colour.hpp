#pragma once
// The colour behind every screen, from the theme.

#include "platform/gl_renderer.hpp"
#include "ui/theme.hpp"

namespace haven::app {

inline platform::Rgba clear_colour() {
    const ImVec4 c = ImGui::ColorConvertU32ToFloat4(ui::calm_theme().background);
    return {c.x, c.y, c.z, 1.0f};
}

} // namespace haven::app
