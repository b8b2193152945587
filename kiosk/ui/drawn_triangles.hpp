#pragma once
// A frame's ImGui draw data as the list of triangles it draws, for the damage tracker
// (core/drawing/frame_damage): what each triangle draws, hashed, and the pixels it can touch.

#include "core/drawing/frame_damage.hpp"

#include <vector>

struct ImDrawData;
struct ImDrawCmd;

namespace haven::ui {

// The pixels a draw command may touch, top-down: its clip rectangle turned into a scissor
// box exactly as ImGui's OpenGL 3 backend does it (truncated to whole pixels). Empty when the
// backend skips the command.
Rect scissor_box(const ImDrawData& data, const ImDrawCmd& cmd);

// Fills `out` with the frame's triangles in drawing order (empty ones left out), after the
// screen cleared to `clear` (packed as ImGui's colours), which counts as a first triangle
// over the whole screen: a new clear colour (the high-contrast theme) redraws everything. False
// when the frame cannot be tracked triangle by triangle (a draw callback, a display offset or
// a framebuffer scale): it is then drawn whole.
bool drawn_triangles(const ImDrawData& data, unsigned clear, std::vector<DrawnTriangle>& out);

} // namespace haven::ui
