// The shaped path as views use it: Arabic laid out right to left in lines, Bengali and Latin
// in one line each in its own font, a laid-out block reused rather than shaped every frame, a
// glyph cache that stays within its bounds, and a missing font that falls back and is named.
// Then whole screens: a right-to-left language mirrors the bar, the card and its footer.

#include "ui/text/glyph_atlas.hpp"
#include "ui/text/shaped_text.hpp"
#include "support/temp_folder.hpp"
#include "ui_harness.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <cfloat>
#include <set>
#include <string>
#include <vector>

using haven::BaseDirection;
using haven::ui::GlyphAtlas;
using haven::ui::ShapedBlock;
using haven::ui::ShapedStyle;
using haven::ui::TextPainter;

namespace {

const ShapedStyle kBody{32, false, 44, 44};

// "Take your time. If you have a question, ask the nursing team." in Arabic, long enough to wrap.
const std::string kArabic =
    "\u062e\u0630 \u0648\u0642\u062a\u0643. \u0625\u0630\u0627 \u0643\u0627\u0646 \u0644\u062f\u064a\u0643 "
    "\u0633\u0624\u0627\u0644\u060c \u0641\u0627\u0633\u0623\u0644 \u0641\u0631\u064a\u0642 "
    "\u0627\u0644\u062a\u0645\u0631\u064a\u0636.";

std::set<int> faces_of(const ShapedBlock& block) {
    std::set<int> faces;
    for (const auto& g : block.glyphs) faces.insert(g.face);
    return faces;
}

}  // namespace

TEST_CASE("Arabic wraps into right-to-left lines, each within the width, laid out once") {
    TextPainter painter;
    const ShapedBlock& one_line = painter.lay_out(kArabic, kBody, FLT_MAX, "ar");
    CHECK(one_line.right_to_left);
    REQUIRE(one_line.lines.size() == 1);
    const float full = one_line.width;
    CHECK(full > 200);
    // Joined letters: fewer glyphs than characters (lam-alef ligatures), none of them missing (id 0).
    for (const auto& g : one_line.glyphs) CHECK(g.glyph != 0);

    const ShapedBlock& wrapped = painter.lay_out(kArabic, kBody, full * 0.6f, "ar");
    CHECK(wrapped.lines.size() == 2);
    for (const auto& line : wrapped.lines) CHECK(line.width <= full * 0.6f + 0.5f);
    CHECK(wrapped.height >= 2 * kBody.line_height);

    const std::size_t laid_out = painter.layouts();
    painter.lay_out(kArabic, kBody, full * 0.6f, "ar");
    CHECK(painter.layouts() == laid_out);  // the next frame finds it
}

TEST_CASE("Urdu takes the Nastaliq font and a taller line; Arabic text with a Latin name uses two fonts") {
    TextPainter painter;
    const std::string urdu = "\u0622\u0631\u0627\u0645 \u0633\u06d2 \u067e\u0691\u06be\u06cc\u06ba";  // آرام سے پڑھیں
    const ShapedBlock& nastaliq = painter.lay_out(urdu, kBody, FLT_MAX, "ur");
    REQUIRE(nastaliq.lines.size() == 1);
    CHECK(nastaliq.lines[0].height > kBody.line_height);  // its ink reaches further than Latin's
    const ShapedBlock& naskh = painter.lay_out(urdu, kBody, FLT_MAX, "ar");
    CHECK(faces_of(nastaliq) != faces_of(naskh));

    const ShapedBlock& mixed = painter.lay_out("\u0627\u062a\u0635\u0644 \u0628\u0640 Macmillan 0808", kBody, FLT_MAX, "ar");
    CHECK(faces_of(mixed).size() == 2);
    CHECK(painter.missing_fonts().empty());
}

TEST_CASE("Bengali vowel signs reorder: the glyphs are not one per character, and no glyph is missing") {
    TextPainter painter;
    const std::string bengali = "\u0995\u09bf";  // কি: the i-sign is drawn before the consonant
    const ShapedBlock& block = painter.lay_out(bengali, kBody, FLT_MAX, "bn");
    REQUIRE(block.glyphs.size() == 2);
    CHECK(block.glyphs[0].x < block.glyphs[1].x);
    CHECK_FALSE(block.right_to_left);
    for (const auto& g : block.glyphs) CHECK(g.glyph != 0);
}

TEST_CASE("a missing font is named and the text falls back rather than failing") {
    haven_test::support::TempFolder fonts;  // no fonts here: the last resort is DejaVu Sans
    TextPainter painter(fonts.path().string());
    const ShapedBlock& block = painter.lay_out(kArabic, kBody, FLT_MAX, "ar");
    CHECK(block.lines.size() == 1);
    const auto& missing = painter.missing_fonts();
    CHECK(std::find(missing.begin(), missing.end(), fonts.path().string() + "/NotoSansArabic-Regular.ttf") != missing.end());
    for (const auto& g : block.glyphs) CHECK(g.glyph != 0);  // DejaVu Sans has Arabic letters
}

