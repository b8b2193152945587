#pragma once
// Haven's own glyph cache for shaped text: glyphs by font, glyph id and pixel size (not by
// code point, so Arabic contextual forms, Nastaliq ligatures and Bengali conjuncts each have
// their own entry), rasterised once by FreeType into one texture that ImGui's draw lists use.
//
// Memory is bounded: the texture has a fixed size, and when a new glyph does not fit, the
// whole cache is emptied before the next frame and refilled with what that frame shows (a
// kiosk shows one screen of text at a time, so this is rare and cheap); a screen that needs
// more than the texture holds makes it grow, to at most 4096 pixels square. Only the pixels of
// newly added glyphs wait in memory, until the renderer uploads them.

#include <imgui.h>

#include <cstdint>
#include <unordered_map>
#include <vector>

namespace haven::ui {

struct AtlasGlyph {
    ImVec2 uv0, uv1;        // in the texture
    float left = 0;         // from the pen position to the bitmap's left edge, pixels
    float top = 0;          // from the baseline up to the bitmap's top edge, pixels
    float width = 0, height = 0;
    bool blank = false;     // a space: nothing to draw
};

// A glyph's pixels waiting to be copied into the texture at (x, y).
struct GlyphUpload {
    int x = 0, y = 0, width = 0, height = 0;
    std::vector<std::uint8_t> alpha;  // width * height coverage values, rows top to bottom
};

class GlyphAtlas {
public:
    explicit GlyphAtlas(int size = 1024);

    // The key of a glyph: which face, which glyph, at what size.
    static std::uint64_t key(int face, std::uint32_t glyph, int pixel_size) {
        return (static_cast<std::uint64_t>(face) << 48) ^ (static_cast<std::uint64_t>(pixel_size) << 32) ^ glyph;
    }

    // The glyph if it is in the cache.
    const AtlasGlyph* find(std::uint64_t key) const;
    // Adds a rasterised glyph (`alpha` is width x height coverage); nullptr when the texture is
    // full (the glyph is then left out of this frame, and the cache emptied before the next).
    const AtlasGlyph* add(std::uint64_t key, int width, int height, float left, float top, const std::uint8_t* alpha,
                          int pitch);

    // Called before each frame: empties a cache that filled up. True when it did (glyphs were
    // missing from the last frame, so draw another).
    bool begin_frame();

    int size() const { return size_; }
    std::size_t glyph_count() const { return glyphs_.size(); }
    std::size_t evictions() const { return evictions_; }
    // Changes whenever the cache is emptied: glyphs found before then are gone.
    std::size_t generation() const { return evictions_; }

    // The texture, as the renderer made it (nullptr: nothing is drawn, as in headless runs).
    ImTextureID texture() const { return texture_; }
    void set_texture(ImTextureID texture) { texture_ = texture; }
    // The glyphs added since the renderer last took them.
    std::vector<GlyphUpload> take_uploads() { return std::move(uploads_); }
    // True when the renderer must clear the texture first (it was emptied or never used).
    bool take_cleared() {
        const bool cleared = cleared_;
        cleared_ = false;
        return cleared;
    }

private:
    static constexpr int kMaxSize = 4096;
    int size_;
    bool just_emptied_ = false;
    int shelf_x_ = 0, shelf_y_ = 0, shelf_height_ = 0;  // the shelf packer's current row
    bool full_ = false;
    bool cleared_ = true;
    std::size_t evictions_ = 0;
    ImTextureID texture_ = nullptr;
    std::unordered_map<std::uint64_t, AtlasGlyph> glyphs_;
    std::vector<GlyphUpload> uploads_;
};

}  // namespace haven::ui
