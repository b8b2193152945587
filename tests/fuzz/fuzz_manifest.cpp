// parse_manifest and parse_pack_comment on arbitrary bytes: a manifest and a trusted comment
// arrive on a stranger's stick. What parse_manifest accepts must obey every rule (sorted,
// unique, safe paths, lower-case hashes, no part named like system clutter, at most
// kMaxPathParts parts) and format back to exactly the input; a refusal must say which line.
// A signing time is known only from one positive timestamp. And printable(), which every
// text from a stick goes through before it is shown, leaves no control character, no C1
// control and no invalid UTF-8, and changes nothing that was already printable.

#include "core/content/content_files.hpp"
#include "core/text/printable_text.hpp"
#include "core/text/utf8.hpp"
#include "fuzz_check.hpp"
#include "update/manifest.hpp"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input(reinterpret_cast<const char*>(data), size);

    std::string problem;
    const auto manifest = haven::update::parse_manifest(input, problem);
    if (manifest) {
        HAVEN_FUZZ_CHECK(problem.empty());
        HAVEN_FUZZ_CHECK(!manifest->entries.empty());
        for (std::size_t i = 0; i < manifest->entries.size(); ++i) {
            const auto& entry = manifest->entries[i];
            HAVEN_FUZZ_CHECK(entry.sha256.size() == 64);
            HAVEN_FUZZ_CHECK(std::all_of(entry.sha256.begin(), entry.sha256.end(),
                                         [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); }));
            HAVEN_FUZZ_CHECK(haven::update::is_safe_relative_path(entry.path));
            HAVEN_FUZZ_CHECK(i == 0 || manifest->entries[i - 1].path < entry.path);
            std::size_t parts = 0;
            for (std::size_t start = 0; start <= entry.path.size(); ++parts) {
                const std::size_t end = std::min(entry.path.find('/', start), entry.path.size());
                HAVEN_FUZZ_CHECK(!haven::is_system_clutter(std::string_view(entry.path).substr(start, end - start)));
                start = end + 1;
            }
            HAVEN_FUZZ_CHECK(parts <= haven::update::kMaxPathParts);
        }
        HAVEN_FUZZ_CHECK(haven::update::format_manifest(*manifest) == input);
    } else {
        HAVEN_FUZZ_CHECK(!problem.empty());
    }

    // Any comment reads without a crash; what haven writes reads back the same.
    const haven::update::PackComment comment = haven::update::parse_pack_comment(input);
    const haven::update::PackComment again =
        haven::update::parse_pack_comment(haven::update::format_pack_comment(comment));
    HAVEN_FUZZ_CHECK(again.signed_at == comment.signed_at);
    HAVEN_FUZZ_CHECK(again.label.size() == comment.label.size());
    HAVEN_FUZZ_CHECK(comment.label.find('\t') == std::string::npos);
    HAVEN_FUZZ_CHECK(comment.signed_at >= 0);

    // What is shown of the input, or of its label: one line, nothing a terminal would obey.
    for (const std::string_view text : {input, std::string_view(comment.label)}) {
        const std::string shown = haven::printable(text);
        for (std::size_t i = 0; i < shown.size(); ++i) {
            const auto byte = static_cast<unsigned char>(shown[i]);
            HAVEN_FUZZ_CHECK(byte >= 0x20 && byte != 0x7F);
            HAVEN_FUZZ_CHECK(!(byte == 0xC2 && i + 1 < shown.size() && static_cast<unsigned char>(shown[i + 1]) <= 0x9F));
        }
        HAVEN_FUZZ_CHECK(!haven::find_invalid_utf8(shown));
        HAVEN_FUZZ_CHECK(haven::printable(shown) == shown);
        HAVEN_FUZZ_CHECK(shown.size() >= text.size());
        // Text with nothing to escape is shown exactly as it is.
        bool plain = !haven::find_invalid_utf8(text);
        for (std::size_t i = 0; plain && i < text.size(); ++i) {
            const auto byte = static_cast<unsigned char>(text[i]);
            plain = byte >= 0x20 && byte != 0x7F &&
                    !(byte == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) <= 0x9F);
        }
        if (plain) HAVEN_FUZZ_CHECK(shown == text);
    }
    return 0;
}
