#pragma once
// What a person could read or tap on the latest frame: every text and labelled widget the
// views drew, with the part of the screen it actually occupies after clipping.
//
// Scripted sessions use it for `tap "Label"` and `expect "Text"`; UI tests use it to find
// widgets. Views record into it as they draw; it holds nothing from earlier frames.

#include "core/input/geometry.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace haven {

struct VisibleItem {
    std::string text;
    Rect rect;           // clipped to what is on screen; never empty
    bool tappable = false;
    float shown = 1;     // the part of its height on screen, 0..1
};

class VisibleText {
public:
    void clear() { items_.clear(); }
    // Records an item; items clipped away entirely are not visible and are dropped.
    void add(std::string_view text, Rect rect, Rect clip, bool tappable);

    // The first tappable item whose text is exactly `label`, or nullptr.
    const VisibleItem* find_widget(std::string_view label) const;
    // True when some visible item contains `needle`.
    bool contains(std::string_view needle) const;
    // The words a person could read on screen now: a text half scrolled away counts half.
    double words_shown() const;

    const std::vector<VisibleItem>& items() const { return items_; }

private:
    std::vector<VisibleItem> items_;
};

} // namespace haven
