#pragma once
// The Unicode bidirectional algorithm (UAX #9), by FriBidi: a paragraph that mixes Arabic or
// Urdu with numbers and Latin names is stored in logical order (as typed) but drawn in visual
// order, right to left with the Latin and the numbers kept left to right inside it. A line of
// such a paragraph is handed to shaping and drawing as runs in visual order, each with its
// embedding level (odd: right to left), so "Code 41" inside Arabic still reads "41".

#include <cstddef>
#include <string_view>
#include <vector>

namespace haven {

enum class BaseDirection { Auto, LeftToRight, RightToLeft };

// A run of text with one embedding level: bytes [begin, end) of the paragraph's UTF-8.
struct BidiRun {
    std::size_t begin = 0;
    std::size_t end = 0;
    int level = 0;
    bool right_to_left() const { return (level & 1) != 0; }
    bool operator==(const BidiRun&) const = default;
};

// One paragraph (no line breaks inside), resolved once; its lines are reordered on demand.
class BidiParagraph {
public:
    // `utf8` must stay alive and unchanged while the paragraph is used. Invalid UTF-8 is
    // treated as left-to-right neutral text, never a crash.
    BidiParagraph(std::string_view utf8, BaseDirection base = BaseDirection::Auto);

    // The paragraph's own direction: from `base`, or (Auto) from its first strong letter.
    bool right_to_left() const { return right_to_left_; }
    // True when any character needs right-to-left layout (so plain text can skip all this).
    bool mixed() const { return mixed_; }

    // The runs of the line made of bytes [begin, end), in visual order (left to right on the
    // screen). `begin` and `end` must fall on character boundaries.
    std::vector<BidiRun> visual_runs(std::size_t begin, std::size_t end) const;

private:
    std::string_view text_;
    std::vector<std::size_t> offsets_;  // byte offset of each character, and the end
    std::vector<signed char> levels_;   // one per character
    std::vector<unsigned> types_;       // FriBidi's character types, for reordering lines
    bool right_to_left_ = false;
    bool mixed_ = false;
};

// True when the text's first strong letter is right to left (Arabic, Hebrew, Urdu ...).
bool starts_right_to_left(std::string_view utf8);

}  // namespace haven
