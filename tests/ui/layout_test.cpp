// Layout at the screens Haven is built for: readable text, touch-sized targets, nothing
// off screen.

#include "ui_harness.hpp"

#include "ui/metrics.hpp"

#include <doctest/doctest.h>

#include <imgui.h>

using haven::Size;
using haven::test::sample_content;
using haven::test::UiHarness;

TEST_CASE("every tappable widget is touch-sized and on screen, on wall and tablet screens") {
    for (const Size screen : {Size{1920, 1080}, Size{1280, 800}, Size{800, 1280}}) {
        CAPTURE(screen.width);
        CAPTURE(screen.height);
        UiHarness ui(sample_content(7, 4), screen);
        for (const char* script : {"wait 10", "tap \"Topic 1\"\nwait 100"}) {
            REQUIRE(ui.run(script) == "");
            int tappable = 0;
            for (const auto& item : ui.session().ui().visible().items()) {
                if (!item.tappable) continue;
                ++tappable;
                CAPTURE(item.text);
                CHECK(item.rect.y1 - item.rect.y0 >= 48);
                CHECK(item.rect.x1 - item.rect.x0 >= 48);
                CHECK(item.rect.x0 >= 0);
                CHECK(item.rect.x1 <= static_cast<float>(screen.width));
            }
            CHECK(tappable >= 2);
        }
    }
}

TEST_CASE("body text is at least 18 px and grows with the screen") {
    CHECK(haven::ui::metrics_for({1280, 800}).em >= 18);
    CHECK(haven::ui::metrics_for({1920, 1080}).em > haven::ui::metrics_for({1280, 800}).em);
    CHECK(haven::ui::metrics_for({640, 480}).em == 16);
}

TEST_CASE("the UI keeps no trace on disk: no imgui.ini, no log file") {
    UiHarness ui(sample_content(1, 1), {1280, 800});
    ImGui::SetCurrentContext(ui.session().ui().imgui());
    CHECK(ImGui::GetIO().IniFilename == nullptr);
    CHECK(ImGui::GetIO().LogFilename == nullptr);
}
