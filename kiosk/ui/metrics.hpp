#pragma once
// Sizes in font-size units. Every length in the views is a multiple of `em`, the body text's
// em square in pixels (the letters as drawn, not the line), which follows the screen and the
// patient's text size so that a 1280x800 tablet and a 1920x1080 wall screen show the same
// layout at a readable size. Text and touch targets also have physical floors in
// millimetres, so a small, dense panel (a 7-inch 1024x600) still reads and taps well.

#include "core/input/geometry.hpp"
#include "core/session/navigation.hpp"

namespace haven::ui {

// Pixels per millimetre when the screen does not say (96 dpi).
inline constexpr float kDefaultPxPerMm = 96.0f / 25.4f;
inline constexpr float kMinTargetMm = 9.0f;
inline constexpr float kMinTargetPx = 48.0f;
// Between two touch targets: enough that a finger aimed at one does not land on the other.
inline constexpr float kMinTargetGapMm = 2.5f;
// Body text at Medium is never smaller than this em square: about 12-point print read from
// a touch screen's arm's length rather than a book's distance.
inline constexpr float kMinBodyMm = 4.0f;

struct Metrics {
    float em = 24;  // body text em square in pixels
    Size display;
    float px_per_mm = kDefaultPxPerMm;
    float min_target = kMinTargetPx;  // the smallest touch target, in pixels
    float min_gap = 10;               // the smallest gap between touch targets, in pixels

    float operator()(float ems) const { return ems * em; }
    // A touch target's side: `ems`, but never below the physical minimum.
    float target(float ems) const { return ems * em > min_target ? ems * em : min_target; }
    // The gap between neighbouring touch targets: `ems`, but never below the physical minimum.
    float gap(float ems) const { return ems * em > min_gap ? ems * em : min_gap; }
    // A length in millimetres on this screen.
    float mm(float pixels) const { return pixels / px_per_mm; }
};

// How much bigger or smaller each of the patient's text sizes is than Medium.
float text_scale(TextSize text_size);

// The body text size for a screen: a 40th of its shorter side, never below kMinBodyMm on the
// real screen nor 16 px, scaled by the patient's text size. `px_per_mm` <= 0 means unknown.
Metrics metrics_for(Size display, TextSize text_size = TextSize::Medium, float px_per_mm = 0);

} // namespace haven::ui
