// lay_out_paragraph (see paragraph_layout.hpp): greedy line filling over the places where
// Unicode allows a break, then each line cut into bidi runs (in visual order) and style ranges.

#include "core/text/paragraph_layout.hpp"

#include "core/text/line_breaks.hpp"

#include <algorithm>

namespace haven {
namespace {

bool is_trailing_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

std::size_t trim_end(std::string_view text, std::size_t begin, std::size_t end) {
    while (end > begin && is_trailing_space(text[end - 1])) --end;
    return end;
}

// The first range that ends after `at` (ranges are in order and do not overlap).
std::vector<StyleRange>::const_iterator first_range_after(const std::vector<StyleRange>& styles, std::size_t at) {
    return std::upper_bound(styles.begin(), styles.end(), at, [](std::size_t v, const StyleRange& r) { return v < r.end; });
}

int style_at(const std::vector<StyleRange>& styles, std::size_t at) {
    const auto it = first_range_after(styles, at);
    return it != styles.end() && at >= it->begin ? it->style : 0;
}

// Where the style changes inside bytes [begin, end): the cut points, begin and end included.
// Binary search, not a scan: a hostile card may have thousands of bold words in one paragraph.
std::vector<std::size_t> style_cuts(const std::vector<StyleRange>& styles, std::size_t begin, std::size_t end) {
    std::vector<std::size_t> cuts{begin};
    for (auto it = first_range_after(styles, begin); it != styles.end() && it->begin < end; ++it) {
        if (it->begin > begin) cuts.push_back(it->begin);
        if (it->end < end) cuts.push_back(it->end);
    }
    cuts.push_back(end);
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
    return cuts;
}

// The pieces of bytes [begin, end) in visual order, measured, from x = 0.
std::vector<PlacedPiece> place_pieces(const BidiParagraph& bidi, const std::vector<StyleRange>& styles, std::size_t begin,
                                      std::size_t end, const MeasureRun& measure) {
    std::vector<PlacedPiece> pieces;
    float x = 0;
    for (const BidiRun& run : bidi.visual_runs(begin, end)) {
        const std::vector<std::size_t> cuts = style_cuts(styles, run.begin, run.end);
        std::vector<PlacedPiece> in_run;
        for (std::size_t i = 0; i + 1 < cuts.size(); ++i)
            in_run.push_back({cuts[i], cuts[i + 1], style_at(styles, cuts[i]), run.right_to_left(), 0, 0});
        if (run.right_to_left()) std::reverse(in_run.begin(), in_run.end());  // logical order, read from the right
        for (PlacedPiece& piece : in_run) {
            piece.x = x;
            piece.width = measure(piece.begin, piece.end, piece.style, piece.right_to_left);
            x += piece.width;
            pieces.push_back(piece);
        }
    }
    return pieces;
}

float width_of(const std::vector<PlacedPiece>& pieces) {
    return pieces.empty() ? 0 : pieces.back().x + pieces.back().width;
}

// A word: the bytes up to and including the next place a line may end.
struct Word {
    std::size_t begin = 0;
    std::size_t end = 0;
    bool hard_break = false;  // a line must end after it
};

std::vector<Word> words_of(std::string_view text, const std::string& language) {
    const std::vector<LineBreak> breaks = line_breaks(text, language);
    std::vector<Word> words;
    std::size_t begin = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (breaks[i] != LineBreak::Allowed && breaks[i] != LineBreak::Mandatory) continue;
        // The end of the text is "mandatory" too; only a newline inside it forces a new line.
        words.push_back({begin, i + 1, breaks[i] == LineBreak::Mandatory && i + 1 < text.size()});
        begin = i + 1;
    }
    if (begin < text.size()) words.push_back({begin, text.size(), false});
    return words;
}

}  // namespace

ParagraphLayout lay_out_paragraph(std::string_view text, const std::vector<StyleRange>& styles, float width,
                                  BaseDirection base, const std::string& language, const MeasureRun& measure) {
    ParagraphLayout layout;
    const BidiParagraph bidi(text, base);
    layout.right_to_left = bidi.right_to_left();

    auto finish_line = [&](std::size_t begin, std::size_t end) {
        PlacedLine line;
        line.begin = begin;
        line.end = trim_end(text, begin, end);
        if (line.end > line.begin) line.pieces = place_pieces(bidi, styles, line.begin, line.end, measure);
        line.width = width_of(line.pieces);
        layout.widest = std::max(layout.widest, line.width);
        layout.lines.push_back(std::move(line));
    };

    // Widths add up piece by piece, so a word is measured on its own (its bidi runs and style
    // ranges), with and without the spaces that follow it.
    auto measure_span = [&](std::size_t begin, std::size_t end) {
        return end > begin ? width_of(place_pieces(bidi, styles, begin, end, measure)) : 0.0f;
    };

    std::size_t line_begin = 0;
    float x = 0;
    bool line_empty = true;
    for (const Word& word : words_of(text, language)) {
        const std::size_t visible_end = trim_end(text, word.begin, word.end);
        const float visible = measure_span(word.begin, visible_end);
        if (!line_empty && x + visible > width) {
            finish_line(line_begin, word.begin);
            line_begin = word.begin;
            x = 0;
            line_empty = true;
        }
        x += visible_end == word.end ? visible : measure_span(word.begin, word.end);
        line_empty = line_empty && visible_end == word.begin;
        if (word.hard_break) {
            finish_line(line_begin, word.end);
            line_begin = word.end;
            x = 0;
            line_empty = true;
        }
    }
    if (line_begin < text.size() || layout.lines.empty()) finish_line(line_begin, text.size());
    return layout;
}

}  // namespace haven