TEST_CASE("the glyph cache stays within its texture: full, it empties before the next frame; too small, it grows to a limit") {
    GlyphAtlas atlas(64);
    const std::vector<std::uint8_t> pixels(30 * 30, 255);
    int added = 0;
    while (atlas.add(GlyphAtlas::key(0, static_cast<std::uint32_t>(added), 30), 30, 30, 0, 30, pixels.data(), 30)) ++added;
    CHECK(added == 4);  // 31 x 31 with padding: two by two in 64 x 64
    CHECK(atlas.find(GlyphAtlas::key(0, 0, 30)) != nullptr);
    CHECK(atlas.take_uploads().size() == 4);
    CHECK_FALSE(atlas.begin_frame() == false);  // it filled: emptied now
    CHECK(atlas.glyph_count() == 0);
    CHECK(atlas.take_cleared());
    CHECK(atlas.size() == 64);
    // Full again in the very next frame: one screen needs more, so the texture grows.
    for (int i = 0; i < 5; ++i) atlas.add(GlyphAtlas::key(0, static_cast<std::uint32_t>(i), 30), 30, 30, 0, 30, pixels.data(), 30);
    CHECK(atlas.begin_frame());
    CHECK(atlas.size() == 128);
    for (int round = 0; round < 20; ++round) {
        for (int i = 0; i < 100000 && atlas.add(GlyphAtlas::key(1, static_cast<std::uint32_t>(i), 30), 30, 30, 0, 30, pixels.data(), 30); ++i) {
        }
        atlas.take_uploads();
        atlas.begin_frame();
    }
    CHECK(atlas.size() == 4096);  // and no further
    CHECK_FALSE(atlas.begin_frame());
    // A space is remembered as blank without taking room.
    CHECK(atlas.add(GlyphAtlas::key(2, 3, 30), 0, 0, 0, 0, nullptr, 0)->blank);
}

namespace {

haven::Content arabic_content() {
    haven::Content content = haven::test::sample_content(1, 2);
    for (auto& card : content.cards) card.slug = card.file;
    for (const auto& english : content.cards) {
        haven::Card arabic = english;
        arabic.language = "ar";
        arabic.title = arabic.tile = english.code == 11 ? "\u0628\u0637\u0627\u0642\u0629 \u0648\u0627\u062d\u062f\u0629"
                                                         : "\u0628\u0637\u0627\u0642\u0629 \u0627\u062b\u0646\u062a\u0627\u0646";
        arabic.blocks = {haven::Block{}};
        arabic.blocks[0].spans = {{kArabic, false, false}};
        content.translations["ar"][arabic.slug] = arabic;
    }
    content.screen_text["ar"] = {{"back", "\u0631\u062c\u0648\u0639"},
                                 {"hide_screen", "\u0625\u062e\u0641\u0627\u0621 \u0627\u0644\u0634\u0627\u0634\u0629"},
                                 {"next", "\u0627\u0644\u062a\u0627\u0644\u064a"}};
    return content;
}

}  // namespace

TEST_CASE("a right-to-left language mirrors the screens: Back on the right, Hide on the left, Next on the left") {
    haven::test::UiHarness ui(arabic_content(), {1920, 1080});
    const haven::Rect hide_english = ui.widget("Hide screen");
    REQUIRE_FALSE(hide_english.empty());
    CHECK(hide_english.x0 > 960);
    REQUIRE(ui.run("tap \"\u0627\u0644\u0639\u0631\u0628\u064a\u0629\"\nwait 100") == "");  // the language button
    const haven::Rect hide = ui.widget("\u0625\u062e\u0641\u0627\u0621 \u0627\u0644\u0634\u0627\u0634\u0629");
    REQUIRE_FALSE(hide.empty());
    CHECK(hide.x1 < 960);
    REQUIRE(ui.run("tap \"Topic 1\"\nwait 100\ntap \"\u0628\u0637\u0627\u0642\u0629 \u0648\u0627\u062d\u062f\u0629\"\nwait 100") == "");
    CHECK(ui.nav().here.screen == haven::Screen::Card);
    const haven::Rect back = ui.widget("\u0631\u062c\u0648\u0639");
    REQUIRE_FALSE(back.empty());
    CHECK(back.x0 > 960);
    const haven::Rect next = ui.widget("\u0627\u0644\u062a\u0627\u0644\u064a");
    REQUIRE_FALSE(next.empty());
    CHECK(next.x1 < 960);
    CHECK(ui.shows(kArabic));
}
