// PointerInput: one button change per frame, tap versus drag, and the pointer leaving after
// a lift. ImGui sees exactly what next_frame() returns, so these frames are what widgets see.

#include "core/input/pointer_input.hpp"

#include <doctest/doctest.h>

#include <cstddef>
#include <vector>

using haven::Point;
using haven::PointerEvent;
using haven::PointerFrame;
using haven::PointerInput;

namespace {

constexpr float kSlop = 10.0f;

PointerEvent move_to(float x, float y) { return {PointerEvent::Kind::Move, {x, y}}; }
PointerEvent press_at(float x, float y) { return {PointerEvent::Kind::Press, {x, y}}; }
PointerEvent release_at(float x, float y) { return {PointerEvent::Kind::Release, {x, y}}; }
PointerEvent leave() { return {PointerEvent::Kind::Leave, {}}; }

// Hands out frames until nothing is pending (with a cap, so a bug cannot hang the tests).
std::vector<PointerFrame> drain(PointerInput& input) {
    std::vector<PointerFrame> frames;
    while (input.pending() && frames.size() < 100) frames.push_back(input.next_frame());
    return frames;
}

// What ImGui treats as a click: the button goes up while the pointer is over the widget.
int count_clicks(const std::vector<PointerFrame>& frames) {
    int clicks = 0;
    for (std::size_t i = 1; i < frames.size(); ++i)
        if (frames[i - 1].down && !frames[i].down && frames[i].present) ++clicks;
    return clicks;
}

} // namespace

TEST_CASE("a press and release in one batch give two frames, so the tap is not lost") {
    PointerInput input(kSlop);
    input.push(move_to(100, 200));
    input.push(press_at(100, 200));
    input.push(release_at(100, 200));

    const PointerFrame down = input.next_frame();
    CHECK(down.present);
    CHECK(down.down);
    CHECK_FALSE(down.dragging);
    CHECK(down.position.x == 100);
    CHECK(down.position.y == 200);
    CHECK(input.pending());

    const PointerFrame up = input.next_frame();
    CHECK(up.present);
    CHECK_FALSE(up.down);
    CHECK_FALSE(up.dragging);
    CHECK(up.position.x == 100);
    CHECK(up.position.y == 200);
}

TEST_CASE("the frame after a lift hides the pointer, and pending() is true until that frame") {
    PointerInput input(kSlop);
    input.push(press_at(50, 60));
    input.next_frame();
    CHECK_FALSE(input.pending());

    input.push(release_at(50, 60));
    CHECK(input.pending());
    const PointerFrame up = input.next_frame();
    CHECK_FALSE(up.down);
    CHECK(up.present);
    CHECK(input.pending());  // the leave is still owed, although the queue is empty

    const PointerFrame after = input.next_frame();
    CHECK_FALSE(after.present);
    CHECK_FALSE(after.down);
    CHECK_FALSE(input.pending());

    const PointerFrame idle = input.next_frame();
    CHECK_FALSE(idle.present);
}

TEST_CASE("moves without a button change are consumed in one frame and the last position wins") {
    PointerInput input(kSlop);
    input.push(move_to(10, 10));
    input.push(move_to(20, 25));
    input.push(move_to(30, 35));
    const PointerFrame frame = input.next_frame();
    CHECK(frame.present);
    CHECK_FALSE(frame.down);
    CHECK(frame.position.x == 30);
    CHECK(frame.position.y == 35);
    CHECK_FALSE(input.pending());
}

TEST_CASE("events queued after a button change wait for the next frame") {
    PointerInput input(kSlop);
    input.push(move_to(5, 5));
    input.push(press_at(40, 40));
    input.push(move_to(42, 41));

    const PointerFrame first = input.next_frame();
    CHECK(first.down);
    CHECK(first.position.x == 40);  // the press position, not the later move
    CHECK(first.position.y == 40);
    CHECK(input.pending());

    const PointerFrame second = input.next_frame();
    CHECK(second.down);
    CHECK(second.position.x == 42);
    CHECK(second.position.y == 41);
    CHECK_FALSE(input.pending());
}

TEST_CASE("two quick taps queued together give each its own down and up frame") {
    PointerInput input(kSlop);
    input.push(press_at(10, 10));
    input.push(release_at(10, 10));
    input.push(press_at(300, 300));
    input.push(release_at(300, 300));

    const auto frames = drain(input);
    REQUIRE(frames.size() == 5);
    CHECK((frames[0].down && frames[0].present && frames[0].position.x == 10));
    CHECK((!frames[1].down && frames[1].present && frames[1].position.x == 10));
    CHECK((frames[2].down && frames[2].present && frames[2].position.x == 300));
    CHECK((!frames[3].down && frames[3].present && frames[3].position.x == 300));
    CHECK_FALSE(frames[4].present);
    CHECK(count_clicks(frames) == 2);
}

