#include "ui/text/text_shaper.hpp"

#include <hb.h>

namespace haven::ui {
namespace {
// HarfBuzz positions in 26.6 fixed point when the scale is the pixel size times 64.
constexpr float kSubpixels = 64.0f;
}  // namespace

ShapingFont::ShapingFont(const std::filesystem::path& file, float pixel_size, std::size_t cache_entries)
    : pixel_size_(pixel_size), capacity_(cache_entries == 0 ? 1 : cache_entries) {
    hb_blob_t* blob = hb_blob_create_from_file_or_fail(file.c_str());
    if (blob == nullptr) return;
    hb_face_t* face = hb_face_create(blob, 0);
    hb_blob_destroy(blob);
    if (hb_face_get_glyph_count(face) == 0) {  // not a font HarfBuzz can read
        hb_face_destroy(face);
        return;
    }
    font_ = hb_font_create(face);
    hb_face_destroy(face);
    const int scale = static_cast<int>(pixel_size * kSubpixels);
    hb_font_set_scale(font_, scale, scale);
    buffer_ = hb_buffer_create();
}

ShapingFont::~ShapingFont() {
    if (buffer_ != nullptr) hb_buffer_destroy(buffer_);
    if (font_ != nullptr) hb_font_destroy(font_);
}

GlyphInk ShapingFont::ink(std::uint32_t id) const {
    hb_glyph_extents_t extents{};
    if (font_ == nullptr || !hb_font_get_glyph_extents(font_, id, &extents)) return {};
    // y_bearing is the top of the ink above the baseline; height runs downwards (negative).
    return {static_cast<float>(extents.y_bearing) / kSubpixels,
            -static_cast<float>(extents.y_bearing + extents.height) / kSubpixels};
}

const ShapedRun& ShapingFont::shape(std::string_view utf8, bool right_to_left, const std::string& language) {
    std::string key;
    key.reserve(utf8.size() + language.size() + 2);
    key += right_to_left ? 'R' : 'L';
    key += language;
    key += '\0';
    key += utf8;
    if (const auto found = index_.find(key); found != index_.end()) {
        entries_.splice(entries_.end(), entries_, found->second);  // now the most recently used
        return found->second->second;
    }
    ShapedRun run;
    if (font_ != nullptr && !utf8.empty()) {
        hb_buffer_clear_contents(buffer_);
        hb_buffer_add_utf8(buffer_, utf8.data(), static_cast<int>(utf8.size()), 0, static_cast<int>(utf8.size()));
        hb_buffer_set_direction(buffer_, right_to_left ? HB_DIRECTION_RTL : HB_DIRECTION_LTR);
        if (!language.empty()) hb_buffer_set_language(buffer_, hb_language_from_string(language.c_str(), -1));
        hb_buffer_guess_segment_properties(buffer_);  // the script, from the text
        hb_shape(font_, buffer_, nullptr, 0);
        unsigned count = 0;
        const hb_glyph_info_t* info = hb_buffer_get_glyph_infos(buffer_, &count);
        const hb_glyph_position_t* position = hb_buffer_get_glyph_positions(buffer_, &count);
        run.glyphs.reserve(count);
        for (unsigned i = 0; i < count; ++i) {
            const ShapedGlyph glyph{info[i].codepoint, info[i].cluster, static_cast<float>(position[i].x_advance) / kSubpixels,
                                    static_cast<float>(position[i].x_offset) / kSubpixels,
                                    static_cast<float>(position[i].y_offset) / kSubpixels};
            run.width += glyph.x_advance;
            run.glyphs.push_back(glyph);
        }
    }
    ++shaped_;
    if (entries_.size() >= capacity_) {
        index_.erase(entries_.front().first);
        entries_.pop_front();
    }
    entries_.emplace_back(std::move(key), std::move(run));
    index_[entries_.back().first] = std::prev(entries_.end());
    return entries_.back().second;
}

}  // namespace haven::ui
