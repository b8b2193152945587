#include "ui/text/shaped_text.hpp"

#include "core/text/script_fonts.hpp"
#include "core/text/utf8.hpp"

#include <ft2build.h>
#include FT_FREETYPE_H

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <map>

namespace haven::ui {

struct TextPainter::Face {
    std::string file;
    FT_Face ft = nullptr;
    float ascent = 0.8f;   // per em, up from the baseline
    float descent = 0.2f;  // per em, down from the baseline
    std::map<int, std::unique_ptr<ShapingFont>> shapers;  // by pixel size
};

namespace {

constexpr const char* kLastResort = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

FT_Library library(void* handle) { return static_cast<FT_Library>(handle); }

// Combining accents belong to the letter before them, whatever block they are in.
bool inherits_script(unsigned cp) {
    return (cp >= 0x0300 && cp <= 0x036F) || (cp >= 0x1AB0 && cp <= 0x1AFF) || (cp >= 0x20D0 && cp <= 0x20FF) ||
           (cp >= 0xFE00 && cp <= 0xFE0F);
}

}  // namespace

TextPainter::TextPainter(std::string font_folder)
    : font_folder_(font_folder.empty() ? std::string(noto_font_folder()) : std::move(font_folder)) {
    FT_Library ft = nullptr;
    if (FT_Init_FreeType(&ft) == 0) freetype_ = ft;
}

TextPainter::~TextPainter() {
    for (auto& face : faces_) {
        face->shapers.clear();
        if (face->ft != nullptr) FT_Done_Face(face->ft);
    }
    if (freetype_ != nullptr) FT_Done_FreeType(library(freetype_));
}

int TextPainter::face_for(int script_number, const std::string& language, bool bold) {
    const auto script = static_cast<Script>(script_number);
    std::string stem = font_stem(script, language);
    if (stem.empty()) stem = "NotoSans";
    const std::string folder = font_folder_ + "/";
    std::vector<std::string> candidates;
    if (bold) candidates.push_back(folder + stem + "-Bold.ttf");
    candidates.push_back(folder + stem + "-Regular.ttf");
    const std::size_t wanted = candidates.size();
    if (bold) candidates.push_back(folder + "NotoSans-Bold.ttf");
    candidates.push_back(folder + "NotoSans-Regular.ttf");
    candidates.push_back(kLastResort);
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        const std::string& file = candidates[i];
        if (const auto found = face_by_file_.find(file); found != face_by_file_.end()) {
            if (found->second >= 0) return found->second;
            continue;
        }
        auto face = std::make_unique<Face>();
        face->file = file;
        std::error_code error;
        if (freetype_ == nullptr || !std::filesystem::is_regular_file(file, error) ||
            FT_New_Face(library(freetype_), file.c_str(), 0, &face->ft) != 0) {
            face_by_file_[file] = -1;
            // Only the script's own regular face counts as missing; bold falls back quietly.
            if (i + 1 == wanted && std::find(missing_fonts_.begin(), missing_fonts_.end(), file) == missing_fonts_.end()) {
                missing_fonts_.push_back(file);
                std::fprintf(stderr, "haven: the font %s is not installed; %s text is drawn with a fallback font\n",
                             file.c_str(), script_name(script));
            }
            continue;
        }
        const float units = face->ft->units_per_EM > 0 ? static_cast<float>(face->ft->units_per_EM) : 1000.0f;
        face->ascent = static_cast<float>(face->ft->ascender) / units;
        face->descent = -static_cast<float>(face->ft->descender) / units;
        faces_.push_back(std::move(face));
        const int index = static_cast<int>(faces_.size()) - 1;
        face_by_file_[file] = index;
        return index;
    }
    return -1;
}

ShapingFont& TextPainter::shaper(int face, int pixel_size) {
    auto& slot = faces_[static_cast<std::size_t>(face)]->shapers[pixel_size];
    if (!slot) slot = std::make_unique<ShapingFont>(faces_[static_cast<std::size_t>(face)]->file, static_cast<float>(pixel_size));
    return *slot;
}