TEST_CASE("moving beyond the slop while down turns the press into a drag hidden from widgets") {
    PointerInput input(kSlop);
    input.push(press_at(100, 100));
    input.next_frame();

    input.push(move_to(100, 130));
    const PointerFrame frame = input.next_frame();
    CHECK(frame.down);
    CHECK(frame.dragging);
    CHECK_FALSE(frame.present);
    CHECK(frame.drag_delta.x == 0);
    CHECK(frame.drag_delta.y == 30);
}

TEST_CASE("the first drag delta includes the movement made before the slop was crossed") {
    PointerInput input(kSlop);
    input.push(press_at(100, 100));
    input.next_frame();

    input.push(move_to(104, 100));  // under the slop: still a possible tap
    const PointerFrame wobble = input.next_frame();
    CHECK_FALSE(wobble.dragging);
    CHECK(wobble.present);
    CHECK(wobble.drag_delta.x == 0);
    CHECK(wobble.drag_delta.y == 0);

    input.push(move_to(120, 100));  // crosses the slop
    const PointerFrame start = input.next_frame();
    CHECK(start.dragging);
    CHECK(start.drag_delta.x == 20);  // from the press, not from the last frame
    CHECK(start.drag_delta.y == 0);

    input.push(move_to(125, 110));
    const PointerFrame more = input.next_frame();
    CHECK(more.dragging);
    CHECK(more.drag_delta.x == 5);
    CHECK(more.drag_delta.y == 10);
}

TEST_CASE("a drag frame without new movement reports no delta") {
    PointerInput input(kSlop);
    input.push(press_at(0, 0));
    input.next_frame();
    input.push(move_to(0, 50));
    CHECK(input.next_frame().drag_delta.y == 50);

    const PointerFrame still = input.next_frame();
    CHECK(still.dragging);
    CHECK(still.drag_delta.x == 0);
    CHECK(still.drag_delta.y == 0);
}

TEST_CASE("the lift ending a drag never shows the pointer up over a widget, so it does not click") {
    SUBCASE("release queued with the moves") {
        PointerInput input(kSlop);
        input.push(press_at(100, 100));
        input.push(move_to(100, 150));
        input.push(release_at(100, 160));
        const auto frames = drain(input);
        REQUIRE(frames.size() == 3);
        CHECK(frames[0].down);
        CHECK_FALSE(frames[1].down);
        CHECK_FALSE(frames[1].present);
        CHECK(frames[1].drag_delta.y == 60);  // the lift's own movement still scrolls
        CHECK_FALSE(frames[2].present);
        CHECK_FALSE(frames[2].dragging);
        for (const auto& f : frames) CHECK_FALSE((f.present && !f.down));
        CHECK(count_clicks(frames) == 0);
    }
    SUBCASE("release in its own frame") {
        PointerInput input(kSlop);
        std::vector<PointerFrame> frames;
        input.push(press_at(100, 100));
        frames.push_back(input.next_frame());
        for (float y = 90; y >= 40; y -= 10) {
            input.push(move_to(100, y));
            frames.push_back(input.next_frame());
        }
        input.push(release_at(100, 40));
        for (const auto& f : drain(input)) frames.push_back(f);
        for (const auto& f : frames) CHECK_FALSE((f.present && !f.down));
        CHECK(count_clicks(frames) == 0);
        float total = 0;
        for (const auto& f : frames) total += f.drag_delta.y;
        CHECK(total == doctest::Approx(-60));
        CHECK_FALSE(frames.back().present);
        CHECK_FALSE(frames.back().dragging);
    }
}

TEST_CASE("small wobble under the slop stays a tap and clicks where the finger lifted") {
    PointerInput input(kSlop);
    input.push(press_at(100, 100));
    input.push(move_to(103, 102));
    input.push(move_to(97, 99));
    input.push(release_at(98, 101));
    const auto frames = drain(input);
    REQUIRE(frames.size() == 3);
    CHECK(frames[0].down);
    CHECK_FALSE(frames[1].down);
    CHECK_FALSE(frames[1].dragging);
    CHECK(frames[1].present);
    CHECK(frames[1].position.x == 98);
    CHECK(frames[1].position.y == 101);
    CHECK(count_clicks(frames) == 1);
}

