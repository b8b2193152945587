// run_script: what each command does to a session, played against a recording fake.

#include "core/input/pointer_input.hpp"
#include "core/script/script.hpp"
#include "core/script/script_runner.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <cstddef>
#include <vector>

using haven::kDragStep;
using haven::kSettleAfterLift;
using haven::kTapHold;
using haven::Point;
using haven::PointerEvent;
using haven::PointerFrame;
using haven::PointerInput;
using haven::Rect;
using haven::ScriptError;
using haven::Seconds;
using haven::VisibleText;

namespace {

const Rect kScreen{0, 0, 1280, 800};

// Records every call in order; what it shows and how shots go are set by the test.
class RecordingTarget final : public haven::ScriptTarget {
public:
    struct Step {
        bool is_advance = false;
        PointerEvent event;      // when !is_advance
        Seconds seconds = 0;     // when is_advance
    };

    void pointer(PointerEvent event) override { steps.push_back({false, event, 0}); }
    void advance(Seconds s) override { steps.push_back({true, {}, s}); }
    const VisibleText& visible() const override { return shown; }
    std::string shot(const std::string& path) override {
        shots.push_back(path);
        return shot_error;
    }

    std::vector<PointerEvent> events() const {
        std::vector<PointerEvent> out;
        for (const auto& s : steps)
            if (!s.is_advance) out.push_back(s.event);
        return out;
    }
    Seconds total_advance() const {
        Seconds total = 0;
        for (const auto& s : steps)
            if (s.is_advance) total += s.seconds;
        return total;
    }

    std::vector<Step> steps;
    VisibleText shown;
    std::string shot_error;
    std::vector<std::string> shots;
};

std::vector<ScriptError> run(const std::string& source, haven::ScriptTarget& target) {
    const haven::ParsedScript parsed = haven::parse_script(source);
    REQUIRE(parsed.errors.empty());
    return haven::run_script(parsed.commands, target);
}

bool mentions(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

void check_event(const PointerEvent& e, PointerEvent::Kind kind, float x, float y) {
    CHECK(e.kind == kind);
    CHECK(e.position.x == doctest::Approx(x));
    CHECK(e.position.y == doctest::Approx(y));
}

// The exact sequence a tap at (x, y) must produce.
void check_tap_at(const RecordingTarget& target, float x, float y) {
    REQUIRE(target.steps.size() == 5);
    REQUIRE_FALSE(target.steps[0].is_advance);
    check_event(target.steps[0].event, PointerEvent::Kind::Move, x, y);
    REQUIRE_FALSE(target.steps[1].is_advance);
    check_event(target.steps[1].event, PointerEvent::Kind::Press, x, y);
    REQUIRE(target.steps[2].is_advance);
    CHECK(target.steps[2].seconds == doctest::Approx(kTapHold));
    REQUIRE_FALSE(target.steps[3].is_advance);
    check_event(target.steps[3].event, PointerEvent::Kind::Release, x, y);
    REQUIRE(target.steps[4].is_advance);
    CHECK(target.steps[4].seconds == doctest::Approx(kSettleAfterLift));
}

// A target that feeds a real PointerInput and draws a frame per display refresh, so the
// tests can see what widgets would see during a scripted tap or drag.
class PointerTarget final : public haven::ScriptTarget {
public:
    void pointer(PointerEvent event) override { input.push(event); }
    void advance(Seconds s) override {
        const int n = std::max(1, static_cast<int>(std::ceil(s / kDragStep - 1e-9)));
        for (int i = 0; i < n; ++i) frames.push_back(input.next_frame());
    }
    const VisibleText& visible() const override { return shown; }
    std::string shot(const std::string&) override { return {}; }

    int clicks() const {
        int count = 0;
        for (std::size_t i = 1; i < frames.size(); ++i)
            if (frames[i - 1].down && !frames[i].down && frames[i].present) ++count;
        return count;
    }

    PointerInput input{10.0f};
    std::vector<PointerFrame> frames;
    VisibleText shown;
};

} // namespace

TEST_CASE("an empty script does nothing and reports nothing") {
    RecordingTarget target;
    CHECK(haven::run_script({}, target).empty());
    CHECK(target.steps.empty());
}

TEST_CASE("wait advances virtual time by its milliseconds and touches nothing") {
    RecordingTarget target;
    CHECK(run("wait 250", target).empty());
    REQUIRE(target.steps.size() == 1);
    CHECK(target.steps[0].is_advance);
    CHECK(target.steps[0].seconds == doctest::Approx(0.25));
}

TEST_CASE("tap X Y moves there, presses, holds, lifts and lets the screen settle") {
    RecordingTarget target;
    CHECK(run("tap 640 360", target).empty());
    check_tap_at(target, 640, 360);
}

TEST_CASE("tap \"Label\" taps the centre of the widget's rect") {
    RecordingTarget target;
    target.shown.add("Start", {100, 200, 300, 260}, kScreen, true);
    CHECK(run("tap \"Start\"", target).empty());
    check_tap_at(target, 200, 230);
}

TEST_CASE("tap \"Label\" aims at the visible part of a widget that is partly scrolled away") {
    RecordingTarget target;
    target.shown.add("Next", {0, 700, 400, 900}, kScreen, true);  // bottom half off-screen
    CHECK(run("tap \"Next\"", target).empty());
    check_tap_at(target, 200, 750);
}

TEST_CASE("tap \"Label\" with no widget of that label reports the line and touches nothing") {
    RecordingTarget target;
    target.shown.add("Start", {100, 200, 300, 260}, kScreen, true);
    const auto errors = run("wait 10\ntap \"Missing\"\n", target);
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].line == 2);
    CHECK(mentions(errors[0].message, "\"Missing\""));
    CHECK(target.events().empty());
}

