// parse_manifest and parse_pack_comment on arbitrary bytes: a manifest and a trusted comment
// arrive on a stranger's stick. What parse_manifest accepts must obey every rule (sorted,
// unique, safe paths, lower-case hashes) and format back to exactly the input; a refusal
// must say which line.

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
    return 0;
}
