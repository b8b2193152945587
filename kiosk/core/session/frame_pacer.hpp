#pragma once
// Decides when the kiosk draws its next frame, so that it sleeps when nothing moves.
//
// A frame is drawn at once when input arrived (and for a few frames after it, because ImGui
// settles hover and layout over a couple of frames), while something animates, or when a
// timer (idle prompt, reload, banner) falls due. Otherwise the loop sleeps until an event.

#include "core/session/clock.hpp"

#include <limits>

namespace haven {

inline constexpr Seconds kForever = std::numeric_limits<Seconds>::infinity();

class FramePacer {
public:
    explicit FramePacer(int frames_after_input = 3) : frames_after_input_(frames_after_input) {}

    // Input (or any outside change) arrived: draw now and for a few more frames.
    void on_input() { owed_frames_ = frames_after_input_; }

    // A frame was drawn. `animating`: the frame wants the next one at display rate.
    // `next_deadline`: absolute time at which something the frame showed will change.
    void on_frame(bool animating, Seconds next_deadline) {
        if (owed_frames_ > 0) --owed_frames_;
        animating_ = animating;
        deadline_ = next_deadline;
    }

    // How long to sleep before the next frame: 0 means draw now, kForever means sleep until
    // an event wakes the loop.
    Seconds wait(Seconds now) const {
        if (owed_frames_ > 0 || animating_) return 0;
        if (deadline_ == kForever) return kForever;
        return deadline_ > now ? deadline_ - now : 0;
    }

private:
    int frames_after_input_;
    int owed_frames_ = 1;  // draw the first frame
    bool animating_ = false;
    Seconds deadline_ = kForever;
};

} // namespace haven
