#pragma once
// Draws ImGui's draw data with OpenGL 3 (ImGui's own OpenGL3 backend), on screen or into an
// off-screen framebuffer of an exact size for scripted sessions and screenshots.

#include "core/input/geometry.hpp"

#include <cstdint>
#include <string>
#include <vector>

struct ImDrawData;

namespace haven::platform {

struct Rgba {
    float r = 0, g = 0, b = 0, a = 1;
};

struct Image {
    Size size;
    std::vector<std::uint8_t> rgba;  // rows top to bottom
};

class GlRenderer {
public:
    // Needs a current OpenGL 3 context and a current ImGui context.
    GlRenderer();
    ~GlRenderer();
    GlRenderer(const GlRenderer&) = delete;
    GlRenderer& operator=(const GlRenderer&) = delete;

    // Uploads the font atlas again after it was rebuilt.
    void reload_fonts();

    // Draws a frame into the current target.
    void render(ImDrawData* data, Size target, Rgba clear);

    // Draws a frame into an off-screen framebuffer of `size` and reads it back.
    Image render_offscreen(ImDrawData* data, Size size, Rgba clear);

private:
    void ensure_offscreen(Size size);
    void release_offscreen();

    unsigned framebuffer_ = 0;
    unsigned colour_ = 0;
    Size offscreen_size_;
};

} // namespace haven::platform
