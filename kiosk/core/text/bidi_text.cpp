// BidiParagraph (see bidi_text.hpp): FriBidi resolves the levels of the whole paragraph once;
// each line is reordered by fribidi_reorder_line, and its visual map is cut into runs.

#include "core/text/bidi_text.hpp"

#include "core/text/utf8.hpp"

#include <fribidi.h>

#include <algorithm>

namespace haven {
namespace {

// Code points and the byte offset where each starts (plus the end); invalid bytes become
// U+FFFD, one per byte, so offsets stay exact.
void decode(std::string_view text, std::vector<FriBidiChar>& chars, std::vector<std::size_t>& offsets) {
    for (std::size_t at = 0; at < text.size();) {
        unsigned cp = 0;
        std::size_t length = decode_utf8(text, at, cp);
        if (length == 0) {
            cp = 0xFFFD;
            length = 1;
        }
        chars.push_back(cp);
        offsets.push_back(at);
        at += length;
    }
    offsets.push_back(text.size());
}

}  // namespace

BidiParagraph::BidiParagraph(std::string_view utf8, BaseDirection base) : text_(utf8) {
    std::vector<FriBidiChar> chars;
    decode(utf8, chars, offsets_);
    const auto n = static_cast<FriBidiStrIndex>(chars.size());
    std::vector<FriBidiCharType> types(chars.size());
    std::vector<FriBidiBracketType> brackets(chars.size());
    fribidi_get_bidi_types(chars.data(), n, types.data());
    fribidi_get_bracket_types(chars.data(), n, types.data(), brackets.data());
    FriBidiParType direction = base == BaseDirection::RightToLeft  ? FRIBIDI_PAR_RTL
                               : base == BaseDirection::LeftToRight ? FRIBIDI_PAR_LTR
                                                                    : FRIBIDI_PAR_ON;
    std::vector<FriBidiLevel> levels(chars.size());
    if (n > 0 && fribidi_get_par_embedding_levels_ex(types.data(), brackets.data(), n, &direction, levels.data()) == 0)
        std::fill(levels.begin(), levels.end(), 0);  // FriBidi ran out of memory: show it left to right
    right_to_left_ = FRIBIDI_IS_RTL(direction);
    levels_.assign(levels.begin(), levels.end());
    types_.assign(types.begin(), types.end());
    mixed_ = right_to_left_ || std::any_of(levels_.begin(), levels_.end(), [](signed char l) { return (l & 1) != 0; });
}

std::vector<BidiRun> BidiParagraph::visual_runs(std::size_t begin, std::size_t end) const {
    const auto first = static_cast<std::size_t>(std::lower_bound(offsets_.begin(), offsets_.end() - 1, begin) - offsets_.begin());
    const auto last = static_cast<std::size_t>(std::lower_bound(offsets_.begin(), offsets_.end() - 1, end) - offsets_.begin());
    std::vector<BidiRun> runs;
    if (last <= first) return runs;
    const auto length = static_cast<FriBidiStrIndex>(last - first);
    // Reordered within the line only (rule L2), on copies: the paragraph serves every line.
    std::vector<FriBidiLevel> levels(levels_.begin() + static_cast<std::ptrdiff_t>(first),
                                     levels_.begin() + static_cast<std::ptrdiff_t>(last));
    std::vector<FriBidiCharType> types(types_.begin() + static_cast<std::ptrdiff_t>(first),
                                       types_.begin() + static_cast<std::ptrdiff_t>(last));
    std::vector<FriBidiStrIndex> map(static_cast<std::size_t>(length));
    for (FriBidiStrIndex i = 0; i < length; ++i) map[static_cast<std::size_t>(i)] = i;
    const FriBidiParType direction = right_to_left_ ? FRIBIDI_PAR_RTL : FRIBIDI_PAR_LTR;
    if (fribidi_reorder_line(FRIBIDI_FLAGS_DEFAULT & ~FRIBIDI_FLAG_REORDER_NSM, types.data(), length, 0, direction,
                             levels.data(), nullptr, map.data()) == 0)
        return {{begin, end, 0}};
    // Visual positions whose characters follow each other logically, at one level, form a
    // run: ascending for left to right, descending for right to left.
    for (std::size_t v = 0; v < map.size();) {
        const std::size_t start = v;
        const int level = levels[static_cast<std::size_t>(map[v])];
        const int step = (level & 1) ? -1 : 1;
        while (v + 1 < map.size() && levels[static_cast<std::size_t>(map[v + 1])] == level &&
               map[v + 1] == map[v] + step)
            ++v;
        const std::size_t a = first + static_cast<std::size_t>(std::min(map[start], map[v]));
        const std::size_t b = first + static_cast<std::size_t>(std::max(map[start], map[v])) + 1;
        runs.push_back({offsets_[a], offsets_[b], level});
        ++v;
    }
    return runs;
}

bool starts_right_to_left(std::string_view utf8) { return BidiParagraph(utf8).right_to_left(); }

}  // namespace haven
