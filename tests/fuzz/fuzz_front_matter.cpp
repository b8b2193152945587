// split_front_matter on arbitrary bytes, with its invariants: both parts point into the
// input, line numbers match the newlines before them, and the delimiters really are `+++`.

#include "core/content/front_matter.hpp"
#include "fuzz_check.hpp"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace {

// True when `part` is empty or lies entirely inside `whole`.
bool inside(std::string_view part, std::string_view whole) {
    if (part.empty()) return true;
    return part.data() >= whole.data() && part.data() + part.size() <= whole.data() + whole.size();
}

bool is_delimiter(std::string_view line) {
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
    return line == "+++";
}

long newlines_before(std::string_view whole, const char* at) {
    return std::count(whole.data(), at, '\n');
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    const haven::FrontMatter fm = haven::split_front_matter(input);

    HAVEN_FUZZ_CHECK(inside(fm.toml, input));
    HAVEN_FUZZ_CHECK(inside(fm.body, input));
    HAVEN_FUZZ_CHECK(fm.toml_first_line == 2);
    const std::string_view first_line = input.substr(0, input.find('\n'));

    if (!fm.found) {
        HAVEN_FUZZ_CHECK(!fm.closed);
        HAVEN_FUZZ_CHECK(!is_delimiter(first_line));
        HAVEN_FUZZ_CHECK(fm.toml.empty());
        HAVEN_FUZZ_CHECK(fm.body.size() == input.size());
        HAVEN_FUZZ_CHECK(fm.body_first_line == 1);
        return 0;
    }
    HAVEN_FUZZ_CHECK(is_delimiter(first_line));
    if (!fm.closed) {
        // Everything after the opening line is (unclosed) TOML; there is no body.
        HAVEN_FUZZ_CHECK(fm.body.empty());
        if (first_line.size() < input.size())
            HAVEN_FUZZ_CHECK(fm.toml.size() == input.size() - first_line.size() - 1);
        return 0;
    }

    // Closed: the opening line, the TOML, the closing line, then the body.
    HAVEN_FUZZ_CHECK(fm.body_first_line >= 3);
    HAVEN_FUZZ_CHECK(fm.toml.data() == input.data() + first_line.size() + 1);
    const std::size_t closing_start = first_line.size() + 1 + fm.toml.size();
    const std::size_t closing_end = std::min(input.find('\n', closing_start), input.size());
    HAVEN_FUZZ_CHECK(closing_start <= input.size());
    HAVEN_FUZZ_CHECK(is_delimiter(input.substr(closing_start, closing_end - closing_start)));
    // No line inside the TOML is a delimiter: the first closing line wins.
    std::size_t pos = 0;
    while (pos <= fm.toml.size()) {
        const std::size_t end = fm.toml.find('\n', pos);
        if (end == std::string_view::npos) break;
        HAVEN_FUZZ_CHECK(!is_delimiter(fm.toml.substr(pos, end - pos)));
        pos = end + 1;
    }
    HAVEN_FUZZ_CHECK(fm.body_first_line - 2 == newlines_before(input, input.data() + closing_start));
    if (closing_end < input.size()) {
        HAVEN_FUZZ_CHECK(fm.body.data() == input.data() + closing_end + 1);
        HAVEN_FUZZ_CHECK(fm.body.size() == input.size() - closing_end - 1);
        HAVEN_FUZZ_CHECK(fm.body_first_line - 1 == newlines_before(input, fm.body.data()));
    } else {
        HAVEN_FUZZ_CHECK(fm.body.empty());
    }
    return 0;
}
