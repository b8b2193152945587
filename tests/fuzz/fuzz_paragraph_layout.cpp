// lay_out_paragraph (FriBidi, libunibreak and Haven's line filling) and the script table on
// arbitrary bytes, as a card's paragraph from a stick may be: never a crash or a hang, and
// lines and pieces that account for every byte they claim, in order, inside the text.

#include "core/text/paragraph_layout.hpp"
#include "core/text/script_fonts.hpp"
#include "fuzz_check.hpp"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size < 2) return 0;
    // The first byte picks the width and the base direction, the second how styles fall.
    const float width = static_cast<float>(data[0] % 64) * 10.0f + 1.0f;
    const auto base = static_cast<haven::BaseDirection>(data[0] % 3);
    const std::size_t style_step = 1 + data[1] % 16;
    const std::string text(reinterpret_cast<const char*>(data + 2), size - 2);

    std::vector<haven::StyleRange> styles;
    for (std::size_t at = 0; at + style_step <= text.size(); at += 2 * style_step)
        styles.push_back({at, at + style_step, static_cast<int>(at % 3)});

    const auto measure = [&](std::size_t begin, std::size_t end, int style, bool) {
        HAVEN_FUZZ_CHECK(begin < end && end <= text.size());
        HAVEN_FUZZ_CHECK(style >= 0 && style < 3);
        return static_cast<float>(end - begin) * 7.0f;
    };
    const haven::ParagraphLayout layout = haven::lay_out_paragraph(text, styles, width, base, "ar", measure);
    HAVEN_FUZZ_CHECK(!layout.lines.empty());
    std::size_t previous_end = 0;
    for (const haven::PlacedLine& line : layout.lines) {
        HAVEN_FUZZ_CHECK(line.begin >= previous_end && line.begin <= line.end && line.end <= text.size());
        std::size_t bytes = 0;
        float x = 0;
        for (const haven::PlacedPiece& piece : line.pieces) {
            HAVEN_FUZZ_CHECK(piece.begin >= line.begin && piece.begin < piece.end && piece.end <= line.end);
            HAVEN_FUZZ_CHECK(piece.x >= x - 0.01f && piece.width >= 0);
            x = piece.x + piece.width;
            bytes += piece.end - piece.begin;
        }
        HAVEN_FUZZ_CHECK(bytes == line.end - line.begin);  // every byte of the line drawn once
        HAVEN_FUZZ_CHECK(line.width <= layout.widest + 0.01f);
        previous_end = line.end;
    }

    (void)haven::needs_shaping(text);
    for (const haven::Script script : haven::scripts_in(text)) (void)haven::font_stem(script, "ur");
    return 0;
}
