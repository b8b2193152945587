// parse_script on arbitrary bytes, with the invariants the script runner relies on: every
// value is finite and within the documented limits, texts are non-empty where required,
// and line numbers are real, increasing lines of the input.

#include "core/script/script.hpp"
#include "fuzz_check.hpp"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace {

bool coordinate(float v) { return std::isfinite(v) && v >= 0 && v <= 100000; }

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    const haven::ParsedScript script = haven::parse_script(input);
    const int lines = static_cast<int>(std::count(input.begin(), input.end(), '\n')) + 1;

    using Kind = haven::ScriptCommand::Kind;
    int previous = 0;
    for (const haven::ScriptCommand& c : script.commands) {
        HAVEN_FUZZ_CHECK(c.line > previous && c.line <= lines);
        previous = c.line;
        HAVEN_FUZZ_CHECK(std::isfinite(c.ms) && c.ms >= 0);
        switch (c.kind) {
        case Kind::Wait: HAVEN_FUZZ_CHECK(c.ms <= 365.0 * 24 * 3600 * 1000); break;
        case Kind::TapAt: HAVEN_FUZZ_CHECK(coordinate(c.x1) && coordinate(c.y1)); break;
        case Kind::Drag:
            HAVEN_FUZZ_CHECK(coordinate(c.x1) && coordinate(c.y1) && coordinate(c.x2) && coordinate(c.y2));
            HAVEN_FUZZ_CHECK(c.ms <= 60000);
            break;
        case Kind::TapLabel:
        case Kind::Shot:
        case Kind::Expect: HAVEN_FUZZ_CHECK(!c.text.empty()); break;
        }
    }
    previous = 0;
    for (const haven::ScriptError& e : script.errors) {
        HAVEN_FUZZ_CHECK(e.line > previous && e.line <= lines);
        HAVEN_FUZZ_CHECK(!e.message.empty());
        previous = e.line;
    }
    HAVEN_FUZZ_CHECK(script.commands.size() + script.errors.size() <= static_cast<std::size_t>(lines));
    return 0;
}
