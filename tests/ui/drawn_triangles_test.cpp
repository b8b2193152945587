// The screens paint no background of their own: the renderer clears to the theme's, and the
// clear counts as the first triangle of a frame, so that the damage tracker draws everything
// again when it changes (high contrast on or off), and nothing when it does not.

#include "core/drawing/frame_damage.hpp"
#include "ui/drawn_triangles.hpp"
#include "ui/theme.hpp"
#include "ui_harness.hpp"

#include <doctest/doctest.h>
#include <imgui.h>

#include <vector>

using namespace haven;

namespace {

// How many of the frame's triangles (the clear left out) cover the whole screen.
int whole_screen_triangles(const std::vector<DrawnTriangle>& frame, Size screen) {
    int n = 0;
    for (size_t i = 1; i < frame.size(); ++i)
        if (frame[i].bounds.x0 <= 0 && frame[i].bounds.y0 <= 0 && frame[i].bounds.x1 >= screen.width &&
            frame[i].bounds.y1 >= screen.height)
            ++n;
    return n;
}

} // namespace

TEST_CASE("the clear colour is the theme's, drawn first over the whole screen; no screen paints it again") {
    const Size screen{1280, 800};
    test::UiHarness ui(test::sample_content(3, 2), screen);
    REQUIRE(ui.run("wait 100") == "");
    CHECK(ui.session().ui().background() == ui::calm_theme().background);
    std::vector<DrawnTriangle> calm, same, other;
    REQUIRE(ui::drawn_triangles(*ui.session().ui().draw_data(), ui.session().ui().background(), calm));
    REQUIRE(ui::drawn_triangles(*ui.session().ui().draw_data(), ui.session().ui().background(), same));
    REQUIRE(ui::drawn_triangles(*ui.session().ui().draw_data(), ui::contrast_theme().background, other));
    REQUIRE(calm.size() > 1);
    CHECK(calm[0].bounds.x0 == 0);
    CHECK(calm[0].bounds.x1 == screen.width);
    CHECK(calm[0].bounds.y1 == screen.height);
    CHECK(whole_screen_triangles(calm, screen) == 0);
    CHECK(damage_between(calm, same, screen).kind == FrameDamage::Kind::None);
    CHECK(damage_between(calm, other, screen).kind == FrameDamage::Kind::Whole);

    REQUIRE(ui.run("tap \"High contrast\"\nwait 100") == "");
    CHECK(ui.session().ui().background() == ui::contrast_theme().background);
    REQUIRE(ui::drawn_triangles(*ui.session().ui().draw_data(), ui.session().ui().background(), other));
    CHECK(whole_screen_triangles(other, screen) == 0);
}
