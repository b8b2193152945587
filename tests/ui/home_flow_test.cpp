// The patient's first flows: home, a topic, back home; content changing underneath.

#include "ui_harness.hpp"

#include <doctest/doctest.h>

using haven::Screen;
using haven::test::sample_content;
using haven::test::UiHarness;

TEST_CASE("home shows the clinic, its welcome line and a tile for every topic") {
    UiHarness ui(sample_content(5, 2), {1920, 1080});
    CHECK(ui.shows("Riverside Clinic"));
    CHECK(ui.shows("Welcome. Take your time."));
    for (int t = 1; t <= 5; ++t) CHECK_FALSE(ui.widget("Topic " + std::to_string(t)).empty());
    CHECK(ui.shows("2 cards"));
}

TEST_CASE("tapping a topic tile opens that topic's cards, and Home returns") {
    UiHarness ui(sample_content(3, 3), {1920, 1080});
    CHECK(ui.run("tap \"Topic 2\"\nwait 100") == "");
    CHECK(ui.nav().here.screen == Screen::Topic);
    CHECK(ui.nav().here.topic_id == "topic-2");
    for (int c = 1; c <= 3; ++c) {
        CHECK_FALSE(ui.widget("Tile 2." + std::to_string(c)).empty());
        CHECK(ui.shows("Summary of card 2." + std::to_string(c)));
    }
    CHECK_FALSE(ui.shows("Tile 1.1"));

    CHECK(ui.run("tap \"Home\"\nwait 100\nexpect \"Topic 1\"") == "");
    CHECK(ui.nav().here.screen == Screen::Home);
}

TEST_CASE("a scripted tap on a label that is not on screen fails with its line") {
    UiHarness ui(sample_content(2, 1), {1280, 800});
    CHECK(ui.run("wait 10\ntap \"No such topic\"") == "2: no visible widget labelled \"No such topic\"\n");
    CHECK(ui.run("expect \"Nothing like this\"") != "");
}

TEST_CASE("content with no topics shows a gentle message instead of an empty screen") {
    UiHarness ui(haven::Content{}, {1280, 800});
    CHECK(ui.shows("nothing to show here yet"));
}

TEST_CASE("new content keeps the patient on their topic while it exists, and goes home when it is gone") {
    UiHarness ui(sample_content(3, 1), {1920, 1080});
    CHECK(ui.run("tap \"Topic 3\"\nwait 100") == "");
    REQUIRE(ui.nav().here.screen == Screen::Topic);

    ui.session().ui().set_content(sample_content(4, 1));
    ui.session().wake();
    ui.run_state().advance(0.1);
    CHECK(ui.nav().here.topic_id == "topic-3");
    CHECK(ui.shows("Tile 3.1"));

    ui.session().ui().set_content(sample_content(2, 1));
    ui.session().wake();
    ui.run_state().advance(0.1);
    CHECK(ui.nav().here.screen == Screen::Home);
    CHECK_FALSE(ui.widget("Topic 2").empty());
}

TEST_CASE("an untouched screen draws no frames; a tap draws a few and then the kiosk sleeps again") {
    UiHarness ui(sample_content(3, 2), {1920, 1080});
    const int settled = ui.session().frames_drawn();
    ui.run_state().advance(60);
    CHECK(ui.session().frames_drawn() == settled);  // a minute of nobody: not one frame

    CHECK(ui.run("tap \"Topic 1\"") == "");
    const int after_tap = ui.session().frames_drawn() - settled;
    CHECK(after_tap >= 3);    // the press, the lift and the new screen were drawn
    CHECK(after_tap <= 20);   // ...at display rate only while the tap lasted
    const int before_idle = ui.session().frames_drawn();
    ui.run_state().advance(30);
    CHECK(ui.session().frames_drawn() - before_idle <= 3);  // settles, then sleeps
    CHECK(ui.nav().here.screen == Screen::Topic);
}
