#include "rich_text.hpp"

#include "ui/text/draw_text.hpp"

#include <imgui.h>

#include <algorithm>
#include <string>

namespace haven::ui {
namespace {

constexpr float kLineSpacing = 1.45f;  // line height as a multiple of the font size
constexpr float kIndentEm = 1.6f;      // per list level and for quotes

ImFont* font_for(const ViewContext& ctx, const Block& block, const Span& span) {
    if (block.kind == Block::Kind::Heading) return block.heading_level <= 1 ? ctx.fonts.heading : ctx.fonts.subheading;
    if (span.strong && span.emphasis) return ctx.fonts.strong_italic;
    if (span.strong) return ctx.fonts.strong;
    if (span.emphasis) return ctx.fonts.italic;
    return ctx.fonts.body;
}

float space_before(const ViewContext& ctx, const Block& block, bool first) {
    if (first) return 0;
    switch (block.kind) {
    case Block::Kind::Heading: return ctx.m(1.1f);
    case Block::Kind::ListItem: return ctx.m(block.marker.empty() ? 0.3f : 0.45f);
    case Block::Kind::Paragraph: return ctx.m(0.8f);
    }
    return 0;
}

float width_of(ImFont* font, const char* begin, const char* end) {
    return font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, begin, end).x;
}

// Marks bytes [begin, end) of a block: the highlighter's colour and the bar in the margin.
struct Marked {
    std::size_t begin = 0, end = 0;
    float top = FLT_MAX, bottom = -FLT_MAX;  // out: where the marked words stand
};

void mark(ViewContext& ctx, ImDrawList* list, ImVec4 box, Marked& marked) {
    highlight_band(ctx, list, box);
    marked.top = std::min(marked.top, box.y);
    marked.bottom = std::max(marked.bottom, box.w);
}

// Draws one block's spans, wrapping at `right`; returns the block's bottom.
float draw_block(ViewContext& ctx, ImDrawList* list, const Block& block, float left, float right, float top,
                 Marked* marked) {
    float x = left;
    float y = top;
    float line_height = 0;
    for (const Span& span : block.spans) line_height = std::max(line_height, font_for(ctx, block, span)->FontSize * kLineSpacing);
    const ImU32 colour = ctx.theme.text;
    bool line_empty = true;
    std::size_t span_start = 0;  // where this span begins in the block's plain text
    for (const Span& span : block.spans) {
        ImFont* font = font_for(ctx, block, span);
        const char* p = span.text.data();
        const char* end = p + span.text.size();
        while (p < end) {
            // A word with the spaces that follow it.
            const char* word_end = p;
            while (word_end < end && *word_end != ' ') ++word_end;
            const char* next = word_end;
            while (next < end && *next == ' ') ++next;
            const float word_width = width_of(font, p, word_end);
            if (!line_empty && x + word_width > right) {
                x = left;
                y += line_height;
                line_empty = true;
            }
            if (line_empty && p == word_end) {  // no spaces at the start of a line
                p = next;
                continue;
            }
            const std::size_t at = span_start + static_cast<std::size_t>(p - span.text.data());
            if (marked && at < marked->end && at + static_cast<std::size_t>(word_end - p) > marked->begin) {
                // The space after a word is marked too when the next word is, so a sentence reads as one band.
                const std::size_t after = span_start + static_cast<std::size_t>(next - span.text.data());
                const char* until = after < marked->end && next < end ? next : word_end;
                mark(ctx, list, ImVec4(x, y, x + width_of(font, p, until), y + line_height), *marked);
            }
            list->AddText(font, font->FontSize, ImVec2(x, y + (line_height - font->FontSize * kLineSpacing) * 0.5f), colour,
                          p, next, 0.0f);
            x += width_of(font, p, next);
            line_empty = false;
            p = next;
        }
        span_start += span.text.size();
    }
    return y + line_height;
}

bool needs_shaping(const ViewContext& ctx, const Block& block) {
    for (const Span& span : block.spans)
        if (shaped(ctx, span.text)) return true;
    return false;
}

// The same block through the shaped path (ui/text): its spans become one paragraph with style
// ranges, so bold and italic words stay in their places when the line reads right to left.
// Returns the block's bottom; `first_baseline` gets its first line's baseline.
float draw_shaped_block(ViewContext& ctx, ImDrawList* list, const Block& block, float left, float right, float top,
                        bool right_to_left, float& first_baseline, Marked* marked) {
    std::string plain;
    std::vector<StyleRange> styles;
    std::vector<ShapedStyle> looks;
    for (const Span& span : block.spans) {
        ImFont* font = font_for(ctx, block, span);
        ShapedStyle look = ctx.fonts.shaped_style(font);
        look.line_height = font->FontSize * kLineSpacing;
        int style = 0;
        while (style < static_cast<int>(looks.size()) &&
               !(looks[static_cast<std::size_t>(style)].pixel_size == look.pixel_size &&
                 looks[static_cast<std::size_t>(style)].bold == look.bold))
            ++style;
        if (style == static_cast<int>(looks.size())) looks.push_back(look);
        styles.push_back({plain.size(), plain.size() + span.text.size(), style});
        plain += span.text;
    }
    const float width = std::max(1.0f, right - left);
    const ShapedBlock& laid = ctx.painter->lay_out(plain, styles, looks, width,
                                                  right_to_left ? BaseDirection::RightToLeft : BaseDirection::Auto,
                                                  ctx.language);
    if (marked)
        for (const ImVec4& box : TextPainter::extent_of(laid, ImVec2(left, top), width, marked->begin, marked->end))
            mark(ctx, list, box, *marked);
    ctx.painter->draw(list, laid, ImVec2(left, top), width, ctx.theme.text);
    first_baseline = top + (laid.lines.empty() ? 0 : laid.lines.front().baseline);
    return top + laid.height;
}

} // namespace

