#pragma once
// A card's body drawn with real typography: headings, paragraphs, bullet and numbered
// lists with hanging markers, block quotes with a rule, bold and italic mixed within a
// line, comfortable line spacing. ImGui draws one font per call, so lines are laid out
// here word by word; a block in a script ImGui cannot draw, or in a right-to-left card, is
// laid out and drawn by the shaped path (ui/text) instead.

#include "core/content/content_model.hpp"
#include "view_context.hpp"

#include <imgui.h>

#include <cstddef>
#include <vector>

namespace haven::ui {

// A stretch of one block marked as being read aloud: a highlighter's colour behind it and a
// rule beneath it. rich_text fills in where it was drawn, to scroll it into view.
struct TextHighlight {
    int block = -1;         // index into the blocks; -1: none
    std::size_t begin = 0;  // bytes of the block's plain text (its spans joined)
    std::size_t end = 0;
    float top = 0, bottom = 0;  // out: on screen, when drawn
    bool drawn = false;         // out
};

// The highlighter's band behind `box` (left, top, right, bottom on screen) and its rule
// beneath, drawn before the text it marks.
void highlight_band(const ViewContext& ctx, ImDrawList* list, ImVec4 box);

// Lays out and draws `blocks` at the cursor within `width` pixels; reserves their height.
// `right_to_left` (a card in Arabic or Urdu, say) right-aligns the text and mirrors the
// indents, list markers and quote rules.
void rich_text(ViewContext& ctx, const std::vector<Block>& blocks, float width, bool right_to_left = false,
               TextHighlight* highlight = nullptr);

} // namespace haven::ui
