#pragma once
// Screens that cover everything else: the quick-hide screen (neutral, nothing of what was
// on screen) and the "Still reading?" prompt before an idle reset. A tap on them is theirs
// alone: it never reaches a button beneath.

#include "core/session/clock.hpp"
#include "core/session/navigation.hpp"
#include "view_context.hpp"

namespace haven::ui {

// The neutral screen after "Hide screen": "Continue reading" goes back where the patient was,
// "Start again" goes home and forgets it.
Action hidden_view(ViewContext& ctx);

// The idle prompt over the current screen. Returns true when the patient says they are
// still here (a tap anywhere on it).
bool idle_prompt(ViewContext& ctx, Seconds seconds_left);

} // namespace haven::ui
