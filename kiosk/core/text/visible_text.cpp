#include "core/text/visible_text.hpp"

namespace haven {

void VisibleText::add(std::string_view text, Rect rect, Rect clip, bool tappable) {
    const Rect shown = rect.intersect(clip);
    if (shown.empty() || text.empty()) return;
    const float full = rect.y1 - rect.y0;
    const float part = full > 0 ? (shown.y1 - shown.y0) / full : 1;
    items_.push_back({std::string(text), shown, tappable, part});
}

double VisibleText::words_shown() const {
    double words = 0;
    for (const auto& item : items_) {
        int n = 0;
        bool in_word = false;
        for (const char c : item.text) {
            const bool space = c == ' ' || c == '\n' || c == '\t';
            if (!space && !in_word) ++n;
            in_word = !space;
        }
        words += n * static_cast<double>(item.shown);
    }
    return words;
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
