#include "virtual_session.hpp"

namespace haven::ui {

void VirtualSession::advance(Seconds seconds) {
    const Seconds end = clock_.now() + seconds;
    for (;;) {
        const Seconds wait = session_.wait(clock_.now());
        const Seconds next = clock_.now() + (wait > 0 ? wait : kFrameStep);
        if (next > end + 1e-9) break;
        clock_.advance_to(next);
        draw();
    }
    clock_.advance_to(end);
    const bool waiting = session_.wait(clock_.now()) > 0;
    if (after_frame) after_frame(clock_.now());  // time moved on without a frame
    // When that woke the session (the voice moved on to another sentence), the frame is drawn
    // now, as the live loop, woken, would draw it.
    if (waiting && session_.wait(clock_.now()) <= 0) draw();
}

std::string VirtualSession::shot(const std::string&) { return "screenshots need a GPU renderer (haven --script)"; }

} // namespace haven::ui
