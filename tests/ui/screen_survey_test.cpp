// Every screen, at four screen sizes (a wall screen, a tablet, portrait, a 7-inch panel), three
// text sizes and both themes: no tappable widget overlaps another or lies off the screen, every
// pair of neighbouring targets keeps a finger's gap, card lines stay between 45 and 75
// characters, and the nurse's "Enter a code" is on the first screen.

#include "ui_harness.hpp"

#include "ui/metrics.hpp"

#include <doctest/doctest.h>

#include <imgui.h>

#include <algorithm>
#include <string>

using haven::Rect;
using haven::Size;
using haven::test::UiHarness;

namespace {

struct Screen {
    Size size;
    float width_mm;  // 0: unknown (96 dpi)
};

const Screen kScreens[] = {{{1920, 1080}, 0}, {{1280, 800}, 0}, {{1080, 1920}, 0}, {{1024, 600}, 154}};
const char* const kTextSizes[] = {"A", "A+", "A++"};

// A card as long as the bundled ones, with help links, in a topic of three.
haven::Content survey_content() {
    haven::Content content = haven::test::sample_content(6, 3);
    std::string sentence = "Dryness is common after some treatments, and simple products can help whatever your body. ";
    for (haven::Card& card : content.cards) {
        card.blocks.clear();
        for (int i = 0; i < 6; ++i) {
            haven::Block block;
            block.spans.push_back({sentence + sentence + sentence});
            card.blocks.push_back(block);
        }
        card.help = {{"Macmillan Support Line", "tel:08088080000"}, {"Relate", "https://www.relate.org.uk"}};
    }
    content.settings.help = {{"A", "https://a.example"}, {"B", "https://b.example"}, {"C", "https://c.example"},
                             {"D", "https://d.example"}, {"E", "https://e.example"}};
    content.settings.sound.enabled = true;
    // A second language, so that the top bar carries its language button too.
    for (auto& card : content.cards) card.slug = card.file;  // translations are matched by slug
    haven::Card welsh = content.cards.front();
    welsh.language = "cy";
    welsh.title = welsh.tile = "Cerdyn un";
    content.translations["cy"][welsh.slug] = welsh;
    content.breathing = haven::default_breathing_patterns();
    return content;
}

float distance(const Rect& a, const Rect& b) {
    const float dx = std::max({0.0f, b.x0 - a.x1, a.x0 - b.x1});
    const float dy = std::max({0.0f, b.y0 - a.y1, a.y0 - b.y1});
    return std::max(dx, dy);
}

void check_frame(UiHarness& ui, const Screen& screen, const std::string& where) {
    CAPTURE(where);
    const auto& metrics = ui.session().ui().metrics();
    std::vector<const haven::VisibleItem*> targets;
    for (const auto& item : ui.session().ui().visible().items())
        if (item.tappable) targets.push_back(&item);
    for (size_t i = 0; i < targets.size(); ++i) {
        const Rect& r = targets[i]->rect;
        CAPTURE(targets[i]->text);
        CHECK(r.x0 >= 0);
        CHECK(r.y0 >= 0);
        CHECK(r.x1 <= static_cast<float>(screen.size.width));
        CHECK(r.y1 <= static_cast<float>(screen.size.height));
        for (size_t j = i + 1; j < targets.size(); ++j) {
            CAPTURE(targets[j]->text);
            // Not overlapping, and a finger's gap apart (1 px for rounding).
            CHECK(distance(r, targets[j]->rect) >= metrics.min_gap - 1);
        }
    }
}

// On a card: the longest full line of every long paragraph, wrapped as the screen wrapped it.
int check_line_lengths(UiHarness& ui, const std::string& where) {
    CAPTURE(where);
    ImGui::SetCurrentContext(ui.session().ui().imgui());
    ImFont* body = ui.session().ui().fonts().body;
    int checked = 0;
    for (const auto& item : ui.session().ui().visible().items()) {
        if (item.tappable || item.text.size() < 200) continue;
        const float width = item.rect.x1 - item.rect.x0 + 1;
        const char* line = item.text.c_str();
        const char* const end = line + item.text.size();
        size_t longest = 0;
        while (line < end) {
            const char* cut = body->CalcWordWrapPositionA(1, line, end, width);
            if (cut == line) break;
            if (cut < end) longest = std::max(longest, static_cast<size_t>(cut - line));
            line = cut;
            while (line < end && *line == ' ') ++line;
        }
        CAPTURE(width);
        CHECK(longest <= 75);
        CHECK(longest >= 45);
        ++checked;
    }
    return checked;
}

// Taps "More below" until `label` is in view (at most a few screens), then taps it.
std::string reach_and_tap(UiHarness& ui, const std::string& label) {
    for (int i = 0; i < 20 && ui.widget(label).empty() && !ui.widget("More below").empty(); ++i)
        if (std::string failed = ui.run("tap \"More below\"\nwait 200"); !failed.empty()) return failed;
    return ui.run("tap \"" + label + "\"\nwait 100");
}

} // namespace

