#pragma once
// Text that Dear ImGui cannot draw by itself (Arabic, Urdu, Bengali, Punjabi, Hindi, Tamil,
// Hebrew and the rest, and any right-to-left line), laid out and drawn by Haven: each
// paragraph is broken into lines and put in visual order by core/text/paragraph_layout, each
// run is shaped by HarfBuzz in the font its script and language call for
// (core/text/script_fonts), and its glyphs are drawn from GlyphAtlas through ImGui's draw lists.
//
// Laying out is the costly part, so a laid-out block is kept (a bounded cache keyed by text,
// styles, width and language): a card is shaped once, and each frame only looks glyphs up.

#include "core/text/paragraph_layout.hpp"
#include "ui/text/glyph_atlas.hpp"
#include "ui/text/text_shaper.hpp"

#include <imgui.h>

#include <cstdint>
#include <list>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace haven::ui {

// How a styled run is drawn: the em square in pixels, the weight, the line height the
// surrounding layout uses (a line grows beyond it for a tall script such as Nastaliq), and the
// height of ImGui's text in that style: shaped text sits in it as ImGui's would, at the top of
// a taller line.
struct ShapedStyle {
    float pixel_size = 16;
    bool bold = false;
    float line_height = 24;
    float text_height = 22;
};

struct PositionedGlyph {
    int face = 0;
    std::uint32_t glyph = 0;
    int pixel_size = 0;
    float x = 0;  // pen position from the block's left edge
    float y = 0;  // baseline from the block's top
    float advance = 0;
    std::uint32_t byte = 0;  // where in the block's text the character it draws begins
};

struct ShapedLine {
    std::size_t first_glyph = 0, glyph_count = 0;
    float top = 0, height = 0, width = 0;
    float baseline = 0;  // from the block's top
};

// A paragraph laid out at one width, ready to draw.
struct ShapedBlock {
    std::vector<PositionedGlyph> glyphs;  // every line's, positioned as if left-aligned
    std::vector<ShapedLine> lines;
    bool right_to_left = false;
    float width = 0;   // the widest line
    float height = 0;  // all lines
    // Each glyph's place in the glyph cache, found on the first frame that draws the block and
    // kept while the cache is not emptied, so a steady frame does no lookups at all.
    mutable std::vector<const AtlasGlyph*> atlas_glyphs;
    mutable std::size_t atlas_generation = static_cast<std::size_t>(-1);
};

enum class TextAlign { Start, Left, Centre, Right };  // Start: left, or right for a right-to-left paragraph

class TextPainter {
public:
    // Fonts are looked for in `font_folder` (Debian's Noto folder by default).
    explicit TextPainter(std::string font_folder = {});
    ~TextPainter();
    TextPainter(const TextPainter&) = delete;
    TextPainter& operator=(const TextPainter&) = delete;

    // Lays `text` out in lines at most `width` wide (FLT_MAX: one line unless it holds a
    // newline). `styles` give each range's style number, an index into `looks`. `language`
    // (the text's, a code such as "ur") picks fonts and language-specific forms.
    const ShapedBlock& lay_out(std::string_view text, const std::vector<StyleRange>& styles,
                               const std::vector<ShapedStyle>& looks, float width, BaseDirection base,
                               const std::string& language);
    // One style throughout.
    const ShapedBlock& lay_out(std::string_view text, const ShapedStyle& look, float width, const std::string& language,
                               BaseDirection base = BaseDirection::Auto);

    // Draws `block` with its top-left at `origin`, each line aligned within `width`.
    void draw(ImDrawList* list, const ShapedBlock& block, ImVec2 origin, float width, ImU32 colour,
              TextAlign align = TextAlign::Start);
    // Where bytes [begin, end) of the block's text stand when drawn so: one box (left, top,
    // right, bottom) per line they reach. For the sentence read aloud.
    static std::vector<ImVec4> extent_of(const ShapedBlock& block, ImVec2 origin, float width, std::size_t begin,
                                         std::size_t end, TextAlign align = TextAlign::Start);

    // Before each frame: true when glyphs were missing from the last one (draw another).
    bool begin_frame() { return atlas_.begin_frame(); }

    GlyphAtlas& atlas() { return atlas_; }
    // How many blocks were laid out rather than found (for tests and benchmarks).
    std::size_t layouts() const { return layouts_; }
    // Font files that were asked for but are not installed (for the staff view and logs).
    const std::vector<std::string>& missing_fonts() const { return missing_fonts_; }

private:
    struct Face;
    // The face drawing `script` text in `language`, falling back to Noto Sans, then DejaVu Sans.
    int face_for(int script, const std::string& language, bool bold);
    ShapingFont& shaper(int face, int pixel_size);
    // Bytes [begin, end) cut into runs of one font each.
    struct FontRun {
        std::size_t begin = 0, end = 0;
        int face = -1;
        bool neutral = false;  // only spaces, digits and punctuation so far
        unsigned first = 0;    // its first character
    };
    std::vector<FontRun> font_runs(std::string_view text, std::size_t begin, std::size_t end, const std::string& language,
                                   bool bold);
    // Shapes bytes [begin, end) of `text` (one direction, one style), split by script into
    // runs of one font; appends glyphs from pen `x` when `out` is given. Returns the width.
    float shape_piece(std::string_view text, std::size_t begin, std::size_t end, bool right_to_left,
                      const ShapedStyle& look, const std::string& language, float x, float baseline,
                      std::vector<PositionedGlyph>* out);
    const AtlasGlyph* glyph(const PositionedGlyph& g);

    std::string font_folder_;
    void* freetype_ = nullptr;  // FT_Library
    std::vector<std::unique_ptr<Face>> faces_;
    std::unordered_map<std::string, int> face_by_file_;
    std::vector<std::string> missing_fonts_;
    GlyphAtlas atlas_;
    std::size_t layouts_ = 0;
    static constexpr std::size_t kBlockCacheSize = 256;
    std::list<std::pair<std::string, ShapedBlock>> blocks_;  // least recently used first
    std::unordered_map<std::string, std::list<std::pair<std::string, ShapedBlock>>::iterator> block_index_;
};

}  // namespace haven::ui
