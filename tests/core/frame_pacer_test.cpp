// FramePacer: the kiosk draws when something changed and sleeps otherwise.

#include "core/session/clock.hpp"
#include "core/session/frame_pacer.hpp"

#include <doctest/doctest.h>

using haven::FramePacer;
using haven::kForever;
using haven::VirtualClock;

TEST_CASE("the first frame is due immediately") {
    FramePacer pacer;
    CHECK(pacer.wait(0) == 0);
    CHECK(pacer.wait(1000) == 0);
}

TEST_CASE("after the first frame an idle kiosk sleeps until an event") {
    FramePacer pacer;
    pacer.on_frame(false, kForever);
    CHECK(pacer.wait(0) == kForever);
    CHECK(pacer.wait(5000) == kForever);
}

TEST_CASE("input makes exactly the next N frames due at once, then the pacer sleeps") {
    SUBCASE("default of three frames") {
        FramePacer pacer;
        pacer.on_frame(false, kForever);
        pacer.on_input();
        for (int i = 0; i < 3; ++i) {
            CAPTURE(i);
            CHECK(pacer.wait(1) == 0);
            pacer.on_frame(false, kForever);
        }
        CHECK(pacer.wait(1) == kForever);
    }
    SUBCASE("a custom count") {
        FramePacer pacer(5);
        pacer.on_frame(false, kForever);
        pacer.on_input();
        for (int i = 0; i < 5; ++i) {
            CAPTURE(i);
            CHECK(pacer.wait(1) == 0);
            pacer.on_frame(false, kForever);
        }
        CHECK(pacer.wait(1) == kForever);
    }
}

TEST_CASE("input during the owed frames restarts the count") {
    FramePacer pacer(3);
    pacer.on_frame(false, kForever);
    pacer.on_input();
    pacer.on_frame(false, kForever);
    pacer.on_frame(false, kForever);
    pacer.on_input();  // one frame was still owed; now three are
    for (int i = 0; i < 3; ++i) {
        CAPTURE(i);
        CHECK(pacer.wait(0) == 0);
        pacer.on_frame(false, kForever);
    }
    CHECK(pacer.wait(0) == kForever);
}

TEST_CASE("an animating frame asks for the next one at once, and sleep returns when it stops") {
    FramePacer pacer;
    pacer.on_frame(true, kForever);
    CHECK(pacer.wait(0) == 0);
    pacer.on_frame(true, 20);
    CHECK(pacer.wait(0) == 0);  // animation wins over a later deadline
    pacer.on_frame(false, kForever);
    CHECK(pacer.wait(0) == kForever);
}

TEST_CASE("a deadline gives the time remaining until it, and 0 once it has passed") {
    FramePacer pacer;
    pacer.on_frame(false, 10.0);
    CHECK(pacer.wait(4.0) == doctest::Approx(6.0));
    CHECK(pacer.wait(9.5) == doctest::Approx(0.5));
    CHECK(pacer.wait(10.0) == 0);
    CHECK(pacer.wait(12.0) == 0);
}

TEST_CASE("owed frames after input come before a later deadline") {
    FramePacer pacer;
    pacer.on_frame(false, kForever);
    pacer.on_input();
    pacer.on_frame(false, 30.0);
    CHECK(pacer.wait(1.0) == 0);
    pacer.on_frame(false, 30.0);
    pacer.on_frame(false, 30.0);
    CHECK(pacer.wait(1.0) == doctest::Approx(29.0));
}

TEST_CASE("each frame replaces the previous frame's deadline") {
    FramePacer pacer;
    pacer.on_frame(false, 10.0);
    pacer.on_frame(false, kForever);
    CHECK(pacer.wait(0) == kForever);
    pacer.on_frame(false, 3.0);
    CHECK(pacer.wait(1.0) == doctest::Approx(2.0));
}

TEST_CASE("a virtual clock only moves when told to, and never backwards") {
    VirtualClock clock;
    CHECK(clock.now() == 0);
    clock.advance(1.5);
    CHECK(clock.now() == doctest::Approx(1.5));
    clock.advance(-1.0);
    CHECK(clock.now() == doctest::Approx(1.5));
    clock.advance_to(4.0);
    CHECK(clock.now() == doctest::Approx(4.0));
    clock.advance_to(2.0);
    CHECK(clock.now() == doctest::Approx(4.0));
}
