// Haven's own words follow the patient's language: once Cymraeg is chosen, the bar, the
// keypad, the breathing exercise and the idle prompt speak Welsh where i18n/cy.toml says
// so, and English where it does not; the idle reset goes back to the clinic's language.

#include "ui_harness.hpp"

#include <doctest/doctest.h>

using haven::test::sample_content;
using haven::test::UiHarness;

namespace {

haven::Content welsh_content() {
    haven::Content content = sample_content(2, 2);
    for (auto& card : content.cards) card.slug = card.file;
    haven::Card welsh = content.cards.front();
    welsh.language = "cy";
    welsh.title = welsh.tile = "Cerdyn un";
    content.translations["cy"][welsh.slug] = welsh;
    content.screen_text["cy"] = {{"hide_screen", "Cuddio'r sgrin"},
                                 {"enter_topic_code", "Rhowch god"},
                                 {"key_go", "Ewch"},
                                 {"breathing_exercise", "Ymarfer anadlu"},
                                 {"still_reading", "Dal i ddarllen?"},
                                 {"going_back", "Yn \xc3\xb4l i'r dechrau mewn {seconds} eiliad."}};
    content.settings.idle_timeout_seconds = 60;
    return content;
}

}  // namespace

TEST_CASE("the screens speak the chosen language where the content translates them, English elsewhere") {
    UiHarness ui(welsh_content(), {1920, 1080});
    CHECK(ui.shows("Hide screen"));
    CHECK(ui.run("tap \"Cymraeg\"\nwait 100") == "");
    CHECK(ui.shows("Cuddio'r sgrin"));
    CHECK_FALSE(ui.shows("Hide screen"));
    CHECK(ui.shows("Ymarfer anadlu"));
    CHECK(ui.shows("High contrast"));  // not translated: English
    CHECK(ui.run("tap \"Rhowch god\"\nwait 100\ntap \"1\"\ntap \"1\"\ntap \"Ewch\"\nwait 100") == "");
    CHECK(ui.nav().here.screen == haven::Screen::Card);
    CHECK(ui.shows("Cerdyn un"));
    CHECK(ui.run("wait 61000") == "");
    CHECK(ui.shows("Dal i ddarllen?"));
    CHECK(ui.shows("Yn \xc3\xb4l i'r dechrau mewn"));
    // The idle reset forgets the language with everything else.
    CHECK(ui.run("wait 31000") == "");
    CHECK(ui.shows("Hide screen"));
}
