// Shaping by HarfBuzz: the glyphs Haven gets for Arabic, Urdu and Bengali are the ones the
// reference tool (hb-shape, from libharfbuzz-bin) gets for the same font and text, joined and
// reordered as each script needs; a run is shaped once and then comes from the cache.

#include "ui/text/text_shaper.hpp"

#include <doctest/doctest.h>

#include <cstdio>
#include <memory>
#include <string>

using haven::ui::ShapingFont;

namespace {

const std::string kNoto = "/usr/share/fonts/truetype/noto/";

// hb-shape's glyph ids for `text`, as "[12|34|56]".
std::string reference_ids(const std::string& font, const std::string& text, const std::string& extra = {}) {
    const std::string command = "hb-shape --no-glyph-names --no-positions --no-clusters " + extra + " '" + font + "' '" + text + "'";
    std::unique_ptr<FILE, int (*)(FILE*)> pipe(::popen(command.c_str(), "r"), ::pclose);
    REQUIRE(pipe);
    std::string out;
    char buffer[256];
    while (std::fgets(buffer, sizeof buffer, pipe.get()) != nullptr) out += buffer;
    while (!out.empty() && (out.back() == '\n' || out.back() == ' ')) out.pop_back();
    return out;
}

std::string ids_of(const haven::ui::ShapedRun& run) {
    std::string out = "[";
    for (size_t i = 0; i < run.glyphs.size(); ++i) out += (i ? "|" : "") + std::to_string(run.glyphs[i].id);
    return out + "]";
}

}  // namespace

TEST_CASE("Arabic letters join: the glyph ids are hb-shape's, not one per code point") {
    const std::string font = kNoto + "NotoSansArabic-Regular.ttf";
    ShapingFont arabic(font, 32);
    REQUIRE(arabic.valid());
    const std::string word = "\u0633\u0644\u0627\u0645";  // سلام: the lam-alef joins into one ligature
    const auto& run = arabic.shape(word, true, "ar");
    const std::string reference = reference_ids(font, word);
    REQUIRE_FALSE(reference.empty());
    CHECK(ids_of(run) == reference);
    CHECK(run.glyphs.size() < 4);  // four letters, fewer glyphs
    CHECK(run.width > 0);
}

TEST_CASE("Urdu in Nastaliq and a Bengali conjunct shape as the reference does") {
    const std::string urdu_font = kNoto + "NotoNastaliqUrdu-Regular.ttf";
    ShapingFont urdu(urdu_font, 32);
    REQUIRE(urdu.valid());
    const std::string breathe = "\u0633\u0627\u0646\u0633 \u0644\u06cc\u06ba";  // سانس لیں
    CHECK(ids_of(urdu.shape(breathe, true, "ur")) == reference_ids(urdu_font, breathe, "--language=ur"));

    const std::string bengali_font = kNoto + "NotoSansBengali-Regular.ttf";
    ShapingFont bengali(bengali_font, 32);
    REQUIRE(bengali.valid());
    const std::string breath = "\u09b6\u09cd\u09ac\u09be\u09b8";  // শ্বাস: sha + virama + ba is one conjunct
    const auto& run = bengali.shape(breath, false, "bn");
    CHECK(ids_of(run) == reference_ids(bengali_font, breath, "--language=bn"));
    CHECK(run.glyphs.size() < 5);
}

TEST_CASE("a run is shaped once, then comes from a bounded cache") {
    ShapingFont arabic(kNoto + "NotoSansArabic-Regular.ttf", 24, 2);
    REQUIRE(arabic.valid());
    const std::string a = "\u0633\u0644\u0627\u0645", b = "\u0634\u0643\u0631\u0627", c = "\u0645\u0631\u062d\u0628\u0627";
    const float width = arabic.shape(a, true).width;
    arabic.shape(a, true);
    CHECK(arabic.shaped_count() == 1);
    arabic.shape(b, true);
    arabic.shape(c, true);  // over the bound of two: the least recently used (a) goes
    CHECK(arabic.shaped_count() == 3);
    CHECK(arabic.shape(a, true).width == doctest::Approx(width));
    CHECK(arabic.shaped_count() == 4);
}

TEST_CASE("a missing or broken font is not valid and shapes to nothing, never a crash") {
    ShapingFont missing("/nonexistent/font.ttf", 24);
    CHECK_FALSE(missing.valid());
    CHECK(missing.shape("abc", false).glyphs.empty());
    ShapingFont not_a_font("/etc/hostname", 24);
    CHECK_FALSE(not_a_font.valid());
}
