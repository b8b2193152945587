#pragma once
// Sizes in font-size units. Every length in the views is a multiple of `em`, the body text
// height in pixels, which follows the screen so that a 1280x800 tablet and a 1920x1080 wall
// screen show the same layout at a readable size.

#include "core/geometry.hpp"

namespace haven::ui {

struct Metrics {
    float em = 24;          // body text size in pixels
    Size display;

    float operator()(float ems) const { return ems * em; }
};

// The body text size for a screen: about a 34th of its height, never below 18 px.
Metrics metrics_for(Size display);

} // namespace haven::ui
