#include "metrics.hpp"

#include <algorithm>
#include <cmath>

namespace haven::ui {

float text_scale(TextSize text_size) {
    switch (text_size) {
    case TextSize::Small: return 0.85f;
    case TextSize::Medium: return 1.0f;
    case TextSize::Large: return 1.25f;
    }
    return 1.0f;
}

Metrics metrics_for(Size display, TextSize text_size, float px_per_mm) {
    Metrics m;
    m.display = display;
    m.px_per_mm = px_per_mm > 0 ? px_per_mm : kDefaultPxPerMm;
    // Follow the shorter side so portrait screens read the same; round to whole pixels so the
    // font atlas is only rebuilt when something really changes.
    const float shorter = static_cast<float>(std::min(display.width, display.height));
    const float medium = std::max({shorter / 40.0f, kMinBodyMm * m.px_per_mm, 16.0f});
    m.em = std::round(std::clamp(medium, 16.0f, 64.0f) * text_scale(text_size));
    m.em = std::max(m.em, 14.0f);
    m.min_target = std::max(kMinTargetPx, kMinTargetMm * m.px_per_mm);
    m.min_gap = std::max(8.0f, kMinTargetGapMm * m.px_per_mm);
    return m;
}

} // namespace haven::ui
