// The bidirectional algorithm (FriBidi) and line breaks (libunibreak) as Haven uses them:
// runs in visual order with numbers and Latin kept left to right inside Arabic and Urdu, and
// break opportunities where a reader expects a line to end.

#include "core/text/bidi_text.hpp"
#include "core/text/line_breaks.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using haven::BaseDirection;
using haven::BidiParagraph;
using haven::BidiRun;
using haven::LineBreak;

namespace {
std::string slice(const std::string& text, const BidiRun& run) { return text.substr(run.begin, run.end - run.begin); }
}  // namespace

TEST_CASE("English stays one left-to-right run") {
    const std::string text = "Hide screen";
    const BidiParagraph p(text);
    CHECK_FALSE(p.right_to_left());
    CHECK_FALSE(p.mixed());
    CHECK(p.visual_runs(0, text.size()) == std::vector<BidiRun>{{0, text.size(), 0}});
}

TEST_CASE("Arabic is one right-to-left run, and a paragraph that starts with it is right to left") {
    const std::string text = "\u0633\u0644\u0627\u0645 \u0639\u0644\u064a\u0643\u0645";  // سلام عليكم
    const BidiParagraph p(text);
    CHECK(p.right_to_left());
    const auto runs = p.visual_runs(0, text.size());
    REQUIRE(runs.size() == 1);
    CHECK(runs[0].right_to_left());
    CHECK(slice(text, runs[0]) == text);
    CHECK(haven::starts_right_to_left(text));
    CHECK(haven::starts_right_to_left("41 \u0633\u0644\u0627\u0645 and more"));   // digits are weak: the Arabic decides
    CHECK_FALSE(haven::starts_right_to_left("and 41 \u0633\u0644\u0627\u0645"));
}

TEST_CASE("numbers and a Latin name inside Urdu keep their order, and the runs come in visual order") {
    // "Code 41 Macmillan" in Urdu word order: کوڈ 41 Macmillan کے ساتھ
    const std::string urdu_code = "\u06a9\u0648\u0688";
    const std::string with = "\u06a9\u06d2 \u0633\u0627\u062a\u06be";
    const std::string text = urdu_code + " 41 Macmillan " + with;
    const BidiParagraph p(text);
    CHECK(p.right_to_left());
    CHECK(p.mixed());
    const auto runs = p.visual_runs(0, text.size());
    // Read from the right: the first Urdu word, "41", "Macmillan", the last Urdu words. So
    // visually, from the left: the last Urdu words, "Macmillan", "41", the first Urdu word;
    // and "41" and "Macmillan" are each drawn left to right, never "14" or "nallimcaM".
    REQUIRE(runs.size() >= 3);
    CHECK(runs.front().right_to_left());
    CHECK(slice(text, runs.front()).find(with) != std::string::npos);
    CHECK(runs.back().right_to_left());
    CHECK(slice(text, runs.back()).find(urdu_code) != std::string::npos);
    int number = -1, name = -1;
    for (size_t i = 0; i < runs.size(); ++i) {
        if (slice(text, runs[i]) == "41") number = static_cast<int>(i);
        if (slice(text, runs[i]) == "Macmillan") name = static_cast<int>(i);
    }
    REQUIRE(number >= 0);
    REQUIRE(name >= 0);
    CHECK_FALSE(runs[static_cast<size_t>(number)].right_to_left());
    CHECK_FALSE(runs[static_cast<size_t>(name)].right_to_left());
    CHECK(name < number);
}

TEST_CASE("a line of a paragraph is reordered on its own, and a forced direction wins") {
    const std::string text = "abc \u05d0\u05d1\u05d2 def";  // Latin, Hebrew, Latin
    const BidiParagraph ltr(text, BaseDirection::LeftToRight);
    CHECK_FALSE(ltr.right_to_left());
    const auto runs = ltr.visual_runs(0, text.size());
    REQUIRE(runs.size() == 3);
    CHECK(slice(text, runs[0]) == "abc ");
    CHECK(runs[1].right_to_left());
    CHECK(slice(text, runs[2]) == " def");
    const BidiParagraph rtl(text, BaseDirection::RightToLeft);
    CHECK(rtl.right_to_left());
    const auto reversed = rtl.visual_runs(0, text.size());
    REQUIRE(reversed.size() == 3);
    CHECK(slice(text, reversed[0]) == "def");     // the last words are leftmost
    CHECK(slice(text, reversed[2]) == "abc");
    // Only the first line: the Hebrew word alone.
    const auto line = ltr.visual_runs(4, 10);
    REQUIRE(line.size() == 1);
    CHECK(slice(text, line[0]) == "\u05d0\u05d1\u05d2");
}

TEST_CASE("invalid UTF-8 and empty text are handled, never a crash") {
    const std::string broken = "ab\xff\xfe cd";
    const BidiParagraph p(broken);
    CHECK(p.visual_runs(0, broken.size()).size() == 1);
    const BidiParagraph empty("");
    CHECK(empty.visual_runs(0, 0).empty());
}

TEST_CASE("lines may end after spaces, must end at hard breaks, and never inside a character") {
    const std::string text = "Breathe in, then out.\nWell done";
    const auto breaks = haven::line_breaks(text, "en");
    REQUIRE(breaks.size() == text.size());
    CHECK(breaks[text.find(' ')] == LineBreak::Allowed);                 // after "Breathe "
    CHECK(breaks[text.find('B') + 1] == LineBreak::None);                // inside a word
    CHECK(breaks[text.find('\n')] == LineBreak::Mandatory);
    CHECK(breaks.back() == LineBreak::Mandatory);                        // the end of the text
    const std::string welsh = "Cuddio\u2019r sgrin";                     // a curly apostrophe
    const auto w = haven::line_breaks(welsh, "cy");
    CHECK(w[welsh.find("\u2019")] == LineBreak::Inside);                 // the first of its three bytes
    CHECK(w[welsh.find("\u2019") + 2] == LineBreak::None);               // "Cuddio’r" stays whole
    // No break between a number and its unit sign, nor before closing punctuation.
    const std::string price = "Costs \u00a35 (free).";
    const auto b = haven::line_breaks(price);
    CHECK(b[price.find("\u00a3") + 1] == LineBreak::None);
    CHECK(b[price.find("free") + 3] == LineBreak::None);
}

TEST_CASE("Bengali and Urdu words break between words, not inside them") {
    const std::string bengali = "\u09b6\u09cd\u09ac\u09be\u09b8 \u09a8\u09bf\u09a8";  // শ্বাস নিন
    const auto b = haven::line_breaks(bengali, "bn");
    CHECK(b[bengali.find(' ')] == LineBreak::Allowed);
    for (size_t i = 0; i + 1 < bengali.find(' '); ++i) CHECK(b[i] != LineBreak::Allowed);
    const std::string urdu = "\u0633\u0627\u0646\u0633 \u0644\u06cc\u06ba";
    const auto u = haven::line_breaks(urdu, "ur");
    CHECK(u[urdu.find(' ')] == LineBreak::Allowed);
}
