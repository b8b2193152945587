#pragma once
// The guided breathing exercise: choose a pattern and a length, then a large shape that
// grows while breathing in, rests on holds and shrinks while breathing out, with the
// phase word and a gentle count; pause, stop, and a short closing screen.

#include "core/breathing/breathing_schedule.hpp"
#include "core/content/content_model.hpp"
#include "core/session/navigation.hpp"
#include "view_context.hpp"

namespace haven::ui {

// `now` is the kiosk's clock, from which the exercise's position is computed each frame.
// `sound_available`: whether the kiosk can play sound at all; `voice_available`: whether it
// can also speak the prompts (the voice guide's switch).
Action breathing_view(ViewContext& ctx, const Content& content, const Navigation& nav, Seconds now,
                      bool sound_available, bool voice_available = false);

// The schedule the exercise in `nav` follows.
BreathingSchedule breathing_schedule_for(const Content& content, const Navigation& nav);

} // namespace haven::ui
