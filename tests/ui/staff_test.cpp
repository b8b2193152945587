// The staff view: the hidden corner gesture, the PIN pad, what staff see and ask for, the
// display test, the import banner, and that an idle reset closes it all.

#include "ui_harness.hpp"

#include <doctest/doctest.h>

#include <string>

using haven::Screen;
using haven::StaffAccess;
using haven::test::sample_content;
using haven::test::content_with_pin;
using haven::test::UiHarness;

namespace {

// Taps "More below" until `text` is on screen (the staff page scrolls at larger sizes).
bool scroll_to(UiHarness& ui, const std::string& text) {
    for (int i = 0; i < 10 && !ui.shows(text) && !ui.widget("More below").empty(); ++i)
        (void)ui.run("tap \"More below\"\nwait 100");
    return ui.shows(text);
}

std::string type_pin(const std::string& pin) {
    std::string script;
    for (char d : pin) script += std::string("tap \"") + d + "\"\n";
    return script + "tap \"OK\"\nwait 100\n";
}

haven::ui::StaffInfo store_info() {
    haven::ui::StaffInfo info;
    info.from_store = true;
    info.versions = {{"20261121-120000-aaaa", "November update", 1763726400, 1763727000, true},
                     {"20261101-090000-bbbb", "October update", 1761987600, 1761988000, false}};
    info.last_import_report = "Imported November update: 40 files.";
    return info;
}

} // namespace

TEST_CASE("a long press in the top-left corner and the right PIN open the staff view") {
    UiHarness ui(content_with_pin("2468"), {1920, 1080});
    CHECK(ui.run("hold 20 20 3500\nwait 100\nexpect \"Staff PIN\"") == "");
    CHECK(ui.run(type_pin("2468") + "expect \"Staff view\"") == "");
    // Opening asks the app for the store's details, once.
    auto request = ui.session().ui().take_staff_request();
    REQUIRE(request);
    CHECK(request->kind == haven::ui::StaffRequest::Kind::Refresh);
    CHECK_FALSE(ui.session().ui().take_staff_request());
    CHECK(ui.shows("3 topics, 6 cards"));
    CHECK(scroll_to(ui, "21   Card 2.1"));  // the nurse handout's codes
    CHECK(ui.nav().here.screen == Screen::Home);  // the patient's place is untouched beneath
}

TEST_CASE("a short press, a press elsewhere or a kiosk without a PIN never opens the staff view") {
    UiHarness ui(content_with_pin("2468"), {1920, 1080});
    CHECK(ui.run("hold 20 20 2000\nwait 100") == "");
    CHECK_FALSE(ui.shows("Staff PIN"));
    CHECK(ui.run("hold 960 540 5000\nwait 100") == "");
    CHECK_FALSE(ui.shows("Staff PIN"));

    UiHarness no_pin(sample_content(3, 2), {1920, 1080});
    CHECK(no_pin.run("hold 20 20 5000\nwait 100") == "");
    CHECK_FALSE(no_pin.shows("Staff PIN"));
}

TEST_CASE("the hidden gesture completes while the finger is still down, with no further input") {
    UiHarness ui(content_with_pin("2468"), {1920, 1080});
    // The loop must wake by itself when the hold time is up: the pacer is told the deadline.
    ui.session().push({haven::PointerEvent::Kind::Press, {20, 20}});
    const haven::Seconds pressed_at = ui.run_state().now();
    ui.run_state().advance(0.1);
    const haven::Seconds now = ui.run_state().now();
    CHECK(now + ui.session().wait(now) <= doctest::Approx(pressed_at + StaffAccess::kHoldTime).epsilon(0.01));
    ui.run_state().advance(StaffAccess::kHoldTime + 0.1);
    CHECK(ui.shows("Staff PIN"));
    ui.session().push({haven::PointerEvent::Kind::Release, {20, 20}});
    ui.run_state().advance(0.2);
    CHECK(ui.shows("Staff PIN"));  // lifting the finger taps nothing on the PIN pad
    CHECK(ui.session().ui().staff_access().digits().empty());
}

