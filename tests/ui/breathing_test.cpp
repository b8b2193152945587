// The breathing exercise in the UI: choose, start, the shape moves 30 times a second, pause,
// finish; nothing of it survives a quick hide; and following it needs no touch.

#include "ui_harness.hpp"

#include "core/session/reading_time.hpp"

#include <doctest/doctest.h>

using haven::BreathingState;
using haven::Screen;
using haven::test::sample_content;
using haven::test::UiHarness;

namespace {
haven::Content with_patterns() {
    haven::Content c = sample_content(2, 2);
    c.breathing = haven::default_breathing_patterns();
    return c;
}
} // namespace

TEST_CASE("the breathing exercise redraws 30 times a second, pauses still, and ends with a closing screen") {
    UiHarness ui(with_patterns(), {1280, 800});
    CHECK(ui.run("tap \"Breathing exercise\"\nwait 100\nexpect \"Choose a rhythm\"") == "");
    CHECK(ui.run("tap \"Box\"\ntap \"1 minute\"\ntap \"Start\"\nwait 1000\nexpect \"Breathe in\"\nexpect \"1:0\"") == "");
    REQUIRE(ui.nav().breathing.stage == BreathingState::Stage::Running);

    int frames = ui.session().frames_drawn();
    ui.run_state().advance(2);
    // A steady 30 frames a second while it moves: smooth, and half the work of 60.
    CHECK(ui.session().frames_drawn() - frames >= 58);
    CHECK(ui.session().frames_drawn() - frames <= 62);
    CHECK(ui.shows("Breathe in"));
    ui.run_state().advance(2);
    CHECK(ui.shows("Hold"));

    CHECK(ui.run("tap \"Pause\"\nwait 100\nexpect \"Paused\"") == "");
    frames = ui.session().frames_drawn();
    ui.run_state().advance(20);
    CHECK(ui.session().frames_drawn() - frames <= 3);  // paused: the kiosk sleeps again
    CHECK(ui.run("tap \"Continue\"\nwait 100\nexpect \"Hold\"") == "");

    ui.run_state().advance(65);  // longer than the idle time: following along needs no touch
    CHECK_FALSE(ui.shows("Still reading?"));
    CHECK(ui.nav().breathing.stage == BreathingState::Stage::Done);
    CHECK(ui.shows("Well done."));
    frames = ui.session().frames_drawn();
    ui.run_state().advance(10);
    CHECK(ui.session().frames_drawn() - frames <= 3);
}

TEST_CASE("quick hide in the middle of an exercise stops it, and nothing leads back to it") {
    UiHarness ui(with_patterns(), {1280, 800});
    CHECK(ui.run("tap \"Breathing exercise\"\ntap \"Start\"\nwait 3000\ntap \"Hide screen\"\nwait 100") == "");
    CHECK(ui.nav().here.screen == Screen::Hidden);
    CHECK(ui.nav().breathing.stage == BreathingState::Stage::Choosing);
    CHECK(ui.run("tap \"Start again\"\nwait 100") == "");
    CHECK(ui.nav().here.screen == Screen::Home);
    const int frames = ui.session().frames_drawn();
    ui.run_state().advance(30);
    CHECK(ui.session().frames_drawn() - frames <= 3);  // no animation left running
}

TEST_CASE("Stop returns to the choice, where the idle timer runs again") {
    UiHarness ui(with_patterns(), {1280, 800});
    CHECK(ui.run("tap \"Breathing exercise\"\ntap \"Start\"\nwait 2000\ntap \"Stop\"\nwait 100\nexpect \"Choose a rhythm\"") == "");
    // The choice screen's words take a slow reader longer than the clinic's 60 s (reading_time).
    ui.run_state().advance(haven::reading_time(ui.session().ui().visible().words_shown(), 60, 180) + 5);
    CHECK(ui.shows("Still reading?"));
}

TEST_CASE("the sound plan follows the exercise and stops at once on leaving, hiding or an idle reset") {
    haven::Content content = with_patterns();
    content.settings.sound = {true, 0.6, 0.8, true};
    UiHarness ui(content, {1280, 800});
    ui.session().ui().set_sound_available(true);
    CHECK(ui.run("tap \"Breathing exercise\"\nwait 100\nexpect \"Headphones keep it private\"") == "");
    CHECK_FALSE(ui.session().ui().sound_plan().playing);  // nothing sounds before Start
    CHECK(ui.run("tap \"Louder\"\ntap \"Louder\"\ntap \"Louder\"\ntap \"Start\"\nwait 1000") == "");
    haven::SoundPlan plan = ui.session().ui().sound_plan();
    CHECK(plan.playing);
    CHECK(plan.volume == doctest::Approx(0.8));  // never above the clinic's maximum
    CHECK(plan.cues.size() == static_cast<size_t>(2 * haven::BreathingSchedule(content.breathing[0], 3).cycles()));
    CHECK(plan.cues[1].at == doctest::Approx(4.0));

    CHECK(ui.run("tap \"Pause\"\nwait 100") == "");
    CHECK(ui.session().ui().sound_plan().paused);
    CHECK(ui.run("tap \"Continue\"\nwait 100\nexpect \"Sound: On\"\ntap \"Sound\"\nwait 100\nexpect \"Sound: Off\"") == "");
    CHECK_FALSE(ui.session().ui().sound_plan().playing);
    CHECK(ui.run("tap \"Sound\"\nwait 100") == "");
    CHECK(ui.session().ui().sound_plan().playing);

    CHECK(ui.run("tap \"Home\"\nwait 50") == "");
    CHECK_FALSE(ui.session().ui().sound_plan().playing);
    CHECK(ui.run("tap \"Breathing exercise\"\ntap \"Start\"\nwait 500\ntap \"Hide screen\"") == "");
    CHECK_FALSE(ui.session().ui().sound_plan().playing);
}

TEST_CASE("a patient's sound choices do not carry over to the next patient, even back on the home screen") {
    haven::Content content = with_patterns();
    content.settings.sound = {false, 0.4, 0.8, false};
    UiHarness ui(content, {1280, 800});
    ui.session().ui().set_sound_available(true);
    CHECK(ui.run("tap \"Breathing exercise\"\nwait 100\ntap \"Sound\"\ntap \"Louder\"\ntap \"Louder\"\ntap \"Back\"\nwait 100") == "");
    REQUIRE(ui.nav().here.screen == Screen::Home);
    REQUIRE(ui.nav().sound_on);
    // Home, but not at rest: the idle prompt comes, then everything is forgotten.
    CHECK(ui.run("wait 61000\nexpect \"Still reading?\"\nwait 31000") == "");
    CHECK_FALSE(ui.nav().sound_on);
    CHECK(ui.nav().volume == doctest::Approx(0.4));
    CHECK(ui.nav() == haven::initial_navigation(content.settings));
}

TEST_CASE("without sound the exercise says so quietly and offers no sound controls") {
    UiHarness ui(with_patterns(), {1280, 800});
    ui.session().ui().set_sound_available(false);
    CHECK(ui.run("tap \"Breathing exercise\"\nwait 100\nexpect \"Sound unavailable\"") == "");
    CHECK(ui.widget("Sound").empty());
    CHECK_FALSE(ui.shows("Sound: "));
}
