// Lines of a paragraph in any script: where they break, the order of their pieces on the
// screen, and which font draws each script. The width of a run is faked (10 px a byte) so
// the rules are seen without fonts.

#include "core/i18n/language_direction.hpp"
#include "core/text/paragraph_layout.hpp"
#include "core/text/script_fonts.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using haven::BaseDirection;
using haven::ParagraphLayout;
using haven::Script;

namespace {

constexpr float kPerByte = 10;

haven::MeasureRun bytes_wide() {
    return [](std::size_t begin, std::size_t end, int, bool) { return static_cast<float>(end - begin) * kPerByte; };
}

std::vector<std::string> lines_of(const std::string& text, const ParagraphLayout& layout) {
    std::vector<std::string> lines;
    for (const auto& line : layout.lines) lines.push_back(text.substr(line.begin, line.end - line.begin));
    return lines;
}

// The line's pieces as text, left to right on the screen.
std::vector<std::string> pieces_of(const std::string& text, const haven::PlacedLine& line) {
    std::vector<std::string> pieces;
    for (const auto& piece : line.pieces) pieces.push_back(text.substr(piece.begin, piece.end - piece.begin));
    return pieces;
}

}  // namespace

TEST_CASE("English wraps between words, never inside one, and leaves trailing spaces out") {
    const std::string text = "Take your time and ask your nurse";
    const ParagraphLayout layout = lay_out_paragraph(text, {}, 140, BaseDirection::Auto, "en", bytes_wide());
    CHECK_FALSE(layout.right_to_left);
    CHECK(lines_of(text, layout) == std::vector<std::string>{"Take your time", "and ask your", "nurse"});
    CHECK(layout.lines[0].width == doctest::Approx(140));
    CHECK(layout.widest == doctest::Approx(140));
}

TEST_CASE("A word wider than the line gets a line of its own, and a newline is a hard break") {
    const std::string text = "a extraordinarily b\nc";
    const ParagraphLayout layout = lay_out_paragraph(text, {}, 60, BaseDirection::Auto, "en", bytes_wide());
    CHECK(lines_of(text, layout) == std::vector<std::string>{"a", "extraordinarily", "b", "c"});
}

TEST_CASE("Nothing at all is one empty line") {
    const ParagraphLayout layout = lay_out_paragraph("", {}, 100, BaseDirection::Auto, "en", bytes_wide());
    REQUIRE(layout.lines.size() == 1);
    CHECK(layout.lines[0].pieces.empty());
}

TEST_CASE("Arabic with a number reads right to left with the number's digits left to right") {
    // "الموضوع 12 هنا" (topic 12 here): the digits are their own left-to-right piece in the middle.
    const std::string topic = "\u0627\u0644\u0645\u0648\u0636\u0648\u0639";
    const std::string here = "\u0647\u0646\u0627";
    const std::string text = topic + " 12 " + here;
    const ParagraphLayout layout = lay_out_paragraph(text, {}, 1000, BaseDirection::Auto, "ar", bytes_wide());
    CHECK(layout.right_to_left);
    REQUIRE(layout.lines.size() == 1);
    const auto pieces = pieces_of(text, layout.lines[0]);
    REQUIRE(pieces.size() == 3);
    CHECK(pieces[0] == " " + here);  // leftmost on the screen: the last words
    CHECK(pieces[1] == "12");
    CHECK_FALSE(layout.lines[0].pieces[1].right_to_left);
    CHECK(pieces[2] == topic + " ");  // rightmost: the first word
    CHECK(layout.lines[0].pieces[2].right_to_left);
    CHECK(layout.lines[0].pieces[1].x == doctest::Approx(kPerByte * static_cast<float>(pieces[0].size())));
}

TEST_CASE("Wrapped Arabic lines keep logical order from line to line") {
    const std::string word = "\u0643\u0644\u0645\u0629";  // كلمة, 8 bytes
    const std::string text = word + " " + word + "1 " + word + "2";
    const ParagraphLayout layout = lay_out_paragraph(text, {}, 100, BaseDirection::Auto, "ar", bytes_wide());
    CHECK(lines_of(text, layout) == std::vector<std::string>{word, word + "1", word + "2"});
}

TEST_CASE("A Latin name in an Arabic paragraph stays in reading order") {
    const std::string text = "\u0627\u062a\u0635\u0644 \u0628\u0640 Macmillan Support \u0627\u0644\u064a\u0648\u0645";
    const ParagraphLayout layout = lay_out_paragraph(text, {}, 2000, BaseDirection::Auto, "ar", bytes_wide());
    const auto pieces = pieces_of(text, layout.lines.at(0));
    const auto latin = std::find(pieces.begin(), pieces.end(), "Macmillan Support");
    REQUIRE(latin != pieces.end());
    CHECK_FALSE(layout.lines[0].pieces[static_cast<std::size_t>(latin - pieces.begin())].right_to_left);
}