TEST_CASE("every screen at every size, text size and theme: no overlap, nothing off screen, readable lines") {
    for (const Screen& screen : kScreens) {
        for (const char* text_size : kTextSizes) {
            for (const bool contrast : {false, true}) {
                const std::string where = std::to_string(screen.size.width) + "x" + std::to_string(screen.size.height) + " " +
                                          text_size + (contrast ? " contrast" : " calm");
                CAPTURE(where);
                UiHarness ui(survey_content(), screen.size);
                ui.session().ui().set_sound_available(true);
                if (screen.width_mm > 0)
                    ui.session().set_px_per_mm(static_cast<float>(screen.size.width) / screen.width_mm);
                ui.session().wake();  // lay out again for the panel's real density before any tap
                std::string setup = contrast ? "wait 100\ntap \"High contrast\"\nwait 100\n" : "wait 100\n";
                setup += "tap \"" + std::string(text_size) + "\"\nwait 100\n";
                const std::string failed = ui.run(setup);
                if (!failed.empty())
                    for (const auto& item : ui.session().ui().visible().items())
                        MESSAGE(item.text << " " << item.rect.x0 << "," << item.rect.y0 << " " << item.rect.x1 << "," << item.rect.y1);
                REQUIRE(failed == "");

                // The nurse's way in is on the first screen, whole; so is the language button.
                const Rect code = ui.widget("Enter a code");
                CHECK(code.y1 - code.y0 >= ui.session().ui().metrics().min_target - 1);
                CHECK_FALSE(ui.widget("Cymraeg").empty());
                check_frame(ui, screen, where + " home");
                REQUIRE(reach_and_tap(ui, "Topic 2") == "");
                check_frame(ui, screen, where + " topic");
                REQUIRE(reach_and_tap(ui, "Tile 2.2") == "");
                check_frame(ui, screen, where + " card");
                int paragraphs = check_line_lengths(ui, where + " card");
                // "More below" scrolls one screen, and is a control of its own.
                for (int i = 0; i < 3 && !ui.widget("More below").empty(); ++i) {
                    REQUIRE(ui.run("tap \"More below\"\nwait 200") == "");
                    CHECK(ui.nav().here.screen == haven::Screen::Card);
                    check_frame(ui, screen, where + " card, scrolled");
                    paragraphs += check_line_lengths(ui, where + " card, scrolled");
                }
                CHECK(paragraphs > 0);
                REQUIRE(ui.run("tap \"Home\"\nwait 100\ntap \"Enter a code\"\nwait 100") == "");
                REQUIRE(reach_and_tap(ui, "4") == "");
                check_frame(ui, screen, where + " keypad");
                REQUIRE(ui.run("tap \"Home\"\nwait 100") == "");
                REQUIRE(reach_and_tap(ui, "Breathing exercise") == "");
                check_frame(ui, screen, where + " breathing");
                // Every sound control can be reached, scrolling with "More below" if need be.
                for (int i = 0; i < 20 && (ui.widget("Louder").empty() || !ui.shows("Volume ")) && !ui.widget("More below").empty(); ++i)
                    REQUIRE(ui.run("tap \"More below\"\nwait 200") == "");
                CHECK_FALSE(ui.widget("Louder").empty());
                CHECK(ui.shows("Volume "));
                check_frame(ui, screen, where + " breathing, scrolled");
                REQUIRE(ui.run("tap \"Start\"\nwait 2000") == "");
                check_frame(ui, screen, where + " breathing, running");
                // Sound off mid-exercise, and the "Well done" screen at the end.
                REQUIRE(ui.run("tap \"Sound\"\nwait 100") == "");
                for (int i = 0; i < 40 && !ui.shows("Well done."); ++i) ui.run_state().advance(10);
                CHECK(ui.shows("Well done."));
                check_frame(ui, screen, where + " well done");
                REQUIRE(ui.run("tap \"Back to the start\"\nwait 100") == "");
                REQUIRE(ui.run("tap \"Hide screen\"\nwait 100") == "");
                check_frame(ui, screen, where + " hidden");
                REQUIRE(ui.run("tap \"Start again\"\nwait 100") == "");
                // "More below" scrolls the home screen and opens nothing beneath it.
                if (!ui.widget("More below").empty()) {
                    REQUIRE(ui.run("tap \"More below\"\nwait 200") == "");
                    CHECK(ui.nav().here.screen == haven::Screen::Home);
                    check_frame(ui, screen, where + " home, scrolled");
                }
            }
        }
    }
}

