#pragma once
// What the breathing exercise wants to hear, frame by frame: the UI derives it from the
// patient's state and the audio sink follows it. Cue times come from the same
// BreathingSchedule as the shape on screen.

#include "core/breathing/breathing_schedule.hpp"
#include "core/session/clock.hpp"

#include <string>
#include <vector>

namespace haven {

struct SoundPlan {
    bool playing = false;      // an exercise is under way with sound on
    bool paused = false;
    int run = 0;               // changes each time an exercise starts
    Seconds started = 0;       // the kiosk's clock at the start
    Seconds paused_at = 0;     // when paused (paused)
    Seconds paused_for = 0;    // total pause so far
    std::vector<BreathCue> cues;
    double volume = 0.6;       // 0..1, within the clinic's maximum
    std::string ambient;       // full path of an optional background track, or empty

    bool operator==(const SoundPlan&) const = default;
};

} // namespace haven
