#pragma once
// How long the kiosk waits without a touch before "Still reading?": long enough for a slow
// reader to finish what is on screen (WCAG 2.2.1), never shorter than the clinic's idle time
// and never longer than its limit, because a card left on screen can be read by the next
// person in the waiting room.

#include "core/session/clock.hpp"

namespace haven {

// A slow reader's pace: about 100 words a minute (adults read 200-250; people reading in a
// second language, with low literacy or poor sight, often half that).
inline constexpr double kSlowWordsPerSecond = 100.0 / 60.0;
// Time to take in a screen before reading it: finding the start, a picture, a heading.
inline constexpr Seconds kTakeInSeconds = 10;

// The wait before the prompt for `words` on screen, within [shortest, longest].
Seconds reading_time(double words, Seconds shortest, Seconds longest);

} // namespace haven
