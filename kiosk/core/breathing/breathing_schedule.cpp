#include "core/breathing/breathing_schedule.hpp"

#include <algorithm>
#include <cmath>

namespace haven {
namespace {

// A slow start and a slow finish, like a breath.
double ease(double t) { return 0.5 - 0.5 * std::cos(std::clamp(t, 0.0, 1.0) * 3.14159265358979323846); }

} // namespace

BreathingSchedule::BreathingSchedule(const BreathingPattern& pattern, int minutes) {
    const std::pair<BreathPhase, Seconds> all[] = {
        {BreathPhase::In, pattern.inhale},
        {BreathPhase::HoldIn, pattern.hold_in},
        {BreathPhase::Out, pattern.exhale},
        {BreathPhase::HoldOut, pattern.hold_out},
    };
    for (const auto& [phase, length] : all) {
        if (length > 0) {
            phases_.push_back({phase, length});
            cycle_ += length;
        }
    }
    if (phases_.empty()) {  // a pattern the loader would refuse; keep the schedule usable
        phases_ = {{BreathPhase::In, 4}, {BreathPhase::Out, 6}};
        cycle_ = 10;
    }
    cycles_ = std::max(1, static_cast<int>(std::lround(std::max(1, minutes) * 60.0 / cycle_)));
}

BreathMoment BreathingSchedule::at(Seconds elapsed) const {
    BreathMoment m;
    if (elapsed >= total()) {
        m.finished = true;
        m.cycle = cycles_ - 1;
        m.phase = phases_.back().phase;
        m.progress = 1;
        m.fullness = 0;
        return m;
    }
    elapsed = std::max<Seconds>(0, elapsed);
    // Whole cycles by division, not by adding up lengths: no drift however long the session.
    m.cycle = static_cast<int>(elapsed / cycle_);
    Seconds into = elapsed - m.cycle * cycle_;
    Seconds start = m.cycle * cycle_;
    for (const Phase& p : phases_) {
        if (into < p.length || &p == &phases_.back()) {
            m.phase = p.phase;
            m.phase_start = start;
            m.phase_length = p.length;
            m.progress = std::clamp(into / p.length, 0.0, 1.0);
            m.count = static_cast<int>(into) + 1;
            break;
        }
        into -= p.length;
        start += p.length;
    }
    switch (m.phase) {
    case BreathPhase::In: m.fullness = ease(m.progress); break;
    case BreathPhase::HoldIn: m.fullness = 1; break;
    case BreathPhase::Out: m.fullness = 1 - ease(m.progress); break;
    case BreathPhase::HoldOut: m.fullness = 0; break;
    }
    return m;
}

std::vector<BreathCue> BreathingSchedule::cues() const {
    std::vector<BreathCue> out;
    for (int c = 0; c < cycles_; ++c) {
        Seconds start = c * cycle_;
        for (const Phase& p : phases_) {
            out.push_back({start, p.phase});
            start += p.length;
        }
    }
    return out;
}

const char* phase_word(BreathPhase phase) {
    switch (phase) {
    case BreathPhase::In: return "Breathe in";
    case BreathPhase::HoldIn:
    case BreathPhase::HoldOut: return "Hold";
    case BreathPhase::Out: return "Breathe out";
    }
    return "";
}

} // namespace haven