TEST_CASE("text that is not tappable is not tapped, even with the same label") {
    SUBCASE("only a text has the label") {
        RecordingTarget target;
        target.shown.add("Home", {0, 0, 100, 40}, kScreen, false);
        const auto errors = run("tap \"Home\"", target);
        REQUIRE(errors.size() == 1);
        CHECK(errors[0].line == 1);
        CHECK(target.events().empty());
    }
    SUBCASE("a text and a widget have the label: the widget is tapped") {
        RecordingTarget target;
        target.shown.add("Home", {0, 0, 100, 40}, kScreen, false);
        target.shown.add("Home", {500, 600, 700, 700}, kScreen, true);
        CHECK(run("tap \"Home\"", target).empty());
        check_tap_at(target, 600, 650);
    }
}

TEST_CASE("drag presses at the start, moves to the end over the given time, and lifts there") {
    RecordingTarget target;
    CHECK(run("drag 100 500 100 200 300", target).empty());

    const auto events = target.events();
    REQUIRE(events.size() >= 4);
    check_event(events[0], PointerEvent::Kind::Move, 100, 500);
    check_event(events[1], PointerEvent::Kind::Press, 100, 500);
    check_event(events[events.size() - 2], PointerEvent::Kind::Move, 100, 200);
    check_event(events.back(), PointerEvent::Kind::Release, 100, 200);

    // The moves go steadily from start to end, at about display rate.
    float last_y = 500;
    for (size_t i = 2; i + 1 < events.size(); ++i) {
        CAPTURE(i);
        CHECK(events[i].kind == PointerEvent::Kind::Move);
        CHECK(events[i].position.x == doctest::Approx(100));
        CHECK(events[i].position.y < last_y);
        last_y = events[i].position.y;
    }
    CHECK(events.size() - 3 >= 15);  // 300 ms at 60 Hz: about 18 moves

    // Time: the drag's duration, one frame before the lift, then the settle.
    Seconds before_release = 0;
    for (const auto& s : target.steps) {
        if (!s.is_advance && s.event.kind == PointerEvent::Kind::Release) break;
        if (s.is_advance) {
            CHECK(s.seconds <= kDragStep + 1e-9);
            before_release += s.seconds;
        }
    }
    CHECK(before_release == doctest::Approx(0.3 + kDragStep));
    CHECK(target.total_advance() == doctest::Approx(0.3 + kDragStep + kSettleAfterLift));
}

