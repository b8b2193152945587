// printable(): text from a stick made safe to show, one line that looks as long as it is.

#include "core/text/printable_text.hpp"

#include <doctest/doctest.h>

#include <string>

using haven::printable;
using haven::printable_lines;

TEST_CASE("printable escapes every control character, so a name cannot forge a line or clear a screen") {
    CHECK(printable("cards/x\nImported \"Pack\" as version 1; all good.") ==
          "cards/x\\x0aImported \"Pack\" as version 1; all good.");
    CHECK(printable("Spring \x1b[2J\x1b[31mupdate\a") == "Spring \\x1b[2J\\x1b[31mupdate\\x07");
    CHECK(printable("tab\there\rcr\x7f") == "tab\\x09here\\x0dcr\\x7f");
    CHECK(printable(std::string("nul\0byte", 8)) == "nul\\x00byte");
}

TEST_CASE("printable escapes C1 controls and bytes that are not UTF-8, and keeps every real character") {
    CHECK(printable("csi \xc2\x9b" "2J next \xc2\x85") == "csi \\xc2\\x9b2J next \\xc2\\x85");  // U+009B, U+0085
    CHECK(printable("caf\xe9 \x9b" "2J") == "caf\\xe9 \\x9b2J");                            // Latin-1, raw 8-bit CSI
    CHECK(printable("\xc0\xaf overlong, \xed\xa0\x80 surrogate") == "\\xc0\\xaf overlong, \\xed\\xa0\\x80 surrogate");
    CHECK(printable("cut \xe2\x82") == "cut \\xe2\\x82");
    const std::string kept = "Caf\xc3\xa9, \xc2\xa0nbsp, \xe2\x82\xac, \xf0\x9f\x98\x80, \xd7\xa9\xd7\x9c\xd7\x95\xd7\x9d, \\x41";
    CHECK(printable(kept) == kept);
    CHECK(printable("") == "");
}

TEST_CASE("printable shows the invisible characters that reorder text, so a label cannot read backwards") {
    // "Imported ... \u202e doog lla" would show as "all good" reversed into place.
    CHECK(printable("Pack \u202e" "doog lla") == "Pack \\u{202e}doog lla");
    CHECK(printable("a\u2066b\u2069c\u200fd\u061ce") == "a\\u{2066}b\\u{2069}c\\u{200f}d\\u{61c}e");
    // Arabic and Hebrew text themselves are not touched: only the invisible controls.
    const std::string arabic = "\u0645\u0631\u062d\u0628\u0627";
    CHECK(printable(arabic) == arabic);
}

TEST_CASE("printable_lines keeps the line breaks of a report and escapes within each line") {
    CHECK(printable_lines("Refused: x\nProblems:\n  a\x1b[2J\n") == "Refused: x\nProblems:\n  a\\x1b[2J\n");
    CHECK(printable_lines("no newline \r") == "no newline \\x0d");
}
