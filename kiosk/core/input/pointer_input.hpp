#pragma once
// Turns raw touch/mouse events into what each UI frame should see.
//
// Dear ImGui 1.86 has no input queue: it reads one pointer position and one button state per
// frame, so a press and release that arrive between two frames would be lost. This class
// queues events and hands out at most one button change per frame. It also decides tap
// versus drag, which ImGui cannot: once a finger moves further than the slop, the press is a
// drag, the widgets stop seeing the pointer (so lifting never clicks) and the movement is
// reported for scrolling instead. After a finger lifts, the pointer leaves the screen so
// nothing stays highlighted.

#include "core/input/geometry.hpp"

#include <deque>

namespace haven {

struct PointerEvent {
    enum class Kind { Move, Press, Release, Leave };
    Kind kind = Kind::Move;
    Point position;
};

struct PointerFrame {
    bool present = false;   // false: the pointer is off-screen for the widgets
    Point position;         // meaningful only when present
    bool down = false;      // the primary button or finger is down
    bool pressed = false;   // the button or finger went down in this frame
    bool released = false;  // ... or came up in this frame
    bool dragging = false;  // the current press has become a drag (still true in the frame it ends)
    Point drag_delta;       // finger movement since the previous frame while dragging
};

class PointerInput {
public:
    explicit PointerInput(float drag_slop_px) : slop_(drag_slop_px) {}

    void set_drag_slop(float px) { slop_ = px; }
    void push(PointerEvent event) { queue_.push_back(event); }

    // Consumes queued events up to and including the next button change.
    PointerFrame next_frame();

    // True when queued events (or the pointer leaving after a lift) still need a frame.
    bool pending() const { return !queue_.empty() || leave_owed_; }

    // Forgets any press in progress (e.g. when the screen is hidden or reset).
    void cancel();

private:
    void apply_move(Point p);

    std::deque<PointerEvent> queue_;
    float slop_;
    Point position_;
    bool present_ = false;
    bool down_ = false;
    bool dragging_ = false;
    bool leave_owed_ = false;
    Point press_at_;
    Point reported_at_;  // where the last frame's drag delta ended
};

} // namespace haven
