// The breathing schedule: one function of time for the shape, the words and the cues.

#include "core/breathing/breathing_schedule.hpp"
#include "core/session/navigation.hpp"

#include <doctest/doctest.h>

#include <cmath>

using haven::BreathingPattern;
using haven::BreathingSchedule;
using haven::BreathPhase;

TEST_CASE("every default pattern cycles through its phases at the right times") {
    struct Expect {
        const char* name;
        double cycle;
        int phases;
    };
    const Expect expected[] = {{"Calm", 10, 2}, {"Box", 16, 4}, {"4-7-8", 19, 3}, {"Coherent", 11, 2}};
    const auto patterns = haven::default_breathing_patterns();
    REQUIRE(patterns.size() == 4);
    for (size_t i = 0; i < patterns.size(); ++i) {
        CAPTURE(patterns[i].name);
        CHECK(patterns[i].name == expected[i].name);
        const BreathingSchedule s(patterns[i], 3);
        CHECK(s.cycle_length() == doctest::Approx(expected[i].cycle));
        CHECK(s.cues().size() == static_cast<size_t>(expected[i].phases * s.cycles()));
        // About three minutes of whole breaths.
        CHECK(std::abs(s.total() - 180) <= s.cycle_length() / 2 + 1e-9);
        CHECK(std::fmod(s.total(), s.cycle_length()) == doctest::Approx(0));
    }
}

TEST_CASE("box breathing: in 4, hold 4, out 4, hold 4, with the shape following") {
    const BreathingSchedule s({"Box", 4, 4, 4, 4, 1}, 1);
    CHECK(s.at(0).phase == BreathPhase::In);
    CHECK(s.at(0).fullness == doctest::Approx(0));
    CHECK(s.at(2).fullness == doctest::Approx(0.5));
    CHECK(s.at(3.99).phase == BreathPhase::In);
    CHECK(s.at(4.0).phase == BreathPhase::HoldIn);
    CHECK(s.at(5).fullness == doctest::Approx(1));
    CHECK(s.at(8.5).phase == BreathPhase::Out);
    CHECK(s.at(10).fullness == doctest::Approx(0.5));
    CHECK(s.at(12.5).phase == BreathPhase::HoldOut);
    CHECK(s.at(12.5).fullness == doctest::Approx(0));
    CHECK(s.at(16.2).phase == BreathPhase::In);
    CHECK(s.at(16.2).cycle == 1);
    CHECK(s.at(2.5).count == 3);  // the gentle count: third second of breathing in
    CHECK(s.at(4.1).count == 1);
}

TEST_CASE("zero-length holds are left out of the phases and the cues") {
    const BreathingSchedule s({"Calm", 4, 0, 6, 0, 1}, 1);
    for (const auto& cue : s.cues()) CHECK((cue.phase == BreathPhase::In || cue.phase == BreathPhase::Out));
    CHECK(s.at(4.0).phase == BreathPhase::Out);
}

TEST_CASE("a 4-7-8 breath holds after breathing in and not after breathing out") {
    const BreathingSchedule s({"4-7-8", 4, 7, 8, 0, 1}, 1);
    CHECK(s.at(5).phase == BreathPhase::HoldIn);
    CHECK(s.at(11.5).phase == BreathPhase::Out);
    CHECK(s.at(19.5).phase == BreathPhase::In);
}

TEST_CASE("1, 3 and 5 minutes give whole breaths of about that long, never none") {
    const BreathingPattern calm{"Calm", 4, 0, 6, 0, 3};
    CHECK(BreathingSchedule(calm, 1).total() == doctest::Approx(60));
    CHECK(BreathingSchedule(calm, 3).total() == doctest::Approx(180));
    CHECK(BreathingSchedule(calm, 5).total() == doctest::Approx(300));
    const BreathingPattern slow{"Slow", 20, 20, 20, 20, 1};
    CHECK(BreathingSchedule(slow, 1).cycles() == 1);
    CHECK(BreathingSchedule(calm, 0).cycles() >= 1);
}

TEST_CASE("the schedule ends: finished after the last breath, with the shape at rest") {
    const BreathingSchedule s({"Calm", 4, 0, 6, 0, 1}, 1);
    CHECK_FALSE(s.at(59.9).finished);
    CHECK(s.at(60).finished);
    CHECK(s.at(1e6).finished);
    CHECK(s.at(60).fullness == 0);
}

TEST_CASE("no drift over long sessions: the 1000th cue is exactly where arithmetic says") {
    const BreathingSchedule s({"Coherent", 5.5, 0, 5.5, 0, 30}, 30);
    const auto cues = s.cues();
    REQUIRE(cues.size() > 300);
    for (size_t k = 0; k < cues.size(); ++k) CHECK(cues[k].at == doctest::Approx(5.5 * static_cast<double>(k)).epsilon(1e-12));
    // Sampled at the display's rate for 30 minutes, phase changes land on the cues.
    int changes = 0;
    BreathPhase last = s.at(0).phase;
    for (int frame = 1; frame < 30 * 60 * 60; ++frame) {
        const double t = frame / 60.0;
        const auto m = s.at(t);
        if (m.finished) break;
        if (m.phase != last) {
            ++changes;
            CHECK(std::abs(m.phase_start - cues[static_cast<size_t>(changes)].at) < 1e-9);
            CHECK(t - m.phase_start < 1.0 / 60 + 1e-9);
        }
        last = m.phase;
    }
    CHECK(changes == static_cast<int>(cues.size()) - 1);
}

TEST_CASE("pausing stops the exercise's clock and resuming continues where it stopped") {
    haven::Content content;
    content.breathing = haven::default_breathing_patterns();
    haven::Navigation nav;
    auto at = [](haven::Action a, double t) { a.at = t; return a; };
    haven::apply(nav, haven::Action::make(haven::Action::Kind::OpenBreathing), content);
    haven::apply(nav, at(haven::Action::make(haven::Action::Kind::StartBreathing), 100), content);
    CHECK(nav.breathing.elapsed(103) == doctest::Approx(3));
    haven::apply(nav, at(haven::Action::make(haven::Action::Kind::PauseBreathing), 105), content);
    CHECK(nav.breathing.elapsed(200) == doctest::Approx(5));
    haven::apply(nav, at(haven::Action::make(haven::Action::Kind::ResumeBreathing), 200), content);
    CHECK(nav.breathing.elapsed(201) == doctest::Approx(6));
    haven::apply(nav, at(haven::Action::make(haven::Action::Kind::PauseBreathing), 210), content);
    haven::apply(nav, at(haven::Action::make(haven::Action::Kind::ResumeBreathing), 220), content);
    CHECK(nav.breathing.elapsed(230) == doctest::Approx(25));
}
