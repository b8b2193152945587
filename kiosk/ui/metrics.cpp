#include "metrics.hpp"

#include <algorithm>
#include <cmath>

namespace haven::ui {

Metrics metrics_for(Size display) {
    Metrics m;
    m.display = display;
    // Follow the shorter side so portrait screens read the same; round to whole pixels so the
    // font atlas is only rebuilt when the screen really changes.
    const float shorter = static_cast<float>(std::min(display.width, display.height));
    m.em = std::clamp(std::round(shorter / 34.0f), 18.0f, 64.0f);
    return m;
}

} // namespace haven::ui
