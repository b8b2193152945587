#pragma once
// What the breathing exercise wants to hear, frame by frame: the UI derives it from the
// patient's state and the audio sink follows it. Cue times come from the same
// BreathingSchedule as the shape on screen.

#include "core/breathing/breathing_schedule.hpp"
#include "core/session/clock.hpp"
#include "core/speech/speech_plan.hpp"

#include <array>
#include <string>
#include <vector>

namespace haven {

// The voice guide's three prompts, in the order of the cues: breathe in, hold, breathe out.
struct VoicePrompts {
    std::string voice;                    // eSpeak NG voice for the patient's language; empty: none
    int words_per_minute = kGuideWordsPerMinute;
    std::array<std::string, 3> words;     // the i18n breathe_in, hold, breathe_out
    std::array<std::string, 3> recorded;  // full paths from breathing.toml [voice]: these win

    bool operator==(const VoicePrompts&) const = default;
};

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
    bool voice_guide = false;  // spoken prompts instead of the tones
    VoicePrompts prompts;

    bool operator==(const SoundPlan&) const = default;
};

} // namespace haven