std::vector<TextPainter::FontRun> TextPainter::font_runs(std::string_view text, std::size_t begin, std::size_t end,
                                                         const std::string& language, bool bold) {
    // Each character goes to its script's font when that font has it, else to Noto Sans, so a
    // "+" or a Latin letter inside Arabic text is never a box. Spaces, digits and punctuation
    // stay with the run they are in, when its font has them.
    std::vector<FontRun> runs;
    const int latin = face_for(static_cast<int>(Script::Latin), language, bold);
    auto has = [this](int face, unsigned cp) {
        return face >= 0 && FT_Get_Char_Index(faces_[static_cast<std::size_t>(face)]->ft, cp) != 0;
    };
    for (std::size_t at = begin; at < end;) {
        unsigned cp = 0;
        std::size_t length = decode_utf8(text, at, cp);
        if (length == 0) {
            cp = 0xFFFD;
            length = 1;
        }
        const Script script = script_of(cp);
        const bool inherit = script == Script::Common || inherits_script(cp) || cp == 0x200C || cp == 0x200D;
        int face = -1;
        if (inherit && !runs.empty() && (has(runs.back().face, cp) || inherits_script(cp) || cp == 0x200C || cp == 0x200D)) {
            face = runs.back().face;
        } else if (inherit) {
            face = has(latin, cp) || runs.empty() ? latin : runs.back().face;
        } else {
            face = face_for(static_cast<int>(script), language, bold);
            if (!has(face, cp) && has(latin, cp)) face = latin;
        }
        if (face < 0) face = latin;
        if (!runs.empty() && runs.back().face == face) {
            runs.back().end = at + length;
        } else if (!runs.empty() && runs.back().neutral && !inherit && has(face, runs.back().first)) {
            // A run of spaces and punctuation at the start joins the letters after it.
            runs.back().end = at + length;
            runs.back().face = face;
            runs.back().neutral = false;
        } else {
            runs.push_back({at, at + length, face, inherit, cp});
        }
        at += length;
    }
    runs.erase(std::remove_if(runs.begin(), runs.end(), [](const FontRun& r) { return r.face < 0; }), runs.end());
    return runs;
}

float TextPainter::shape_piece(std::string_view text, std::size_t begin, std::size_t end, bool right_to_left,
                               const ShapedStyle& look, const std::string& language, float x, float baseline,
                               std::vector<PositionedGlyph>* out) {
    const int pixel_size = std::max(1, static_cast<int>(std::lround(look.pixel_size)));
    struct Run {
        std::vector<PositionedGlyph> glyphs;  // from the run's own left edge
        float width = 0;
    };
    std::vector<Run> runs;
    float total = 0;
    for (const FontRun& script_run : font_runs(text, begin, end, language, look.bold)) {
        const int face = script_run.face;
        // The shaper's cache may let this result go at its next call: copy what is needed now.
        const ShapedRun& shaped = shaper(face, pixel_size)
                                      .shape(text.substr(script_run.begin, script_run.end - script_run.begin),
                                             right_to_left, language);
        total += shaped.width;
        if (out == nullptr) continue;
        Run run;
        run.width = shaped.width;
        float pen = 0;
        for (const ShapedGlyph& g : shaped.glyphs) {
            run.glyphs.push_back({face, g.id, pixel_size, pen + g.x_offset, baseline - g.y_offset, g.x_advance,
                                  static_cast<std::uint32_t>(script_run.begin + g.cluster)});
            pen += g.x_advance;
        }
        runs.push_back(std::move(run));
    }
    if (out == nullptr) return total;
    // Runs of different scripts inside a right-to-left piece stand right to left on the screen.
    if (right_to_left) std::reverse(runs.begin(), runs.end());
    float left = x;
    for (Run& run : runs) {
        for (PositionedGlyph& g : run.glyphs) {
            g.x += left;
            out->push_back(g);
        }
        left += run.width;
    }
    return total;
}

const ShapedBlock& TextPainter::lay_out(std::string_view text, const ShapedStyle& look, float width,
                                        const std::string& language, BaseDirection base) {
    return lay_out(text, {}, {look}, width, base, language);
}

