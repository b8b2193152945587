// The patient's flows end to end in the UI: keypad to card, a wrong code, quick hide, the
// idle prompt and reset, text size and contrast.

#include "ui_harness.hpp"

#include "core/session/reading_time.hpp"

#include "core/content/markdown.hpp"

#include <doctest/doctest.h>

#include <imgui.h>

#include <string>

using haven::PointerEvent;
using haven::Screen;
using haven::TextSize;
using haven::test::sample_content;
using haven::test::UiHarness;

namespace {

haven::Content with_bodies() {
    haven::Content content = sample_content(3, 3);
    for (auto& card : content.cards) {
        card.blocks = haven::parse_markdown("A calm paragraph about " + card.title + ".\n\n- one point\n- another\n").blocks;
        card.help = {{"Support line", "tel:08088080000"}, {"A website", "https://www.nhs.uk/"}};
    }
    content.settings.idle_timeout_seconds = 60;
    return content;
}

std::string key_taps(const std::string& code) {
    std::string script;
    for (char c : code) script += std::string("tap \"") + c + "\"\n";
    return script;
}

} // namespace

TEST_CASE("a nurse's code on the keypad opens that card, with its code, body and help") {
    UiHarness ui(with_bodies(), {1280, 800});
    CHECK(ui.run("tap \"Enter a code\"\n" + key_taps("22") + "tap \"Go\"\nwait 100") == "");
    CHECK(ui.nav().here.screen == Screen::Card);
    CHECK(ui.nav().here.card_code == 22);
    CHECK(ui.shows("Code 22"));
    CHECK(ui.shows("Card 2.2"));
    CHECK(ui.shows("A calm paragraph about Card 2.2."));
    CHECK(ui.shows("another"));
    CHECK(ui.shows("Support line"));
    CHECK(ui.shows("0808 808 0000"));  // phone numbers written out, large
    CHECK(ui.shows("www.nhs.uk"));
    // Previous and next stay within the topic.
    CHECK(ui.run("tap \"Next\"\nwait 100\nexpect \"Code 23\"") == "");
    CHECK(ui.widget("Next").empty());  // the last card of its topic
    CHECK(ui.run("tap \"Previous\"\ntap \"Previous\"\nwait 100\nexpect \"Code 21\"") == "");
    CHECK(ui.widget("Previous").empty());
}

TEST_CASE("an unknown code is answered kindly and the keypad stays") {
    UiHarness ui(with_bodies(), {1280, 800});
    CHECK(ui.run("tap \"Enter a code\"\n" + key_taps("99") + "tap \"Go\"\nwait 100") == "");
    CHECK(ui.nav().here.screen == Screen::Keypad);
    CHECK(ui.shows("We could not find code 99"));
    CHECK(ui.run("tap \"Delete\"\ntap \"Delete\"\n" + key_taps("13") + "tap \"Go\"\nwait 100\nexpect \"Code 13\"") == "");
}

TEST_CASE("quick hide replaces everything at once; Continue reading goes back, Start again forgets") {
    UiHarness ui(with_bodies(), {1280, 800});
    CHECK(ui.run("tap \"Topic 1\"\nwait 50\ntap \"Tile 1.2\"\nwait 50\nexpect \"Card 1.2\"") == "");
    const int before = ui.session().frames_drawn();
    CHECK(ui.run("tap \"Hide screen\"") == "");
    CHECK(ui.nav().here.screen == Screen::Hidden);
    CHECK_FALSE(ui.shows("Card 1.2"));
    CHECK_FALSE(ui.shows("Topic 1"));
    CHECK_FALSE(ui.shows("Hide screen"));
    CHECK_FALSE(ui.widget("Continue reading").empty());
    CHECK_FALSE(ui.widget("Start again").empty());
    CHECK(ui.session().frames_drawn() - before <= 12);  // the tap itself, then the hidden screen at once

    // A tap on the neutral picture does nothing; Continue reading returns to the card, and
    // Back from it still goes to its topic.
    CHECK(ui.run("tap 640 200\nwait 100") == "");
    CHECK(ui.nav().here.screen == Screen::Hidden);
    CHECK(ui.run("tap \"Continue reading\"\nwait 100\nexpect \"Card 1.2\"") == "");
    CHECK(ui.nav().here.screen == Screen::Card);
    CHECK(ui.run("tap \"Back\"\nwait 100") == "");
    CHECK(ui.nav().here.screen == Screen::Topic);

    // Start again goes home with nothing to go back to, and its tap lands on nothing beneath.
    CHECK(ui.run("tap \"Tile 1.2\"\nwait 50\ntap \"Hide screen\"\nwait 50") == "");
    const haven::Rect start_again = ui.widget("Start again");
    REQUIRE_FALSE(start_again.empty());
    CHECK(ui.run("tap \"Start again\"\nwait 200") == "");
    CHECK(ui.nav().here.screen == Screen::Home);
    CHECK(ui.nav().back.empty());
    CHECK(ui.nav().covered.screen == Screen::Home);
    CHECK(ui.run("tap \"Back\"") != "");  // nothing leads back to the hidden card
}

