#include "core/input/pointer_input.hpp"

#include <cmath>

namespace haven {

void PointerInput::apply_move(Point p) {
    position_ = p;
    present_ = true;
    if (down_ && !dragging_) {
        const float dx = p.x - press_at_.x;
        const float dy = p.y - press_at_.y;
        if (std::sqrt(dx * dx + dy * dy) > slop_) {
            dragging_ = true;
            reported_at_ = press_at_;  // the content follows the finger from where it went down
        }
    }
}

PointerFrame PointerInput::next_frame() {
    PointerFrame frame;
    if (leave_owed_) {
        // The frame after a lift: the pointer leaves so no widget stays hovered.
        leave_owed_ = false;
        present_ = false;
        dragging_ = false;
    }
    while (!queue_.empty()) {
        const PointerEvent event = queue_.front();
        queue_.pop_front();
        bool button_changed = false;
        switch (event.kind) {
        case PointerEvent::Kind::Move:
            apply_move(event.position);
            break;
        case PointerEvent::Kind::Press:
            if (!down_) {
                apply_move(event.position);
                down_ = true;
                dragging_ = false;
                press_at_ = event.position;
                button_changed = true;
                frame.pressed = true;
            }
            break;
        case PointerEvent::Kind::Release:
            if (down_) {
                apply_move(event.position);
                down_ = false;
                leave_owed_ = true;
                button_changed = true;
                frame.released = true;
            }
            break;
        case PointerEvent::Kind::Leave:
            if (!down_) present_ = false;
            break;
        }
        if (button_changed) break;
    }

    frame.down = down_;
    frame.dragging = dragging_;
    // A drag hides the pointer from the widgets: nothing highlights under a moving finger
    // and lifting it clicks nothing.
    frame.present = present_ && !dragging_;
    frame.position = position_;
    if (dragging_) {
        frame.drag_delta = {position_.x - reported_at_.x, position_.y - reported_at_.y};
        reported_at_ = position_;
    }
    return frame;
}

void PointerInput::cancel() {
    queue_.clear();
    down_ = false;
    dragging_ = false;
    present_ = false;
    leave_owed_ = false;
}

} // namespace haven