const ShapedBlock& TextPainter::lay_out(std::string_view text, const std::vector<StyleRange>& styles,
                                        const std::vector<ShapedStyle>& looks, float width, BaseDirection base,
                                        const std::string& language) {
    std::string key;
    key.reserve(text.size() + 64);
    key.append(text);
    key += '\0';
    key += language;
    key += static_cast<char>('0' + static_cast<int>(base));
    key += std::to_string(width < 1e6f ? std::lround(width) : -1);
    for (const StyleRange& s : styles) key += "|" + std::to_string(s.begin) + "," + std::to_string(s.end) + "," + std::to_string(s.style);
    for (const ShapedStyle& l : looks)
        key += "/" + std::to_string(std::lround(l.pixel_size * 8)) + (l.bold ? "b" : "r") + std::to_string(std::lround(l.line_height * 8)) +
               "," + std::to_string(std::lround(l.text_height * 8));
    if (const auto found = block_index_.find(key); found != block_index_.end()) {
        blocks_.splice(blocks_.end(), blocks_, found->second);
        return found->second->second;
    }
    ++layouts_;
    const std::vector<ShapedStyle> fallback{ShapedStyle{}};
    const std::vector<ShapedStyle>& all = looks.empty() ? fallback : looks;
    auto look_of = [&all](int style) -> const ShapedStyle& {
        return all[static_cast<std::size_t>(std::clamp(style, 0, static_cast<int>(all.size()) - 1))];
    };

    const ParagraphLayout layout = lay_out_paragraph(
        text, styles, width, base, language, [&](std::size_t begin, std::size_t end, int style, bool rtl) {
            return shape_piece(text, begin, end, rtl, look_of(style), language, 0, 0, nullptr);
        });

    ShapedBlock block;
    block.right_to_left = layout.right_to_left;
    float top = 0;
    const int latin = face_for(static_cast<int>(Script::Latin), language, false);
    const float latin_ascent_share =
        latin >= 0 ? faces_[static_cast<std::size_t>(latin)]->ascent /
                         (faces_[static_cast<std::size_t>(latin)]->ascent + faces_[static_cast<std::size_t>(latin)]->descent)
                   : 0.78f;
    for (const PlacedLine& placed : layout.lines) {
        float line_height = placed.pieces.empty() ? look_of(0).line_height : 0;
        float text_height = placed.pieces.empty() ? look_of(0).text_height : 0;
        float pixel_size = 0;
        for (const PlacedPiece& piece : placed.pieces) {
            const ShapedStyle& look = look_of(piece.style);
            line_height = std::max(line_height, look.line_height);
            text_height = std::max(text_height, look.text_height);
            pixel_size = std::max(pixel_size, look.pixel_size);
        }
        ShapedLine line;
        line.first_glyph = block.glyphs.size();
        line.top = top;
        line.width = placed.width;
        for (const PlacedPiece& piece : placed.pieces)
            shape_piece(text, piece.begin, piece.end, piece.right_to_left, look_of(piece.style), language, piece.x, 0,
                        &block.glyphs);
        line.glyph_count = block.glyphs.size() - line.first_glyph;
        // The text sits where ImGui's would (its baseline at the Latin font's ascent), unless
        // its ink reaches higher or lower, as Nastaliq and stacked Indic vowels do: then the
        // line grows just enough for the ink, measured from the glyphs themselves (a tall
        // script's declared ascent and descent would double every line).
        float ink_ascent = 0, ink_descent = 0;
        for (std::size_t i = line.first_glyph; i < block.glyphs.size(); ++i) {
            const PositionedGlyph& g = block.glyphs[i];
            const GlyphInk ink = shaper(g.face, g.pixel_size).ink(g.glyph);
            ink_ascent = std::max(ink_ascent, ink.above - g.y);
            ink_descent = std::max(ink_descent, ink.below + g.y);
        }
        const float pad = pixel_size * 0.1f;
        const float ascent = std::max(text_height * latin_ascent_share, ink_ascent + (ink_ascent > text_height * latin_ascent_share ? pad : 0));
        const float descent = std::max(text_height * (1 - latin_ascent_share), ink_descent + pad);
        line.height = std::max(line_height, ascent + descent);
        const float baseline = top + std::round(ascent);
        line.baseline = baseline;
        for (std::size_t i = line.first_glyph; i < block.glyphs.size(); ++i) block.glyphs[i].y += baseline;
        block.lines.push_back(line);
        block.width = std::max(block.width, placed.width);
        top += line.height;
    }
    block.height = top;

    if (blocks_.size() >= kBlockCacheSize) {
        block_index_.erase(blocks_.front().first);
        blocks_.pop_front();
    }
    blocks_.emplace_back(std::move(key), std::move(block));
    block_index_[blocks_.back().first] = std::prev(blocks_.end());
    return blocks_.back().second;
}

