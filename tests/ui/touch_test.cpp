// Touch semantics: a tap is a tap, a drag is a scroll and never a click, and nothing stays
// highlighted after the finger lifts.

#include "ui_harness.hpp"

#include <doctest/doctest.h>

#include <string>

using haven::PointerEvent;
using haven::Screen;
using haven::test::sample_content;
using haven::test::UiHarness;

namespace {
std::string xy(haven::Point p) { return std::to_string(static_cast<int>(p.x)) + " " + std::to_string(static_cast<int>(p.y)); }
} // namespace

TEST_CASE("a press and release that reach the kiosk together still count as a tap") {
    UiHarness ui(sample_content(3, 1), {1920, 1080});
    const haven::Point at = ui.widget("Topic 1").center();
    ui.run_state().pointer({PointerEvent::Kind::Move, at});
    ui.run_state().pointer({PointerEvent::Kind::Press, at});
    ui.run_state().pointer({PointerEvent::Kind::Release, at});
    ui.run_state().advance(0.2);
    CHECK(ui.nav().here.screen == Screen::Topic);
    CHECK(ui.nav().here.topic_id == "topic-1");
}

TEST_CASE("a drag that starts on a tile scrolls the list and opens nothing") {
    UiHarness ui(sample_content(40, 1), {1280, 800});
    const haven::Rect before = ui.widget("Topic 10");
    REQUIRE_FALSE(before.empty());
    const haven::Point from = before.center();
    const haven::Point to{from.x, from.y - 200};
    CHECK(ui.run("drag " + xy(from) + " " + xy(to) + " 300\nwait 100") == "");
    CHECK(ui.nav().here.screen == Screen::Home);
    const haven::Rect after = ui.widget("Topic 10");
    REQUIRE_FALSE(after.empty());
    // The list followed the finger (and a flick this fast glides on a little).
    CHECK(after.y0 <= before.y0 - 199);
    CHECK_FALSE(ui.anything_hovered());
}

TEST_CASE("a flick glides on and comes to rest; a finger that rests before lifting does not glide") {
    UiHarness ui(sample_content(60, 1), {1280, 800});
    const haven::Point from = ui.widget("Topic 10").center();
    const float start = ui.widget("Topic 10").y0;
    CHECK(ui.run("drag " + xy(from) + " " + xy({from.x, from.y - 150}) + " 150") == "");
    const float at_lift = ui.widget("Topic 10").y0;
    ui.run_state().advance(3);
    const float at_rest = ui.widget("Topic 10").y0;
    CHECK(at_rest < at_lift - 50);  // it glided on after the finger lifted
    const int frames = ui.session().frames_drawn();
    ui.run_state().advance(3);
    CHECK(ui.session().frames_drawn() - frames <= 1);  // and then stopped: no more frames
    CHECK(ui.widget("Topic 10").y0 == at_rest);

    // Drag back down, hold still for half a second, then lift: the list stays put.
    const haven::Point here = ui.widget("Topic 10").center();
    ui.run_state().pointer({PointerEvent::Kind::Move, here});
    ui.run_state().pointer({PointerEvent::Kind::Press, here});
    for (int i = 1; i <= 10; ++i) {
        ui.run_state().advance(1.0 / 60);
        ui.run_state().pointer({PointerEvent::Kind::Move, {here.x, here.y + 10.0f * static_cast<float>(i)}});
    }
    ui.run_state().advance(0.5);
    const float held = ui.widget("Topic 10").y0;
    ui.run_state().pointer({PointerEvent::Kind::Release, {here.x, here.y + 100}});
    ui.run_state().advance(2);
    CHECK(ui.widget("Topic 10").y0 == doctest::Approx(held));
    CHECK(held > at_rest);
    CHECK(start > at_rest);
}

TEST_CASE("a finger that wobbles a little is still a tap") {
    UiHarness ui(sample_content(3, 1), {1920, 1080});
    const haven::Point at = ui.widget("Topic 2").center();
    CHECK(ui.run("drag " + xy(at) + " " + xy({at.x + 6, at.y + 4}) + " 120") == "");
    CHECK(ui.nav().here.topic_id == "topic-2");
}

TEST_CASE("a tile under the finger highlights, and nothing stays highlighted after the lift") {
    UiHarness ui(sample_content(3, 1), {1920, 1080});
    const haven::Point at = ui.widget("Topic 3").center();
    ui.run_state().pointer({PointerEvent::Kind::Move, at});
    ui.run_state().pointer({PointerEvent::Kind::Press, at});
    ui.run_state().advance(0.1);
    CHECK(ui.anything_hovered());
    // Lift off the tile (the patient changed their mind): no tap, and no hover left behind.
    ui.run_state().pointer({PointerEvent::Kind::Move, {at.x, at.y + 400}});
    ui.run_state().advance(0.05);
    ui.run_state().pointer({PointerEvent::Kind::Release, {at.x, at.y + 400}});
    ui.run_state().advance(0.2);
    CHECK(ui.nav().here.screen == Screen::Home);
    CHECK_FALSE(ui.anything_hovered());
}
