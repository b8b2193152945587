#pragma once
// When a patient walks away: after the clinic's idle time with no touch, a "Still reading?"
// prompt with at least 20 s to answer (WCAG 2.2.1 "Timing adjustable"), then the kiosk
// goes back home and forgets everything.

#include "core/session/clock.hpp"

namespace haven {

class IdlePolicy {
public:
    static constexpr Seconds kMinAnswerTime = 20;
    static constexpr Seconds kDefaultAnswerTime = 30;

    enum class State { Active, Prompting, Expired };

    explicit IdlePolicy(Seconds idle_timeout = 60, Seconds answer_time = kDefaultAnswerTime)
        : timeout_(idle_timeout), answer_(answer_time < kMinAnswerTime ? kMinAnswerTime : answer_time) {}

    void set_timeout(Seconds idle_timeout) { timeout_ = idle_timeout; }

    // A touch: the patient is here.
    void touched(Seconds now) { last_touch_ = now; }

    State state(Seconds now) const {
        const Seconds quiet = now - last_touch_;
        if (quiet < timeout_) return State::Active;
        return quiet < timeout_ + answer_ ? State::Prompting : State::Expired;
    }

    // Seconds left to answer the prompt (for the countdown), 0 when not prompting.
    Seconds answer_time_left(Seconds now) const {
        return state(now) == State::Prompting ? timeout_ + answer_ - (now - last_touch_) : 0;
    }

    // When the state will next change on its own.
    Seconds next_change(Seconds now) const {
        switch (state(now)) {
        case State::Active: return last_touch_ + timeout_;
        case State::Prompting: return last_touch_ + timeout_ + answer_;
        case State::Expired: return now;
        }
        return now;
    }

private:
    Seconds timeout_;
    Seconds answer_;
    Seconds last_touch_ = 0;
};

} // namespace haven