void highlight_band(const ViewContext& ctx, ImDrawList* list, ImVec4 box) {
    const float pad = ctx.m(0.12f);
    list->AddRectFilled(ImVec2(box.x - pad, box.y), ImVec2(box.z + pad, box.w), ctx.theme.highlight, ctx.m(0.2f));
    // Seen without colour too: a rule beneath, like a finger following the line.
    list->AddRectFilled(ImVec2(box.x - pad, box.w - ctx.m(0.16f)), ImVec2(box.z + pad, box.w - ctx.m(0.06f)),
                        ctx.theme.highlight_mark);
}

void rich_text(ViewContext& ctx, const std::vector<Block>& blocks, float width, bool right_to_left,
               TextHighlight* highlight) {
    ImDrawList* list = ImGui::GetWindowDrawList();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const ImVec2 clip_min = list->GetClipRectMin();
    const ImVec2 clip_max = list->GetClipRectMax();
    float y = origin.y;
    bool first = true;
    int index = -1;
    for (const Block& block : blocks) {
        ++index;
        Marked marked;
        Marked* marking = nullptr;
        if (highlight && highlight->block == index) {
            marked = {highlight->begin, highlight->end};
            marking = &marked;
        }
        y += space_before(ctx, block, first);
        first = false;
        const float quote_indent = block.quote ? ctx.m(kIndentEm) : 0;
        const float list_indent = static_cast<float>(block.depth) * ctx.m(kIndentEm);
        // Right to left, the indents, the list markers and the quote's rule are on the right.
        const float indent = quote_indent + list_indent;
        const float left = right_to_left ? origin.x : origin.x + indent;
        const float right = right_to_left ? origin.x + width - indent : origin.x + width;
        const float top = y;
        float marker_top = top;
        if (needs_shaping(ctx, block) || (right_to_left && ctx.painter != nullptr)) {
            float baseline = 0;
            y = draw_shaped_block(ctx, list, block, left, right, top, right_to_left, baseline, marking);
            // On the first line's baseline, which a tall script (Nastaliq) sets lower.
            marker_top = std::max(top, baseline - ctx.fonts.body->Ascent);
        } else {
            y = draw_block(ctx, list, block, left, right, top, marking);
        }
        if (marking && marked.top <= marked.bottom) {
            highlight->top = marked.top;
            highlight->bottom = marked.bottom;
            highlight->drawn = true;
        }
        if (!block.marker.empty()) {
            // The marker hangs in the indent, against the text.
            ImFont* font = ctx.fonts.body;
            const float w = text_extent(ctx, font, block.marker).x;
            draw_text(ctx, list, font, ImVec2(right_to_left ? right + ctx.m(0.5f) : left - w - ctx.m(0.5f), marker_top),
                      ctx.theme.accent, block.marker);
        }
        if (block.quote) {
            const float rule = right_to_left ? origin.x + width - ctx.m(0.5f) : origin.x + ctx.m(0.3f);
            list->AddRectFilled(ImVec2(rule, top), ImVec2(rule + ctx.m(0.2f), y), ctx.theme.accent);
        }
        std::string plain;
        for (const Span& span : block.spans) plain += span.text;
        ctx.seen.add(plain, {origin.x, top, origin.x + width, y}, {clip_min.x, clip_min.y, clip_max.x, clip_max.y}, false);
    }
    ImGui::Dummy(ImVec2(std::max(width, 1.0f), std::max(y - origin.y, 1.0f)));
}

} // namespace haven::ui
