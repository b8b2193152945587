// parse_markdown and plain_text on arbitrary bytes (a card body), with the invariants the
// card view relies on: no empty blocks, sane heading levels and list depths, one warning
// per kind, and valid UTF-8 out whenever valid UTF-8 went in (the loader only passes valid
// UTF-8, and ImGui draws whatever bytes it gets).

#include "core/content/markdown.hpp"
#include "core/text/utf8.hpp"
#include "fuzz_check.hpp"

#include <cstddef>
#include <cstdint>
#include <set>
#include <string>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    // As in the kiosk, where a body is always the end of a file read into a std::string: the
    // byte after it is a NUL. md4c 0.4.8 reads one byte past the end of what it is given, and
    // when that byte happens to be ')' after a body ending in `[](p` it returns text of a
    // bogus, huge length (README.md, "Found so far"). On libFuzzer's own buffer that byte is
    // whatever follows in memory, which made this target fail at random.
    const std::string body(reinterpret_cast<const char*>(data), size);
    const std::string_view input(body);
    const haven::MarkdownResult result = haven::parse_markdown(input);
    const bool valid_in = !haven::find_invalid_utf8(input);

    std::size_t text_bytes = 0;
    for (const haven::Block& block : result.blocks) {
        HAVEN_FUZZ_CHECK(!block.spans.empty());
        HAVEN_FUZZ_CHECK(block.depth >= 0);
        if (block.kind == haven::Block::Kind::Heading) {
            HAVEN_FUZZ_CHECK(block.heading_level >= 1 && block.heading_level <= 6);
            HAVEN_FUZZ_CHECK(block.marker.empty());
        } else {
            HAVEN_FUZZ_CHECK(block.heading_level == 0);
        }
        if (!block.marker.empty()) HAVEN_FUZZ_CHECK(block.kind == haven::Block::Kind::ListItem && block.depth >= 1);
        for (const haven::Span& span : block.spans) {
            HAVEN_FUZZ_CHECK(!span.text.empty());
            if (valid_in) HAVEN_FUZZ_CHECK(!haven::find_invalid_utf8(span.text));
            text_bytes += span.text.size();
        }
    }
    const std::set<std::string> kinds(result.warnings.begin(), result.warnings.end());
    HAVEN_FUZZ_CHECK(kinds.size() == result.warnings.size());

    const std::string text = haven::plain_text(result.blocks);
    const std::size_t separators = result.blocks.empty() ? 0 : 2 * (result.blocks.size() - 1);
    HAVEN_FUZZ_CHECK(text.size() == text_bytes + separators);
    if (valid_in) HAVEN_FUZZ_CHECK(!haven::find_invalid_utf8(text));
    return 0;
}
