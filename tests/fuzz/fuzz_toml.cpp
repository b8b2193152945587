// parse_toml and TableReader on arbitrary bytes, reading fields the way the content readers
// do (strings, ranged integers and numbers, booleans, [[help]] arrays of tables, a [sound]
// table), so that every type mismatch, range error, unknown-field hint and position lookup
// runs on hostile input. Every diagnostic must name the file and have a sane position.

#include "core/content/diagnostics_sink.hpp"
#include "core/content/toml_reader.hpp"
#include "fuzz_check.hpp"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace {

void read_fields(haven::TableReader& r) {
    using Need = haven::TableReader::Need;
    (void)r.string("title", Need::Required);
    (void)r.string("tile");
    (void)r.integer("code", 1, 999);
    (void)r.integer("order", -100000, 100000, Need::Required);
    (void)r.number("idle_timeout_seconds", 10, 3600);
    (void)r.boolean("enabled");
    (void)r.line_of("code");
    (void)r.column_of("title");
    for (const toml::table* t : r.tables("help")) {
        haven::TableReader help(*t, r.sink(), "[[help]]", {"label", "url"}, static_cast<int>(t->source().begin.line));
        (void)help.string("label", Need::Required);
        (void)help.string("url", Need::Required);
    }
    if (const toml::table* sound = r.table("sound")) {
        haven::TableReader s(*sound, r.sink(), "[sound]", {"enabled", "default_volume"}, r.line_of("sound"));
        (void)s.boolean("enabled");
        (void)s.number("default_volume", 0, 1, Need::Required);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    std::vector<haven::Diagnostic> diagnostics;
    haven::DiagnosticsSink sink(diagnostics, "cards/x.md", 2);

    const auto table = haven::parse_toml(input, sink);
    if (!table) {
        HAVEN_FUZZ_CHECK(diagnostics.size() == 1);
    } else {
        haven::TableReader r(*table, sink, "the card's front matter",
                             {"title", "tile", "code", "order", "idle_timeout_seconds", "enabled", "help", "sound"});
        read_fields(r);
        for (const auto& [key, node] : *table) (void)haven::closest_name(key.str(), {"title", "topic", "summary"});
    }  // ~TableReader reports unknown fields here

    // Lines are those of the card file: the TOML starts on its line 2.
    const long last_line = static_cast<long>(std::count(input.begin(), input.end(), '\n')) + 2;
    for (const haven::Diagnostic& d : diagnostics) {
        HAVEN_FUZZ_CHECK(d.path == "cards/x.md");
        HAVEN_FUZZ_CHECK(d.line >= 0 && d.line <= last_line && d.column >= 0);
        HAVEN_FUZZ_CHECK(!d.message.empty());
        (void)haven::format(d);
    }
    return 0;
}
