#pragma once
// A flicked list keeps gliding and slows down, as on a phone. The glide is a function of
// absolute time since the finger lifted (an exponential ease-out), so it looks the same at
// any frame rate and a scripted run reproduces it exactly.

#include "core/session/clock.hpp"

#include <cmath>
#include <deque>

namespace haven {

class ScrollInertia {
public:
    static constexpr Seconds kTimeConstant = 0.33;   // how quickly a glide slows
    static constexpr double kStopSpeed = 30;         // px/s: slower than this is still
    static constexpr Seconds kVelocityWindow = 0.1;  // recent movement that sets the speed

    // The finger moved `dy` pixels while dragging.
    void drag(Seconds now, float dy) {
        samples_.push_back({now, dy});
        while (!samples_.empty() && now - samples_.front().at > kVelocityWindow) samples_.pop_front();
        gliding_ = false;
    }

    // The finger lifted at the end of a drag: glide at the speed it was moving.
    void release(Seconds now) {
        double distance = 0;
        for (const auto& s : samples_)
            if (now - s.at <= kVelocityWindow) distance += s.dy;
        samples_.clear();
        velocity_ = distance / kVelocityWindow;
        gliding_ = std::abs(velocity_) >= kStopSpeed;
        start_ = now;
        travelled_ = 0;
    }

    // A new touch stops the glide at once.
    void stop() {
        gliding_ = false;
        samples_.clear();
    }

    // The distance to scroll this frame.
    float step(Seconds now) {
        if (!gliding_) return 0;
        const Seconds t = now - start_;
        const double total = velocity_ * kTimeConstant * (1 - std::exp(-t / kTimeConstant));
        const double dy = total - travelled_;
        travelled_ = total;
        if (std::abs(velocity_ * std::exp(-t / kTimeConstant)) < kStopSpeed) gliding_ = false;
        return static_cast<float>(dy);
    }

    bool gliding() const { return gliding_; }

private:
    struct Sample {
        Seconds at;
        float dy;
    };
    std::deque<Sample> samples_;
    bool gliding_ = false;
    double velocity_ = 0;
    Seconds start_ = 0;
    double travelled_ = 0;
};

} // namespace haven