TEST_CASE("a finger moved exactly the slop distance is still a tap") {
    PointerInput input(kSlop);
    input.push(press_at(0, 0));
    input.next_frame();
    input.push(move_to(6, 8));  // distance 10
    const PointerFrame frame = input.next_frame();
    CHECK_FALSE(frame.dragging);
    CHECK(frame.present);
}

TEST_CASE("set_drag_slop changes how far a finger may move before a press becomes a drag") {
    PointerInput input(kSlop);
    input.set_drag_slop(50);
    input.push(press_at(0, 0));
    input.next_frame();
    input.push(move_to(30, 0));
    CHECK_FALSE(input.next_frame().dragging);
    input.push(move_to(60, 0));
    CHECK(input.next_frame().dragging);
}

TEST_CASE("a new press after a drag starts as a tap, not a drag") {
    PointerInput input(kSlop);
    input.push(press_at(100, 100));
    input.push(move_to(100, 200));
    input.push(release_at(100, 200));
    drain(input);

    input.push(press_at(300, 300));
    input.push(release_at(300, 300));
    const auto frames = drain(input);
    REQUIRE(frames.size() == 3);
    CHECK(frames[0].down);
    CHECK(frames[0].present);
    CHECK_FALSE(frames[0].dragging);
    CHECK(count_clicks(frames) == 1);
}

TEST_CASE("cancel() forgets the press, the drag, queued events and the owed leave") {
    SUBCASE("during a drag with events queued") {
        PointerInput input(kSlop);
        input.push(press_at(0, 0));
        input.next_frame();
        input.push(move_to(0, 100));
        input.next_frame();
        input.push(move_to(0, 120));
        input.push(release_at(0, 120));
        input.cancel();
        CHECK_FALSE(input.pending());
        const PointerFrame frame = input.next_frame();
        CHECK_FALSE(frame.present);
        CHECK_FALSE(frame.down);
        CHECK_FALSE(frame.dragging);
        CHECK(frame.drag_delta.x == 0);
        CHECK(frame.drag_delta.y == 0);

        // The next touch is an ordinary tap.
        input.push(press_at(5, 5));
        input.push(release_at(5, 5));
        CHECK(count_clicks(drain(input)) == 1);
    }
    SUBCASE("right after a lift") {
        PointerInput input(kSlop);
        input.push(press_at(0, 0));
        input.push(release_at(0, 0));
        input.next_frame();
        input.next_frame();
        CHECK(input.pending());
        input.cancel();
        CHECK_FALSE(input.pending());
        CHECK_FALSE(input.next_frame().present);
    }
}

TEST_CASE("Leave while the button is up hides the pointer") {
    PointerInput input(kSlop);
    input.push(move_to(10, 10));
    CHECK(input.next_frame().present);
    input.push(leave());
    const PointerFrame frame = input.next_frame();
    CHECK_FALSE(frame.present);
    CHECK_FALSE(frame.down);
    CHECK_FALSE(input.pending());
}

TEST_CASE("Leave while the button is down does not drop the press") {
    PointerInput input(kSlop);
    input.push(press_at(10, 10));
    input.next_frame();
    input.push(leave());
    const PointerFrame frame = input.next_frame();
    CHECK(frame.down);
    CHECK(frame.present);
}

TEST_CASE("a release without a press changes nothing and clicks nothing") {
    PointerInput input(kSlop);
    input.push(release_at(50, 50));
    const PointerFrame frame = input.next_frame();
    CHECK_FALSE(frame.down);
    CHECK_FALSE(frame.present);
    CHECK_FALSE(input.pending());  // no leave owed for a lift that never happened
}

TEST_CASE("a second press while down is not a second button change") {
    PointerInput input(kSlop);
    input.push(press_at(10, 10));
    input.push(press_at(10, 10));
    input.push(release_at(10, 10));
    const auto frames = drain(input);
    REQUIRE(frames.size() == 3);
    CHECK(frames[0].down);
    CHECK_FALSE(frames[1].down);
    CHECK_FALSE(frames[2].present);
}

TEST_CASE("a frame says when the finger went down and when it came up, once each") {
    haven::PointerInput input(10);
    input.push({haven::PointerEvent::Kind::Press, {5, 5}});
    input.push({haven::PointerEvent::Kind::Move, {6, 5}});
    input.push({haven::PointerEvent::Kind::Release, {6, 5}});
    const haven::PointerFrame down = input.next_frame();
    CHECK(down.pressed);
    CHECK_FALSE(down.released);
    const haven::PointerFrame up = input.next_frame();
    CHECK_FALSE(up.pressed);
    CHECK(up.released);
    const haven::PointerFrame after = input.next_frame();
    CHECK_FALSE(after.pressed);
    CHECK_FALSE(after.released);
}
