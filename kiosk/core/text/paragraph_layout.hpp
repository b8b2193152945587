#pragma once
// A paragraph of any script laid out into lines: where each line ends (Unicode line breaking,
// core/text/line_breaks), and in what order its pieces stand on the screen (the Unicode
// bidirectional algorithm, core/text/bidi_text), with the x of each piece. The caller says how
// wide a run of text is (by shaping it with the right font); this file knows no fonts, so the
// rules of where lines break and which way they read are tested without a screen.
//
// A piece is a run of one direction and one style (the caller's number: bold, italic ...),
// the unit the caller shapes and draws. Pieces of a line are given left to right; an RTL
// paragraph's lines are meant to be right-aligned (`right_to_left`).

#include "core/text/bidi_text.hpp"

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace haven {

struct StyleRange {
    std::size_t begin = 0;  // bytes [begin, end) of the paragraph
    std::size_t end = 0;
    int style = 0;
};

struct PlacedPiece {
    std::size_t begin = 0;  // bytes [begin, end) of the paragraph
    std::size_t end = 0;
    int style = 0;
    bool right_to_left = false;
    float x = 0;  // from the line's left edge
    float width = 0;
};

struct PlacedLine {
    std::size_t begin = 0;  // the line's bytes, trailing spaces left out
    std::size_t end = 0;
    std::vector<PlacedPiece> pieces;  // left to right on the screen
    float width = 0;
};

struct ParagraphLayout {
    std::vector<PlacedLine> lines;
    bool right_to_left = false;  // the paragraph reads right to left: align its lines right
    float widest = 0;            // the widest line
};

// The width of bytes [begin, end) drawn as one run of `style`, in one direction.
using MeasureRun = std::function<float(std::size_t begin, std::size_t end, int style, bool right_to_left)>;

// Lays out `text` (one paragraph; a newline inside it is a hard line break) in lines at most
// `width` wide where it can: a word wider than the line gets a line of its own. `styles` are
// in order and do not overlap (bytes outside them are style 0). `language` tunes line
// breaking ("pl", "ur").
ParagraphLayout lay_out_paragraph(std::string_view text, const std::vector<StyleRange>& styles, float width,
                                  BaseDirection base, const std::string& language, const MeasureRun& measure);

}  // namespace haven
