#pragma once
// Sizes in font-size units. Every length in the views is a multiple of `em`, the body text
// height in pixels, which follows the screen (and the patient's text size) so that a
// 1280x800 tablet and a 1920x1080 wall screen show the same layout at a readable size.
// Touch targets also have a physical floor: at least 9 mm and never under 48 px.

#include "core/input/geometry.hpp"
#include "core/session/navigation.hpp"

namespace haven::ui {

// Pixels per millimetre when the screen does not say (96 dpi).
inline constexpr float kDefaultPxPerMm = 96.0f / 25.4f;
inline constexpr float kMinTargetMm = 9.0f;
inline constexpr float kMinTargetPx = 48.0f;

struct Metrics {
    float em = 24;  // body text size in pixels
    Size display;
    float px_per_mm = kDefaultPxPerMm;
    float min_target = kMinTargetPx;  // the smallest touch target, in pixels

    float operator()(float ems) const { return ems * em; }
    // A touch target's side: `ems`, but never below the physical minimum.
    float target(float ems) const { return ems * em > min_target ? ems * em : min_target; }
};

// The body text size for a screen: about a 34th of its shorter side (never below 18 px),
// scaled by the patient's text size. `px_per_mm` <= 0 means unknown.
Metrics metrics_for(Size display, TextSize text_size = TextSize::Medium, float px_per_mm = 0);

} // namespace haven::ui