TEST_CASE("a drag of zero milliseconds still presses, moves to the end and lifts") {
    RecordingTarget target;
    CHECK(run("drag 10 10 50 60 0", target).empty());
    const auto events = target.events();
    REQUIRE(events.size() == 4);
    check_event(events[0], PointerEvent::Kind::Move, 10, 10);
    check_event(events[1], PointerEvent::Kind::Press, 10, 10);
    check_event(events[2], PointerEvent::Kind::Move, 50, 60);
    check_event(events[3], PointerEvent::Kind::Release, 50, 60);
    CHECK(target.total_advance() == doctest::Approx(kDragStep + kSettleAfterLift));
}

TEST_CASE("expect passes when the text is visible, also as part of a longer text") {
    RecordingTarget target;
    target.shown.add("Welcome to Haven", {0, 0, 400, 40}, kScreen, false);
    CHECK(run("expect \"Welcome to Haven\"\nexpect \"Haven\"", target).empty());
    CHECK(target.steps.empty());
}

TEST_CASE("expect fails with its line when the text is not visible") {
    RecordingTarget target;
    target.shown.add("Welcome to Haven", {0, 0, 400, 40}, kScreen, false);
    target.shown.add("Below", {0, 900, 400, 940}, kScreen, false);  // clipped away
    const auto errors = run("# check\nexpect \"Goodbye\"\nexpect \"Below\"\n", target);
    REQUIRE(errors.size() == 2);
    CHECK(errors[0].line == 2);
    CHECK(mentions(errors[0].message, "\"Goodbye\""));
    CHECK(errors[1].line == 3);
}

TEST_CASE("shot writes the named file") {
    RecordingTarget target;
    CHECK(run("shot out/home.png", target).empty());
    REQUIRE(target.shots.size() == 1);
    CHECK(target.shots[0] == "out/home.png");
}

TEST_CASE("a shot that cannot be written is reported with its line, file and reason") {
    RecordingTarget target;
    target.shot_error = "disk full";
    const auto errors = run("wait 1\nshot out/home.png", target);
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].line == 2);
    CHECK(mentions(errors[0].message, "out/home.png"));
    CHECK(mentions(errors[0].message, "disk full"));
}

TEST_CASE("a failing command does not stop the commands after it") {
    RecordingTarget target;
    target.shown.add("Yes", {0, 0, 100, 40}, kScreen, true);
    target.shot_error = "read-only";
    const auto errors = run("expect \"Nope\"\ntap \"Gone\"\nshot a.png\nwait 100\ntap \"Yes\"\nexpect \"Yes\"\nshot b.png\n",
                            target);
    REQUIRE(errors.size() == 4);
    CHECK(errors[0].line == 1);
    CHECK(errors[1].line == 2);
    CHECK(errors[2].line == 3);
    CHECK(errors[3].line == 7);  // wait, the tap on "Yes" and the expect all ran
    CHECK(target.shots.size() == 2);
    CHECK(target.total_advance() == doctest::Approx(0.1 + kTapHold + kSettleAfterLift));
    const auto events = target.events();
    REQUIRE(events.size() == 3);
    check_event(events[0], PointerEvent::Kind::Move, 50, 20);
}

TEST_CASE("through PointerInput, a scripted tap clicks once and a scripted drag never clicks") {
    SUBCASE("tap") {
        PointerTarget target;
        CHECK(run("tap 200 300", target).empty());
        CHECK(target.clicks() == 1);
        CHECK_FALSE(target.frames.back().present);  // nothing stays hovered after the lift
        CHECK_FALSE(target.input.pending());
    }
    SUBCASE("drag") {
        PointerTarget target;
        CHECK(run("drag 200 700 200 200 300", target).empty());
        CHECK(target.clicks() == 0);
        float scrolled = 0;
        bool drag_started = false;
        for (const auto& f : target.frames) {
            drag_started = drag_started || f.dragging;
            if (drag_started) CHECK_FALSE(f.present);  // widgets never see the finger again
            scrolled += f.drag_delta.y;
        }
        CHECK(drag_started);
        CHECK(scrolled == doctest::Approx(-500));
        CHECK_FALSE(target.frames.back().present);
        CHECK_FALSE(target.frames.back().down);
    }
}