const AtlasGlyph* TextPainter::glyph(const PositionedGlyph& g) {
    const std::uint64_t key = GlyphAtlas::key(g.face, g.glyph, g.pixel_size);
    if (const AtlasGlyph* found = atlas_.find(key)) return found;
    FT_Face ft = faces_[static_cast<std::size_t>(g.face)]->ft;
    if (FT_Set_Pixel_Sizes(ft, 0, static_cast<FT_UInt>(g.pixel_size)) != 0 ||
        FT_Load_Glyph(ft, g.glyph, FT_LOAD_TARGET_LIGHT) != 0 || FT_Render_Glyph(ft->glyph, FT_RENDER_MODE_NORMAL) != 0)
        return atlas_.add(key, 0, 0, 0, 0, nullptr, 0);  // a glyph FreeType cannot draw: nothing
    const FT_Bitmap& bitmap = ft->glyph->bitmap;
    return atlas_.add(key, static_cast<int>(bitmap.width), static_cast<int>(bitmap.rows),
                      static_cast<float>(ft->glyph->bitmap_left), static_cast<float>(ft->glyph->bitmap_top), bitmap.buffer,
                      bitmap.pitch);
}

std::vector<ImVec4> TextPainter::extent_of(const ShapedBlock& block, ImVec2 origin, float width, std::size_t begin,
                                           std::size_t end, TextAlign align) {
    if (align == TextAlign::Start) align = block.right_to_left ? TextAlign::Right : TextAlign::Left;
    std::vector<ImVec4> boxes;
    for (const ShapedLine& line : block.lines) {
        float left = FLT_MAX, right = -FLT_MAX;
        for (std::size_t i = line.first_glyph; i < line.first_glyph + line.glyph_count; ++i) {
            const PositionedGlyph& g = block.glyphs[i];
            if (g.byte < begin || g.byte >= end) continue;
            left = std::min(left, g.x);
            right = std::max(right, g.x + g.advance);
        }
        if (left > right) continue;
        float dx = 0;
        if (align == TextAlign::Right) dx = width - line.width;
        if (align == TextAlign::Centre) dx = (width - line.width) * 0.5f;
        boxes.push_back({origin.x + dx + left, origin.y + line.top, origin.x + dx + right, origin.y + line.top + line.height});
    }
    return boxes;
}

void TextPainter::draw(ImDrawList* list, const ShapedBlock& block, ImVec2 origin, float width, ImU32 colour,
                       TextAlign align) {
    if (align == TextAlign::Start) align = block.right_to_left ? TextAlign::Right : TextAlign::Left;
    const ImTextureID texture = atlas_.texture();
    if (texture != nullptr) list->PushTextureID(texture);
    const ImVec4 clip = list->_ClipRectStack.back();
    if (block.atlas_generation != atlas_.generation()) {
        block.atlas_glyphs.assign(block.glyphs.size(), nullptr);
        block.atlas_generation = atlas_.generation();
    }
    for (const ShapedLine& line : block.lines) {
        const float y = origin.y + line.top;
        if (y > clip.w || y + line.height < clip.y) continue;  // scrolled out of sight
        float dx = 0;
        if (align == TextAlign::Right) dx = width - line.width;
        if (align == TextAlign::Centre) dx = (width - line.width) * 0.5f;
        for (std::size_t i = line.first_glyph; i < line.first_glyph + line.glyph_count; ++i) {
            const PositionedGlyph& g = block.glyphs[i];
            if (texture == nullptr) break;  // no renderer (headless): laid out, not drawn
            const AtlasGlyph*& a = block.atlas_glyphs[i];
            if (a == nullptr) a = glyph(g);
            if (a == nullptr || a->blank) continue;
            // Whole pixels: the atlas is sampled texel for texel, so glyphs stay sharp.
            const ImVec2 p0(std::round(origin.x + dx + g.x + a->left), std::round(origin.y + g.y - a->top));
            list->PrimReserve(6, 4);
            list->PrimRectUV(p0, ImVec2(p0.x + a->width, p0.y + a->height), a->uv0, a->uv1, colour);
        }
    }
    if (texture != nullptr) list->PopTextureID();
}

}  // namespace haven::ui
