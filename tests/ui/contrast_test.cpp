// WCAG contrast from the themes themselves: every text on the surface it is drawn on (7:1,
// AAA), and every control's edge, the chosen option and the breathing circle against what
// surrounds them (3:1, WCAG 1.4.11 non-text contrast).

#include "ui/theme.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>

namespace {

double channel(unsigned value) {
    const double c = value / 255.0;
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(ImU32 colour) {
    return 0.2126 * channel((colour >> IM_COL32_R_SHIFT) & 0xFF) + 0.7152 * channel((colour >> IM_COL32_G_SHIFT) & 0xFF) +
           0.0722 * channel((colour >> IM_COL32_B_SHIFT) & 0xFF);
}

double ratio(ImU32 a, ImU32 b) {
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

void check_theme(const haven::ui::Theme& t) {
    // Text on its surface.
    CHECK(ratio(t.text, t.background) >= 7);
    CHECK(ratio(t.muted_text, t.background) >= 7);
    CHECK(ratio(t.tile_text, t.tile) >= 7);
    CHECK(ratio(t.muted_text, t.tile) >= 4.5);  // a tile's small detail line
    CHECK(ratio(t.button_text, t.button) >= 7);
    CHECK(ratio(t.quiet_button_text, t.quiet_button) >= 7);
    CHECK(ratio(t.text, t.tile) >= 7);           // the keypad's digits in their field
    // Edges of controls against the page (tiles, fields, quiet buttons, keys, the switch).
    CHECK(ratio(t.tile_border, t.background) >= 3);
    CHECK(ratio(t.edge, t.background) >= 3);
    CHECK(ratio(t.edge, t.quiet_button) >= 3);
    // Filled buttons and the chosen option (a tile or text size filled like a button).
    CHECK(ratio(t.button, t.background) >= 3);
    CHECK(ratio(t.button, t.tile) >= 3);
    CHECK(ratio(t.button, t.quiet_button) >= 3);
    // The breathing circle: the room's edge against the page, the breath's edge against the room
    // and against its own fill.
    CHECK(ratio(t.tile_border, t.tile) >= 3);
    CHECK(ratio(t.accent, t.tile) >= 3);
    CHECK(ratio(t.accent, t.tile_pressed) >= 3);
    // The sentence read aloud: its text on the highlight, and the mark beside it on the page.
    CHECK(ratio(t.text, t.highlight) >= 7);
    CHECK(ratio(t.highlight_mark, t.background) >= 3);
    CHECK(ratio(t.highlight_mark, t.highlight) >= 3);
    // QR codes: dark modules on light, whatever the theme.
    CHECK(ratio(t.qr_dark, t.qr_light) >= 15);
}

} // namespace

TEST_CASE("the calm theme: text 7:1, every control's edge and the breathing circle 3:1") {
    check_theme(haven::ui::calm_theme());
}

TEST_CASE("the high-contrast theme: text 7:1, every control's edge and the breathing circle 3:1") {
    check_theme(haven::ui::contrast_theme());
}