TEST_CASE("the idle reset from the hidden screen forgets what it covered") {
    UiHarness ui(with_bodies(), {1280, 800});
    CHECK(ui.run("tap \"Topic 1\"\nwait 50\ntap \"Tile 1.2\"\nwait 50\ntap \"Hide screen\"\nwait 50") == "");
    REQUIRE(ui.nav().covered.screen == Screen::Card);
    ui.run_state().advance(200);
    CHECK(ui.nav().here.screen == Screen::Home);
    CHECK(ui.nav().covered.screen == Screen::Home);
    CHECK(ui.run("tap \"Continue reading\"") != "");
}

TEST_CASE("after the idle time a prompt gives at least 20 s, and then everything is forgotten") {
    UiHarness ui(with_bodies(), {1280, 800});
    CHECK(ui.run("tap \"A++\"\ntap \"High contrast\"\ntap \"Topic 2\"\nwait 50\ntap \"Tile 2.3\"\nwait 100") == "");
    REQUIRE(ui.nav().here.screen == Screen::Card);
    REQUIRE(ui.nav().text_size == TextSize::Large);
    REQUIRE(ui.nav().high_contrast);

    ui.run_state().advance(59);
    CHECK_FALSE(ui.shows("Still reading?"));
    ui.run_state().advance(2);
    CHECK(ui.shows("Still reading?"));
    CHECK(ui.widget("Next").empty());  // the prompt covers the card's buttons
    ui.run_state().advance(19);
    CHECK(ui.shows("Still reading?"));  // 20 s on, still waiting for an answer
    ui.run_state().advance(12);
    CHECK_FALSE(ui.shows("Still reading?"));
    CHECK(ui.nav().here.screen == Screen::Home);
    CHECK(ui.nav().back.empty());
    CHECK(ui.nav().text_size == TextSize::Medium);
    CHECK_FALSE(ui.nav().high_contrast);
    CHECK(ui.shows("Riverside Clinic"));
}

TEST_CASE("answering the prompt keeps the patient where they were, and the tap opens nothing") {
    UiHarness ui(with_bodies(), {1280, 800});
    CHECK(ui.run("tap \"Topic 3\"\nwait 100") == "");
    ui.run_state().advance(65);
    REQUIRE(ui.shows("Still reading?"));
    // Tap where a card tile lies beneath the prompt's scrim.
    CHECK(ui.run("tap 200 700\nwait 100") == "");
    CHECK(ui.nav().here.screen == Screen::Topic);
    CHECK_FALSE(ui.shows("Still reading?"));
    ui.run_state().advance(50);
    CHECK_FALSE(ui.shows("Still reading?"));  // the idle time started again
}

TEST_CASE("an untouched home screen sets no idle timer at all") {
    UiHarness ui(with_bodies(), {1280, 800});
    const int frames = ui.session().frames_drawn();
    ui.run_state().advance(3600);
    CHECK(ui.session().frames_drawn() == frames);
    CHECK_FALSE(ui.shows("Still reading?"));
}

