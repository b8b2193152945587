#pragma once
// The guided breathing exercise as a function of time: which phase, how far into it, how
// full the lungs (and so the on-screen shape) should be, and when each phase starts. The
// visual guide and the sound cues both read this one schedule, so they cannot drift apart.

#include "core/session/clock.hpp"
#include "core/content/content_model.hpp"

#include <vector>

namespace haven {

enum class BreathPhase { In, HoldIn, Out, HoldOut };

struct BreathMoment {
    BreathPhase phase = BreathPhase::In;
    int cycle = 0;             // 0-based
    Seconds phase_start = 0;   // since the exercise began
    Seconds phase_length = 0;
    double progress = 0;       // 0..1 through the phase
    double fullness = 0;       // 0 (empty) .. 1 (full): the shape's size, eased
    int count = 1;             // the gentle count: whole seconds into the phase, from 1
    bool finished = false;     // past the end of the exercise
};

struct BreathCue {
    Seconds at = 0;  // since the exercise began
    BreathPhase phase = BreathPhase::In;
};

class BreathingSchedule {
public:
    // Whole breaths that fill about `minutes` (at least one).
    BreathingSchedule(const BreathingPattern& pattern, int minutes);

    Seconds cycle_length() const { return cycle_; }
    Seconds total() const { return static_cast<Seconds>(cycles_) * cycle_; }
    int cycles() const { return cycles_; }

    BreathMoment at(Seconds elapsed) const;
    // Every phase start in order (zero-length holds have none): where the sound cues go.
    std::vector<BreathCue> cues() const;

private:
    struct Phase {
        BreathPhase phase;
        Seconds length;
    };
    std::vector<Phase> phases_;  // one cycle, zero-length holds left out
    Seconds cycle_ = 0;
    int cycles_ = 1;
};

const char* phase_word(BreathPhase phase);

} // namespace haven
