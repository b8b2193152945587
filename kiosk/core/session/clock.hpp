#pragma once
// Time as the kiosk sees it: seconds since an arbitrary start, as a double.
//
// Everything that moves (animation, idle timers, scripted sessions) reads time through
// this interface, so the scripted mode can run the same code on a virtual clock.

namespace haven {

using Seconds = double;

class Clock {
public:
    virtual ~Clock() = default;
    virtual Seconds now() const = 0;
};

// A clock that only moves when told to: scripted sessions and tests.
class VirtualClock final : public Clock {
public:
    Seconds now() const override { return now_; }
    void advance(Seconds by) { now_ += by > 0 ? by : 0; }
    void advance_to(Seconds when) { now_ = when > now_ ? when : now_; }

private:
    Seconds now_ = 0;
};

} // namespace haven
