#pragma once
// What every view needs to draw one frame: sizes, fonts, colours, the record of what is
// visible (for scripts and tests) and the finger's drag for scrolling.

#include "core/visible_text.hpp"
#include "fonts.hpp"
#include "metrics.hpp"
#include "theme.hpp"

namespace haven::ui {

struct ViewContext {
    const Metrics& m;
    const Fonts& fonts;
    const Theme& theme;
    VisibleText& seen;
    float drag_dy = 0;  // vertical finger movement this frame while dragging, for scrolling
};

} // namespace haven::ui
