#pragma once
// Shaping, by HarfBuzz: a run of text in one script and direction becomes the glyphs a font
// draws for it, by glyph id (not code point), so Arabic letters join, Urdu takes its
// Nastaliq forms, Bengali and Punjabi conjuncts and vowel signs sit where they belong, and
// ligatures work. Dear ImGui draws one glyph per code point and cannot do any of this
// (ocornut/imgui#1228). Runs come from BidiParagraph (core/text/bidi_text.hpp), one level each.
//
// A ShapingFont is one font file at one size; shaping the same run again is answered from a
// bounded cache, so a card is shaped once, not every frame.

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <list>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

struct hb_font_t;
struct hb_buffer_t;

namespace haven::ui {

struct ShapedGlyph {
    std::uint32_t id = 0;       // the glyph in the font
    std::uint32_t cluster = 0;  // byte offset in the run of the text it draws
    float x_advance = 0;        // pixels
    float x_offset = 0;
    float y_offset = 0;
};

// How far a glyph's ink reaches above and below the baseline, in pixels (both positive
// outward; a glyph entirely above the baseline has a negative `below`).
struct GlyphInk {
    float above = 0;
    float below = 0;
};

struct ShapedRun {
    std::vector<ShapedGlyph> glyphs;  // in visual order, left to right
    float width = 0;                  // pixels
};

class ShapingFont {
public:
    // Loads `file` for shaping at `pixel_size` (the em). `valid()` says whether it loaded.
    ShapingFont(const std::filesystem::path& file, float pixel_size, std::size_t cache_entries = 512);
    ~ShapingFont();
    ShapingFont(const ShapingFont&) = delete;
    ShapingFont& operator=(const ShapingFont&) = delete;

    bool valid() const { return font_ != nullptr; }
    float pixel_size() const { return pixel_size_; }

    // Shapes `utf8` (one run: one script, one direction). `language` is a BCP 47 code such as
    // "ur" (it picks language-specific forms), empty for none. The result stays valid until
    // the next call (the cache may let it go then).
    const ShapedRun& shape(std::string_view utf8, bool right_to_left, const std::string& language = {});

    // The ink extent of glyph `id` at this size.
    GlyphInk ink(std::uint32_t id) const;

    // How many runs were shaped rather than found in the cache (for tests and benchmarks).
    std::size_t shaped_count() const { return shaped_; }

private:
    hb_font_t* font_ = nullptr;
    hb_buffer_t* buffer_ = nullptr;
    float pixel_size_ = 0;
    std::size_t capacity_;
    std::size_t shaped_ = 0;
    // Least recently used first; the map points into the list.
    std::list<std::pair<std::string, ShapedRun>> entries_;
    std::unordered_map<std::string, std::list<std::pair<std::string, ShapedRun>>::iterator> index_;
};

}  // namespace haven::ui