TEST_CASE("the PIN pad's Delete takes back a wrong digit without starting again") {
    UiHarness ui(content_with_pin("2468"), {1280, 800});
    CHECK(ui.run("hold 20 20 3500\nwait 100\ntap \"2\"\ntap \"4\"\ntap \"7\"\ntap \"Delete\"\ntap \"6\"\ntap \"8\"\ntap \"OK\"\nwait 100") == "");
    CHECK(ui.shows("Staff view"));
}

TEST_CASE("a wrong PIN says so, shows no digits, and Cancel goes back to the patient's screen") {
    UiHarness ui(content_with_pin("2468"), {1920, 1080});
    CHECK(ui.run("tap \"Topic 2\"\nwait 100\nhold 20 20 3500\nwait 100") == "");
    CHECK(ui.run(type_pin("1111") + "expect \"That PIN is not right\"") == "");
    CHECK_FALSE(ui.shows("1111"));
    CHECK(ui.run("tap \"Cancel\"\nwait 100") == "");
    CHECK_FALSE(ui.shows("Staff PIN"));
    CHECK(ui.nav().here.screen == Screen::Topic);
    CHECK(ui.shows("Tile 2.1"));
}

TEST_CASE("five wrong PINs lock the pad with a message") {
    UiHarness ui(content_with_pin("2468"), {1920, 1080});
    CHECK(ui.run("hold 20 20 3500\nwait 100") == "");
    for (int i = 0; i < StaffAccess::kFailuresBeforeLockout; ++i) CHECK(ui.run(type_pin("9999")) == "");
    CHECK(ui.shows("Too many wrong PINs"));
    CHECK(ui.run(type_pin("2468")) == "");
    CHECK_FALSE(ui.shows("Staff view"));
}

TEST_CASE("the staff view shows the store's versions and asks for a rollback") {
    UiHarness ui(content_with_pin("2468"), {1920, 1080});
    CHECK(ui.run("hold 20 20 3500\nwait 100\n" + type_pin("2468")) == "");
    (void)ui.session().ui().take_staff_request();
    ui.session().ui().set_staff_info(store_info());
    ui.session().wake();
    ui.run_state().advance(0.1);
    CHECK(ui.shows("Now showing: November update, signed 2025-11-21 12:00 UTC"));
    CHECK(ui.shows("October update"));
    // The first tap only asks; Cancel asks nothing; "Yes, go back" does it.
    CHECK(ui.run("tap \"Go back to this version\"\nwait 100") == "");
    CHECK_FALSE(ui.session().ui().take_staff_request());
    CHECK(ui.shows("Show this version to patients now, instead of the current one?"));
    CHECK(ui.run("tap \"Cancel\"\nwait 100") == "");
    CHECK_FALSE(ui.session().ui().take_staff_request());
    CHECK_FALSE(ui.shows("Show this version to patients now"));
    CHECK(ui.run("tap \"Go back to this version\"\nwait 100\ntap \"Yes, go back\"\nwait 100") == "");
    auto request = ui.session().ui().take_staff_request();
    REQUIRE(request);
    CHECK(request->kind == haven::ui::StaffRequest::Kind::RollBack);
    CHECK(request->version == "20261101-090000-bbbb");
    CHECK(scroll_to(ui, "Imported November update: 40 files."));  // the last import's report
}

TEST_CASE("the staff view lists the latest load's problems") {
    UiHarness ui(content_with_pin("2468"), {1920, 1080});
    haven::Diagnostic d;
    d.severity = haven::Diagnostic::Severity::Error;
    d.path = "cards/broken.md";
    d.line = 3;
    d.column = 1;
    d.message = "the front matter never ends";
    ui.session().ui().set_problems({d});
    CHECK(ui.run("hold 20 20 3500\nwait 100\n" + type_pin("2468")) == "");
    CHECK(ui.shows("cards/broken.md:3:1: error: the front matter never ends"));
}

