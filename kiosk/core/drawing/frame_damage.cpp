#include "frame_damage.hpp"

#include <algorithm>
#include <cmath>

namespace haven {
namespace {

Rect whole_screen(Size screen) { return {0, 0, static_cast<float>(screen.width), static_cast<float>(screen.height)}; }

FrameDamage whole(Size screen) { return {FrameDamage::Kind::Whole, whole_screen(screen)}; }

void grow(Rect& box, bool& any, const Rect& r) {
    if (r.empty()) return;
    if (!any) {
        box = r;
        any = true;
        return;
    }
    box = {std::min(box.x0, r.x0), std::min(box.y0, r.y0), std::max(box.x1, r.x1), std::max(box.y1, r.y1)};
}

}  // namespace

FrameDamage damage_between(const std::vector<DrawnTriangle>& before, const std::vector<DrawnTriangle>& after,
                           Size screen, float whole_share) {
    if (screen.width <= 0 || screen.height <= 0) return whole(screen);
    const size_t shorter = std::min(before.size(), after.size());
    size_t prefix = 0;
    while (prefix < shorter && before[prefix].key == after[prefix].key) ++prefix;
    size_t suffix = 0;
    while (suffix < shorter - prefix &&
           before[before.size() - 1 - suffix].key == after[after.size() - 1 - suffix].key)
        ++suffix;

    Rect box;
    bool any = false;
    for (size_t i = prefix; i + suffix < before.size(); ++i) grow(box, any, before[i].bounds);
    for (size_t i = prefix; i + suffix < after.size(); ++i) grow(box, any, after[i].bounds);
    if (!any) return {FrameDamage::Kind::None, {}};

    // Whole pixels, one more on every side: a triangle's edge is blended into the pixel it
    // crosses, and rounding must never leave a sliver of the old frame.
    box = Rect{std::floor(box.x0) - 1, std::floor(box.y0) - 1, std::ceil(box.x1) + 1, std::ceil(box.y1) + 1}
              .intersect(whole_screen(screen));
    if (box.empty()) return {FrameDamage::Kind::None, {}};
    const float area = (box.x1 - box.x0) * (box.y1 - box.y0);
    if (area > whole_share * static_cast<float>(screen.width) * static_cast<float>(screen.height)) return whole(screen);
    return {FrameDamage::Kind::Region, box};
}

FrameDamage FrameDamageTracker::next(std::vector<DrawnTriangle>& frame, Size screen) {
    const bool same_screen = screen.width == screen_.width && screen.height == screen_.height;
    const FrameDamage damage = valid_ && same_screen ? damage_between(shown_, frame, screen) : whole(screen);
    shown_.swap(frame);
    screen_ = screen;
    valid_ = true;
    return damage;
}

} // namespace haven
