#pragma once
// Draws ImGui's draw data with OpenGL 3 (ImGui's own OpenGL3 backend), on screen or into an
// off-screen framebuffer of an exact size for scripted sessions and screenshots.

#include "core/input/geometry.hpp"

#include <cstdint>
#include <string>
#include <vector>

struct ImDrawData;

namespace haven::ui {
class GlyphAtlas;
}

namespace haven::platform {

struct Rgba {
    float r = 0, g = 0, b = 0, a = 1;
};

// A colour packed as ImGui packs it (the theme's), made opaque: what the screen is cleared to.
Rgba opaque_rgba(std::uint32_t packed);

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

    // The font atlas was rebuilt (before the frame that uses it records its draw commands):
    // its texture is uploaded again, one byte a texel where the driver can swizzle (a quarter
    // of RGBA), and ImGui's CPU-side copy of its pixels is freed: it lives on the GPU only (or,
    // with llvmpipe, once in the driver's memory).
    void reload_fonts();

    // Makes the texture of the shaped text's glyph cache; each frame then uploads the glyphs
    // it added. The atlas must outlive the renderer's use of it.
    void use_glyph_atlas(ui::GlyphAtlas& atlas);

    // Waits until everything drawn so far, the last swap included, is done.
    void finish();

    // Draws a frame into the current target, or only the part of it inside `region` (whole
    // pixels, top-down; everything else is left as it was). Returns what it drew: the whole
    // target when a texture's contents changed since the last frame (fonts rebuilt, the glyph
    // cache emptied or grown), since the pixels left alone would show the old ones.
    Rect render(ImDrawData* data, Size target, Rgba clear, const Rect* region = nullptr);

    // Draws a frame into an off-screen framebuffer of `size` and reads it back; with `region`,
    // only that part is drawn again over the frame before.
    Image render_offscreen(ImDrawData* data, Size size, Rgba clear, const Rect* region = nullptr);

private:
    void ensure_offscreen(Size size);
    bool upload_glyphs();  // true when glyphs already drawn changed (emptied or grown)
    void draw_region(ImDrawData* data, Size target, const Rect& region);
    void release_offscreen();

    unsigned framebuffer_ = 0;
    unsigned colour_ = 0;
    Size offscreen_size_;
    ui::GlyphAtlas* glyphs_ = nullptr;
    unsigned glyph_texture_ = 0;
    int glyph_texture_size_ = 0;
    bool one_channel_ = false;
    unsigned font_texture_ = 0;  // glyphs as coverage only, read as white with alpha (texture swizzle)
    bool fonts_changed_ = true;  // the next frame is drawn whole
    std::vector<float> clip_rects_;  // the draw commands' own, while a region is drawn
};

} // namespace haven::platform