TEST_CASE("Style ranges cut pieces, and in right-to-left text the first styled word stands rightmost") {
    const std::string bold = "\u0645\u0647\u0645";   // مهم, 6 bytes
    const std::string rest = " \u062c\u062f\u0627";  // " جدا"
    const std::string text = bold + rest;
    const ParagraphLayout layout =
        lay_out_paragraph(text, {{0, bold.size(), 1}}, 1000, BaseDirection::Auto, "ar", bytes_wide());
    const auto& pieces = layout.lines.at(0).pieces;
    REQUIRE(pieces.size() == 2);
    CHECK(pieces[1].style == 1);
    CHECK(text.substr(pieces[1].begin, pieces[1].end - pieces[1].begin) == bold);
    CHECK(pieces[0].style == 0);
}

TEST_CASE("English paragraphs in an RTL setting stay left to right unless told") {
    const std::string text = "Hide screen";
    CHECK_FALSE(lay_out_paragraph(text, {}, 1000, BaseDirection::Auto, "ar", bytes_wide()).right_to_left);
    CHECK(lay_out_paragraph(text, {}, 1000, BaseDirection::RightToLeft, "ar", bytes_wide()).right_to_left);
}

TEST_CASE("Scripts pick their Noto fonts; Urdu takes Nastaliq") {
    CHECK(haven::script_of('a') == Script::Latin);
    CHECK(haven::script_of(' ') == Script::Common);
    CHECK(haven::script_of('7') == Script::Common);
    CHECK(haven::script_of(0x0142) == Script::Latin);  // ł (Polish)
    CHECK(haven::script_of(0x0174) == Script::Latin);  // Ŵ (Welsh)
    CHECK(haven::script_of(0x0644) == Script::Arabic);
    CHECK(haven::script_of(0x06D2) == Script::Arabic);  // ے (Urdu)
    CHECK(haven::script_of(0x0995) == Script::Bengali);
    CHECK(haven::script_of(0x0A15) == Script::Gurmukhi);
    CHECK(haven::script_of(0x0915) == Script::Devanagari);
    CHECK(haven::script_of(0x05D0) == Script::Hebrew);
    CHECK(haven::script_of(0x4E2D) == Script::Han);
    CHECK(haven::script_of(0xFFFD) == Script::Latin);  // what md4c makes of a NUL: ImGui draws it
    CHECK(haven::font_stem(Script::Arabic, "ur") == "NotoNastaliqUrdu");
    CHECK(haven::font_stem(Script::Arabic, "ar") == "NotoSansArabic");
    CHECK(haven::font_stem(Script::Arabic, "fa-IR") == "NotoSansArabic");
    CHECK(haven::font_stem(Script::Bengali, "bn") == "NotoSansBengali");
    CHECK(haven::font_stem(Script::Gurmukhi, "pa") == "NotoSansGurmukhi");
    CHECK(haven::font_stem(Script::Han, "zh").empty());
}

TEST_CASE("Only text ImGui cannot draw alone takes the shaped path") {
    CHECK_FALSE(haven::needs_shaping("Hide screen"));
    CHECK_FALSE(haven::needs_shaping("Cuddio\u2019r sgrin \u0174 \u0142"));  // Welsh and Polish letters, a curly quote
    CHECK(haven::needs_shaping("\u0633\u0644\u0627\u0645"));
    CHECK(haven::needs_shaping("Code 12: \u09ac\u09be\u0982\u09b2\u09be"));
    CHECK_FALSE(haven::needs_shaping("\xff\xfe"));  // not UTF-8
    CHECK(haven::scripts_in("a \u0633 \u0995 \u0633") == std::vector<Script>{Script::Arabic, Script::Bengali});
}

TEST_CASE("Right-to-left languages are known by their codes") {
    CHECK(haven::right_to_left_language("ar"));
    CHECK(haven::right_to_left_language("ur"));
    CHECK(haven::right_to_left_language("fa-IR"));
    CHECK(haven::right_to_left_language("HE"));
    CHECK_FALSE(haven::right_to_left_language("cy"));
    CHECK_FALSE(haven::right_to_left_language("bn"));
    CHECK_FALSE(haven::right_to_left_language("pa"));
    CHECK_FALSE(haven::right_to_left_language(""));
}

TEST_CASE("Invalid UTF-8 inside a script breaks nothing: every piece stays inside its line") {
    // Found by fuzz_paragraph_layout: libunibreak and FriBidi once disagreed where characters begin.
    const std::string text("\xe0\xa6\x95\xe0\xa6\xbf \xf0\xa6\xac\xe0\xa6\xbe\xe0\xa6\x82\xe0\xa6\xb2\xe0\xa6\x00\xbe\x00\x00\x00\n\x00\x00line", 33);
    for (const float width : {1.0f, 30.0f, 1000.0f}) {
        const ParagraphLayout layout = lay_out_paragraph(text, {{0, 3, 1}, {10, 20, 2}}, width, BaseDirection::Auto, "bn", bytes_wide());
        for (const auto& line : layout.lines) {
            std::size_t bytes = 0;
            for (const auto& piece : line.pieces) {
                CHECK(piece.begin >= line.begin);
                CHECK(piece.end <= line.end);
                bytes += piece.end - piece.begin;
            }
            CHECK(bytes == line.end - line.begin);
        }
    }
}
