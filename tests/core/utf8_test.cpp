// find_invalid_utf8: where the first byte that is not UTF-8 is, for staff to find it.

#include "core/text/utf8.hpp"

#include <doctest/doctest.h>

#include <string>

using haven::find_invalid_utf8;

TEST_CASE("valid UTF-8 of every length is accepted") {
    CHECK_FALSE(find_invalid_utf8(""));
    CHECK_FALSE(find_invalid_utf8("plain ASCII\r\nand tabs\t"));
    CHECK_FALSE(find_invalid_utf8("caf\xC3\xA9"));                // 2 bytes: é
    CHECK_FALSE(find_invalid_utf8("\xE2\x82\xAC"));               // 3 bytes: €
    CHECK_FALSE(find_invalid_utf8("\xF0\x9F\x8C\xB8"));           // 4 bytes: 🌸
    CHECK_FALSE(find_invalid_utf8("\xC2\x80"));                   // lowest 2-byte
    CHECK_FALSE(find_invalid_utf8("\xE0\xA0\x80"));               // lowest 3-byte
    CHECK_FALSE(find_invalid_utf8("\xED\x9F\xBF"));               // U+D7FF, just below the surrogates
    CHECK_FALSE(find_invalid_utf8("\xEE\x80\x80"));               // U+E000, just above them
    CHECK_FALSE(find_invalid_utf8("\xEF\xBB\xBF"));               // a byte-order mark is a character
    CHECK_FALSE(find_invalid_utf8("\xF4\x8F\xBF\xBF"));           // U+10FFFF, the last code point
    CHECK_FALSE(find_invalid_utf8(std::string("nul\0inside", 10)));
}

TEST_CASE("a Latin-1 byte is found at its offset") {
    const auto bad = find_invalid_utf8("Caf\xE9");
    REQUIRE(bad);
    CHECK(bad->offset == 3);
    CHECK(bad->line == 1);
    CHECK(bad->column == 4);
}

TEST_CASE("overlong encodings are invalid") {
    for (const char* text : {"\xC0\x80", "\xC1\xBF", "\xE0\x80\x80", "\xE0\x9F\xBF", "\xF0\x80\x80\x80", "\xF0\x8F\xBF\xBF"}) {
        CAPTURE(text);
        const auto bad = find_invalid_utf8(std::string("ok ") + text);
        REQUIRE(bad);
        CHECK(bad->offset == 3);
    }
}

TEST_CASE("UTF-16 surrogates encoded in UTF-8 are invalid") {
    for (const char* text : {"\xED\xA0\x80", "\xED\xBF\xBF"}) {
        CAPTURE(text);
        const auto bad = find_invalid_utf8(text);
        REQUIRE(bad);
        CHECK(bad->offset == 0);
    }
}

TEST_CASE("code points above U+10FFFF and bytes that never start a character are invalid") {
    for (const char* text : {"\xF4\x90\x80\x80", "\xF7\xBF\xBF\xBF", "\xF8\x88\x80\x80\x80", "\xFF", "\xFE", "\x80", "\xBF"}) {
        CAPTURE(text);
        const auto bad = find_invalid_utf8(std::string("ab") + text);
        REQUIRE(bad);
        CHECK(bad->offset == 2);
    }
}

TEST_CASE("a sequence cut short is invalid, at the end of the text or before the next character") {
    SUBCASE("at the end") {
        const auto bad = find_invalid_utf8("abc\xE2\x82");
        REQUIRE(bad);
        CHECK(bad->offset == 3);
    }
    SUBCASE("followed by ASCII") {
        const auto bad = find_invalid_utf8("abc\xE2\x82" "d");
        REQUIRE(bad);
        CHECK(bad->offset == 3);
    }
    SUBCASE("a 4-byte start with one continuation byte") {
        const auto bad = find_invalid_utf8("\xF0\x9F");
        REQUIRE(bad);
        CHECK(bad->offset == 0);
    }
}

TEST_CASE("the line and column of the bad byte are counted from 1, lines ending at \\n") {
    const auto bad = find_invalid_utf8("first\nsecond\r\nab\xFF");
    REQUIRE(bad);
    CHECK(bad->offset == 16);
    CHECK(bad->line == 3);
    CHECK(bad->column == 3);
}

TEST_CASE("a bad byte at the start of a line is in column 1") {
    const auto bad = find_invalid_utf8("one\n\xFF");
    REQUIRE(bad);
    CHECK(bad->line == 2);
    CHECK(bad->column == 1);
}

TEST_CASE("columns count characters, as an editor shows them, not bytes") {
    // "é" is two bytes but one column in any editor. (utf8.hpp says "in bytes"; the loader's
    // messages count characters, which is what staff see.)
    const auto bad = find_invalid_utf8("\xC3\xA9\xE2\x82\xAC\xFF");
    REQUIRE(bad);
    CHECK(bad->offset == 5);
    CHECK(bad->column == 3);
}
