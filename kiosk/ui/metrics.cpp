#include "metrics.hpp"

#include <algorithm>
#include <cmath>

namespace haven::ui {

Metrics metrics_for(Size display, TextSize text_size, float px_per_mm) {
    Metrics m;
    m.display = display;
    const float scale = text_size == TextSize::Small ? 0.85f : text_size == TextSize::Large ? 1.25f : 1.0f;
    // Follow the shorter side so portrait screens read the same; round to whole pixels so the
    // font atlas is only rebuilt when something really changes.
    const float shorter = static_cast<float>(std::min(display.width, display.height));
    m.em = std::round(std::clamp(shorter / 34.0f, 18.0f, 64.0f) * scale);
    m.em = std::max(m.em, 16.0f);
    m.px_per_mm = px_per_mm > 0 ? px_per_mm : kDefaultPxPerMm;
    m.min_target = std::max(kMinTargetPx, kMinTargetMm * m.px_per_mm);
    return m;
}

} // namespace haven::ui
