// parse_size: WxH screen sizes from the command line.

#include "core/text/size_text.hpp"

#include <doctest/doctest.h>

#include <string>

using haven::parse_size;

TEST_CASE("parse_size accepts WxH with a lower- or upper-case x") {
    const auto full_hd = parse_size("1920x1080");
    REQUIRE(full_hd);
    CHECK(full_hd->width == 1920);
    CHECK(full_hd->height == 1080);

    const auto tablet = parse_size("1280X800");
    REQUIRE(tablet);
    CHECK(tablet->width == 1280);
    CHECK(tablet->height == 800);

    const auto portrait = parse_size("1080x1920");
    REQUIRE(portrait);
    CHECK(portrait->width == 1080);
    CHECK(portrait->height == 1920);
}

TEST_CASE("parse_size accepts each side from 64 to 16384 pixels, inclusive") {
    const auto smallest = parse_size("64x64");
    REQUIRE(smallest);
    CHECK(smallest->width == 64);
    CHECK(smallest->height == 64);

    const auto largest = parse_size("16384x16384");
    REQUIRE(largest);
    CHECK(largest->width == 16384);
    CHECK(largest->height == 16384);
}

TEST_CASE("parse_size rejects sizes out of range and malformed text") {
    const char* bad[] = {
        "0x0",         "63x100",      "100x63",       "16385x100",  "100x16385",
        "1920",        "1920x",       "x1080",        "1920x1080x", "1920xx1080",
        "-5x100",      "100x-5",      "99999999999x100", "100x99999999999999999999",
        "",            "x",           "widexhigh",    " 1920x1080", "1920x1080 ",
        "+1920x1080",  "1920.5x1080", "1920*1080",    "1920 x 1080", "0x1080",
    };
    for (const char* text : bad) {
        CAPTURE(std::string(text));
        CHECK_FALSE(parse_size(text).has_value());
    }
}
