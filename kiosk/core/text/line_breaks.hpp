#pragma once
// Where a line of text may end, by the Unicode line breaking algorithm (UAX #14) as
// libunibreak implements it: after spaces and hyphens, between CJK ideographs, never inside
// "£5" or before a closing quote, and always after a hard line break, in every script.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace haven {

enum class LineBreak : char {
    None,       // the text goes on
    Allowed,    // a line may end after this byte (it ends a character)
    Mandatory,  // a line must end here (a hard line break, or the end of the text)
    Inside      // inside a character: never a place to break
};

// One entry per byte of `utf8`: whether a line may end after it. `language` (a code such as
// "en", "pl", or empty) tunes a few language rules. An invalid byte counts as a character of
// its own, as it does in BidiParagraph, so the two agree where characters begin.
std::vector<LineBreak> line_breaks(std::string_view utf8, const std::string& language = {});

}  // namespace haven
