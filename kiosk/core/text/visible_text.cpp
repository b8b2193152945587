#include "core/text/visible_text.hpp"

namespace haven {

void VisibleText::add(std::string_view text, Rect rect, Rect clip, bool tappable) {
    const Rect shown = rect.intersect(clip);
    if (shown.empty() || text.empty()) return;
    items_.push_back({std::string(text), shown, tappable});
}

const VisibleItem* VisibleText::find_widget(std::string_view label) const {
    for (const auto& item : items_)
        if (item.tappable && item.text == label) return &item;
    return nullptr;
}

bool VisibleText::contains(std::string_view needle) const {
    for (const auto& item : items_)
        if (item.text.find(needle) != std::string::npos) return true;
    return false;
}

} // namespace haven
