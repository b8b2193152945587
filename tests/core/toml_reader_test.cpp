// toml_reader: the suggestion for a misspelt field name, and positions of syntax errors.

#include "core/content/toml_reader.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using haven::closest_name;

namespace {
const std::vector<std::string_view> kCardFields{"title", "tile", "code", "topic", "order", "summary", "image", "help"};
}

TEST_CASE("closest_name suggests the known name one or two letters away") {
    CHECK(closest_name("tittle", kCardFields) == "title");
    CHECK(closest_name("sumary", kCardFields) == "summary");
    CHECK(closest_name("summery", kCardFields) == "summary");
    CHECK(closest_name("cod", kCardFields) == "code");
    CHECK(closest_name("imagee", kCardFields) == "image");
    CHECK(closest_name("ordr", kCardFields) == "order");
}

TEST_CASE("closest_name ignores letter case") {
    CHECK(closest_name("Title", kCardFields) == "title");
    CHECK(closest_name("SUMMARY", kCardFields) == "summary");
}

TEST_CASE("closest_name suggests nothing for a different word") {
    CHECK(closest_name("colour", kCardFields).empty());
    CHECK(closest_name("background", kCardFields).empty());
    CHECK(closest_name("x", kCardFields).empty());
    CHECK(closest_name("", kCardFields).empty());
    CHECK(closest_name("title", {}).empty());
}

TEST_CASE("closest_name allows more typos in longer names") {
    const std::vector<std::string_view> known{"idle_timeout_seconds", "id"};
    CHECK(closest_name("idle_timout_secnds", known) == "idle_timeout_seconds");  // 2 letters off
    CHECK(closest_name("idle_timeout", known).empty());                          // 8 letters short
    CHECK(closest_name("ic", known) == "id");
}

TEST_CASE("parse_toml reports a syntax error at its line and column, offset to the file") {
    std::vector<haven::Diagnostic> out;
    haven::DiagnosticsSink sink(out, "cards/x.md", 2);
    CHECK_FALSE(haven::parse_toml("title = \"A\"\ncode = = 3\n", sink));
    REQUIRE(out.size() == 1);
    CHECK(out[0].path == "cards/x.md");
    CHECK(out[0].line == 3);
    CHECK(out[0].column == 8);
    CHECK(out[0].message.rfind("TOML syntax: ", 0) == 0);
}

TEST_CASE("parse_toml reads valid TOML without a diagnostic") {
    std::vector<haven::Diagnostic> out;
    haven::DiagnosticsSink sink(out, "kiosk.toml");
    const auto table = haven::parse_toml("a = 1\r\nb = \"two\"\r\n", sink);
    REQUIRE(table);
    CHECK(out.empty());
    CHECK(table->get("b") != nullptr);
}
