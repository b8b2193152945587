// haven check warns when the kiosk lacks the font a script of the content needs, once per
// font, naming the package; Urdu needs its Nastaliq font, not only an Arabic one.

#include "content_test_folder.hpp"

#include "core/content/font_checks.hpp"
#include "core/text/script_fonts.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace haven_test;

namespace {

std::string messages(const std::vector<Diagnostic>& diagnostics) {
    std::string all;
    for (const auto& d : diagnostics) all += d.path + ": " + d.message + "\n";
    return all;
}

LoadResult arabic_urdu_bengali() {
    TempFolder folder;
    write_base(folder);
    folder.write("cards/food.ar.md", card_text("\u0627\u0644\u0637\u0639\u0627\u0645", "food", 1));
    folder.write("cards/food.ur.md", card_text("\u06a9\u06be\u0627\u0646\u0627", "food", 1));
    folder.write("cards/food.bn.md", card_text("\u0996\u09be\u09ac\u09be\u09b0", "food", 1));
    return folder.load();
}

}  // namespace

TEST_CASE("with Debian's Noto fonts installed, Arabic, Urdu and Bengali cards need nothing more") {
    const LoadResult result = arabic_urdu_bengali();
    const auto warnings = haven::font_warnings(result.content, haven::noto_font_folder());
    INFO(messages(warnings));
    CHECK(warnings.empty());
}

TEST_CASE("a missing font is warned about once, at the first file that needs it, naming the package") {
    const LoadResult result = arabic_urdu_bengali();
    support::TempFolder fonts;  // no fonts at all
    const auto warnings = haven::font_warnings(result.content, fonts.path().string());
    INFO(messages(warnings));
    REQUIRE(warnings.size() == 3);  // Noto Sans Arabic, Noto Nastaliq Urdu, Noto Sans Bengali
    for (const auto& w : warnings) {
        CHECK(w.severity == Severity::Warning);
        CHECK(w.message.find("fonts-noto-core") != std::string::npos);
    }
    CHECK(messages(warnings).find("cards/food.ur.md: the font for Arabic text (" + fonts.path().string() +
                                  "/NotoNastaliqUrdu-Regular.ttf)") != std::string::npos);
    CHECK(messages(warnings).find("cards/food.bn.md: the font for Bengali text") != std::string::npos);
}

TEST_CASE("an Arabic font alone does not serve Urdu") {
    const LoadResult result = arabic_urdu_bengali();
    support::TempFolder fonts;
    fonts.write("NotoSansArabic-Regular.ttf", "stands in for the font");
    fonts.write("NotoSansBengali-Regular.ttf", "stands in for the font");
    const auto warnings = haven::font_warnings(result.content, fonts.path().string());
    REQUIRE(warnings.size() == 1);
    CHECK(warnings[0].path == "cards/food.ur.md");
    CHECK(warnings[0].message.find("NotoNastaliqUrdu") != std::string::npos);
}

TEST_CASE("a script Haven has no font for at all is a warning of the load itself") {
    TempFolder folder;
    write_base(folder);
    folder.write("cards/food.zh.md", card_text("\u996e\u98df", "food", 1));
    folder.write("i18n/zh.toml", "hide_screen = \"\u9690\u85cf\"\n");
    const LoadResult result = folder.load();
    INFO(all_messages(result));
    bool warned = false;
    for (const auto& d : result.diagnostics)
        warned = warned || (d.severity == Severity::Warning && d.message.find("no font for text in Chinese") != std::string::npos);
    CHECK(warned);
    CHECK_FALSE(haven::has_errors(result.diagnostics));
}