TEST_CASE("the sound test and display test are one tap away, and the display test closes on a tap") {
    UiHarness ui(content_with_pin("2468"), {1920, 1080});
    ui.session().ui().set_sound_available(true);
    CHECK(ui.run("hold 20 20 3500\nwait 100\n" + type_pin("2468")) == "");
    (void)ui.session().ui().take_staff_request();
    CHECK(ui.run("tap \"Sound test\"\nwait 100") == "");
    auto request = ui.session().ui().take_staff_request();
    REQUIRE(request);
    CHECK(request->kind == haven::ui::StaffRequest::Kind::SoundTest);
    CHECK(ui.run("tap \"Display test\"\nwait 100\nexpect \"Display test: 1 cm grid\"\ntap 960 540\nwait 100") == "");
    CHECK(ui.shows("Staff view"));
    CHECK(ui.run("tap \"Close staff view\"\nwait 100") == "");
    CHECK_FALSE(ui.shows("Staff view"));
    CHECK(ui.shows("Topic 1"));
}

TEST_CASE("a staff view left open times out like a patient's session and closes") {
    UiHarness ui(content_with_pin("2468"), {1920, 1080});
    CHECK(ui.run("hold 20 20 3500\nwait 100\n" + type_pin("2468") + "expect \"Staff view\"") == "");
    CHECK(ui.run("wait 61000\nexpect \"Still reading?\"\nwait 31000") == "");
    CHECK_FALSE(ui.shows("Staff view"));
    CHECK(ui.session().ui().staff_access().stage() == StaffAccess::Stage::Closed);
    CHECK(ui.shows("Topic 1"));
}

TEST_CASE("an import shows quiet progress, then its result, and never takes a tap") {
    UiHarness ui(sample_content(3, 2), {1920, 1080});
    haven::ui::UpdateBanner banner;
    banner.running = true;
    banner.done = 3;
    banner.total = 10;
    ui.session().ui().set_update_banner(banner);
    ui.session().wake();
    ui.run_state().advance(0.1);
    CHECK(ui.shows("Updating content... 3 of 10 files"));
    CHECK(ui.widget("Updating content... 3 of 10 files").empty());  // not a button
    CHECK(ui.run("tap \"Topic 1\"\nwait 100") == "");
    CHECK(ui.nav().here.screen == Screen::Topic);
    ui.session().ui().set_update_banner({false, 0, 0, "Content updated."});
    ui.session().wake();
    ui.run_state().advance(0.1);
    CHECK(ui.shows("Content updated."));
    CHECK_FALSE(ui.shows("Updating content"));
}

TEST_CASE("the staff view lists the cards whose review date has come, and none that are still current") {
    haven::Content content = content_with_pin("2468");
    REQUIRE(content.cards.size() >= 2);
    content.cards[0].review_due = haven::CalendarDate{2026, 6, 1};
    content.cards[1].review_due = haven::CalendarDate{2027, 12, 1};
    const std::string overdue = content.cards[0].title;
    const std::string current = content.cards[1].title;
    UiHarness ui(content, {1920, 1080});
    CHECK(ui.run("hold 20 20 3500\nwait 100\n" + type_pin("2468")) == "");
    (void)ui.session().ui().take_staff_request();
    haven::ui::StaffInfo info = store_info();
    info.today = {2026, 12, 2};
    ui.session().ui().set_staff_info(info);
    ui.session().wake();
    ui.run_state().advance(0.1);
    // The list is at the end of the staff page: scroll down to it, as staff would.
    CHECK(ui.run("drag 960 950 960 150 300\nwait 1000\ndrag 960 950 960 150 300\nwait 1000") == "");
    CHECK(ui.shows("Cards due for review"));
    CHECK(ui.shows("due 1 June 2026"));
    CHECK(ui.shows(overdue + " ("));
    CHECK_FALSE(ui.shows(current + " ("));
}
