#include "ui/text/glyph_atlas.hpp"

#include <algorithm>

namespace haven::ui {
namespace {
constexpr int kPadding = 1;  // empty pixels around each glyph, so neighbours never bleed in
}  // namespace

GlyphAtlas::GlyphAtlas(int size) : size_(std::max(size, 64)) {}

const AtlasGlyph* GlyphAtlas::find(std::uint64_t key) const {
    const auto it = glyphs_.find(key);
    return it == glyphs_.end() ? nullptr : &it->second;
}

const AtlasGlyph* GlyphAtlas::add(std::uint64_t key, int width, int height, float left, float top,
                                  const std::uint8_t* alpha, int pitch) {
    AtlasGlyph glyph;
    glyph.left = left;
    glyph.top = top;
    glyph.width = static_cast<float>(width);
    glyph.height = static_cast<float>(height);
    if (width <= 0 || height <= 0 || alpha == nullptr) {
        glyph.blank = true;
        return &(glyphs_[key] = glyph);
    }
    const int w = width + kPadding, h = height + kPadding;
    if (shelf_x_ + w > size_) {  // a new shelf
        shelf_y_ += shelf_height_;
        shelf_x_ = 0;
        shelf_height_ = 0;
    }
    if (w > size_ || shelf_y_ + h > size_) {
        full_ = true;
        return nullptr;
    }
    GlyphUpload upload{shelf_x_, shelf_y_, width, height, {}};
    upload.alpha.resize(static_cast<std::size_t>(width) * static_cast<std::size_t>(height));
    for (int row = 0; row < height; ++row)
        std::copy_n(alpha + static_cast<std::ptrdiff_t>(row) * pitch, width,
                    upload.alpha.begin() + static_cast<std::ptrdiff_t>(row) * width);
    const float scale = 1.0f / static_cast<float>(size_);
    glyph.uv0 = ImVec2(static_cast<float>(shelf_x_) * scale, static_cast<float>(shelf_y_) * scale);
    glyph.uv1 = ImVec2(static_cast<float>(shelf_x_ + width) * scale, static_cast<float>(shelf_y_ + height) * scale);
    shelf_x_ += w;
    shelf_height_ = std::max(shelf_height_, h);
    uploads_.push_back(std::move(upload));
    return &(glyphs_[key] = glyph);
}

bool GlyphAtlas::begin_frame() {
    if (!full_) {
        just_emptied_ = false;
        return false;
    }
    // Emptied and full again at once: one screen needs more than the texture holds (very large
    // text), so it grows, up to a limit that bounds memory whatever the content.
    if (just_emptied_ && size_ < kMaxSize) size_ *= 2;
    just_emptied_ = true;
    glyphs_.clear();
    uploads_.clear();
    shelf_x_ = shelf_y_ = shelf_height_ = 0;
    full_ = false;
    cleared_ = true;
    ++evictions_;
    return true;
}

}  // namespace haven::ui