TEST_CASE("a home screen scrolled down is not at rest: it goes back to its top for the next patient") {
    UiHarness ui(sample_content(30, 1), {1280, 800});
    CHECK(ui.run("wait 300\ndrag 640 700 640 100 300\nwait 1000") == "");
    REQUIRE_FALSE(ui.shows("Welcome. Take your time."));
    ui.run_state().advance(haven::reading_time(ui.session().ui().visible().words_shown(), 60, 180) + 1);
    CHECK(ui.shows("Still reading?"));
    CHECK(ui.run("wait 31000\nwait 500") == "");
    CHECK(ui.shows("Welcome. Take your time."));
    CHECK_FALSE(ui.widget("Topic 1").empty());
}

TEST_CASE("the text sizes are named, not cycled: a second tap on the bigger size keeps it big") {
    UiHarness ui(with_bodies(), {1280, 800});
    const float medium = ui.session().ui().metrics().em;
    CHECK(ui.run("tap \"A++\"\nwait 50") == "");
    const float large = ui.session().ui().metrics().em;
    CHECK(ui.run("tap \"A++\"\nwait 50") == "");
    CHECK(ui.session().ui().metrics().em == large);
    CHECK(ui.nav().text_size == TextSize::Large);
    CHECK(ui.run("tap \"A\"\nwait 50") == "");
    const float small = ui.session().ui().metrics().em;
    CHECK(large > medium);
    CHECK(small < medium);
    CHECK(ui.run("tap \"A+\"\nwait 50") == "");
    CHECK(ui.session().ui().metrics().em == medium);

    ImGui::SetCurrentContext(ui.session().ui().imgui());
    const ImVec4 calm = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
    CHECK(ui.run("tap \"High contrast\"\nwait 50\nexpect \"Standard colours\"") == "");
    const ImVec4 contrast = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
    CHECK(contrast.x < 0.05f);  // black
    CHECK(calm.x > 0.9f);       // warm paper
}

TEST_CASE("with a second language, a language button shows translated cards and falls back for the rest") {
    haven::Content content = with_bodies();
    for (auto& card : content.cards) card.slug = card.file;  // translations are matched by slug
    haven::Card welsh = content.cards[0];                      // card 11, in Welsh
    welsh.language = "cy";
    welsh.title = "Cerdyn un";
    welsh.tile = "Teitl un";
    content.translations["cy"][welsh.slug] = welsh;

    UiHarness ui(content, {1280, 800});
    CHECK(ui.run("tap \"Topic 1\"\nwait 50\nexpect \"Tile 1.1\"") == "");
    CHECK(ui.run("tap \"Cymraeg\"\nwait 50\nexpect \"Teitl un\"\nexpect \"Tile 1.2\"") == "");  // 1.2 has no Welsh text
    CHECK(ui.run("tap \"Teitl un\"\nwait 50\nexpect \"Cerdyn un\"\nexpect \"Code 11\"") == "");
    CHECK(ui.run("tap \"English\"\nwait 50\nexpect \"Card 1.1\"") == "");
    UiHarness one_language(with_bodies(), {1280, 800});
    CHECK(one_language.widget("Cymraeg").empty());
    CHECK(one_language.widget("English").empty());
}

TEST_CASE("a screen full of text waits longer before 'Still reading?', within the clinic's limits") {
    // Four long paragraphs on one card: far more than a slow reader takes in a minute.
    haven::Content content = with_bodies();
    std::string words;
    for (int i = 0; i < 60; ++i) words += "Some plain words that a slow reader takes time over. ";
    haven::Card& card = content.cards.front();
    card.blocks.clear();
    for (int i = 0; i < 4; ++i) {
        haven::Block block;
        block.spans.push_back(haven::Span{words});
        card.blocks.push_back(block);
    }
    content.settings.idle_timeout_seconds = 60;
    content.settings.idle_timeout_max_seconds = 150;
    UiHarness ui(content, {1920, 1080});
    CHECK(ui.run("tap \"Enter a code\"\n" + key_taps(std::to_string(card.code)) + "tap \"Go\"\nwait 100") == "");
    REQUIRE(ui.nav().here.screen == Screen::Card);
    CHECK(ui.session().ui().visible().words_shown() > 150);
    ui.run_state().advance(100);
    CHECK_FALSE(ui.shows("Still reading?"));  // the home screen's 60 s would have asked by now
    ui.run_state().advance(51);
    CHECK(ui.shows("Still reading?"));        // but never past the clinic's 150 s
}
