#pragma once
// A Session on a virtual clock, driven by script commands. Frames are drawn exactly when
// the live loop would draw them (after input, while animating, at deadlines); between them
// virtual time jumps, so a minute of idle screen costs nothing to simulate.
//
// Headless UI tests use it as it is; `haven --script` adds screenshots through the GPU.

#include "core/session/clock.hpp"
#include "core/script/script_runner.hpp"
#include "session.hpp"

#include <functional>

namespace haven::ui {

class VirtualSession : public ScriptTarget {
public:
    // The frame step while frames are due: a 60 Hz display.
    static constexpr Seconds kFrameStep = 1.0 / 60.0;

    VirtualSession(Session& session, Size screen) : session_(session), screen_(screen) {}

    void pointer(PointerEvent event) override { session_.push(event); }
    void advance(Seconds seconds) override;
    const VisibleText& visible() const override { return session_.ui().visible(); }
    std::string shot(const std::string& path) override;

    // Draws one frame now.
    void draw() {
        session_.frame(clock_.now(), screen_);
        if (after_frame) after_frame(clock_.now());
    }

    // Runs after every frame with the virtual time (sound follows the session here).
    std::function<void(Seconds)> after_frame;

    Seconds now() const { return clock_.now(); }
    Size screen() const { return screen_; }
    Session& session() { return session_; }

private:
    Session& session_;
    Size screen_;
    VirtualClock clock_;
};

} // namespace haven::ui
