#pragma once
// Plays a parsed script against a running session. The session (the real kiosk loop on a
// virtual clock, or a test double) implements ScriptTarget; this file only knows the
// meaning of each command, so scripted runs and the live kiosk share every other line.

#include "core/session/clock.hpp"
#include "core/input/pointer_input.hpp"
#include "core/script/script.hpp"
#include "core/text/visible_text.hpp"

#include <string>
#include <vector>

namespace haven {

class ScriptTarget {
public:
    virtual ~ScriptTarget() = default;
    virtual void pointer(PointerEvent event) = 0;
    // Advances virtual time, drawing the frames the live loop would draw in that time.
    virtual void advance(Seconds seconds) = 0;
    // What the latest frame showed.
    virtual const VisibleText& visible() const = 0;
    // Writes the latest frame as a PNG; returns an error message or an empty string.
    virtual std::string shot(const std::string& path) = 0;
};

// How long a scripted finger rests on the glass, and how long the script lets the screen
// settle after lifting it: long enough for the frames after input to be drawn.
inline constexpr Seconds kTapHold = 0.08;
inline constexpr Seconds kSettleAfterLift = 0.1;
inline constexpr Seconds kDragStep = 1.0 / 60.0;

// Runs every command; a failed command is reported and the script goes on, so one run shows
// every failure. Returns the failures.
std::vector<ScriptError> run_script(const std::vector<ScriptCommand>& commands, ScriptTarget& target);

} // namespace haven