TEST_CASE("body text is at least 4 mm on a dense 7-inch panel, and tiny gaps grow to 2.5 mm") {
    const float px_per_mm = 1024.0f / 154;
    const auto m = haven::ui::metrics_for({1024, 600}, haven::TextSize::Medium, px_per_mm);
    CHECK(m.mm(m.em) >= 4.0f - 0.1f);
    CHECK(m.mm(m.min_gap) >= 2.5f - 0.01f);
    CHECK(haven::ui::metrics_for({1024, 600}, haven::TextSize::Large, px_per_mm).em > m.em);
}

TEST_CASE("the staff screens at every size: the whole PIN pad, the staff view, and a preview above its strip") {
    const std::string hash = haven::test::fast_pin_hash("2468");
    for (const Screen& screen : kScreens) {
        for (const char* text_size : kTextSizes) {
            const std::string where = std::to_string(screen.size.width) + "x" + std::to_string(screen.size.height) + " " + text_size;
            CAPTURE(where);
            haven::Content content = survey_content();
            content.settings.staff_pin_hash = hash;
            UiHarness ui(content, screen.size);
            if (screen.width_mm > 0) ui.session().set_px_per_mm(static_cast<float>(screen.size.width) / screen.width_mm);
            ui.session().wake();
            REQUIRE(ui.run("wait 100\ntap \"" + std::string(text_size) + "\"\nwait 100\nhold 10 10 3500\nwait 100") == "");
            // Every key of the pad, and Cancel, can be tapped where it is: no scrolling there.
            for (const char* key : {"1", "2", "3", "4", "5", "6", "7", "8", "9", "0", "Delete", "OK", "Cancel"})
                CHECK_MESSAGE(!ui.widget(key).empty(), key);
            check_frame(ui, screen, where + " PIN pad");
            REQUIRE(ui.run("tap \"2\"\ntap \"4\"\ntap \"6\"\ntap \"8\"\ntap \"OK\"\nwait 100") == "");
            (void)ui.session().ui().take_staff_request();
            haven::ui::StaffInfo info;
            info.from_store = true;
            info.versions = {{"20261121-120000-aaaa", "November update", 1763726400, 1763727000, true},
                             {"20261101-090000-bbbb", "October update", 1761987600, 1761988000, false}};
            haven::ui::StaffInfo::Pending pending;
            pending.id = "20261202-100000-cccc";
            pending.topics = 6;
            pending.cards = 18;
            info.pending = pending;
            ui.session().ui().set_staff_info(info);
            ui.session().wake();
            ui.run_state().advance(0.1);
            check_frame(ui, screen, where + " staff view");
            REQUIRE(reach_and_tap(ui, "Publish") == "");
            check_frame(ui, screen, where + " staff view, publishing");
            haven::LoadResult loaded;
            loaded.content = survey_content();
            REQUIRE(ui.session().preview(std::move(loaded), "new content waiting for approval").empty());
            ui.run_state().advance(0.1);
            check_frame(ui, screen, where + " preview home");
            REQUIRE(reach_and_tap(ui, "Topic 2") == "");
            REQUIRE(reach_and_tap(ui, "Tile 2.2") == "");
            CHECK_FALSE(ui.widget("End preview").empty());
            check_frame(ui, screen, where + " preview card");
        }
    }
}
