// Staff approval on the kiosk: the staff view's "Waiting for approval" section and what it
// asks for, and the preview: new content shown exactly as a patient would see it above a
// strip of its own, left by End preview, by the staff gesture, or by the idle reset (which
// also closes the staff view, so patients never get stuck in a preview).

#include "ui_harness.hpp"

#include <doctest/doctest.h>

#include <string>

using haven::Screen;
using haven::StaffAccess;
using haven::test::sample_content;
using haven::test::content_with_pin;
using haven::test::UiHarness;
using Request = haven::ui::StaffRequest;

namespace {

// What a stick brought: other topics, no PIN of its own.
haven::Content new_content() {
    haven::Content content = sample_content(2, 1);
    content.topics[0].title = "Walking together";
    haven::Card& card = content.cards[content.topics[0].cards[0]];
    card.title = card.tile = "A walk a day";
    return content;
}

const std::string kOpenStaff = "hold 20 20 3500\nwait 100\ntap \"2\"\ntap \"4\"\ntap \"6\"\ntap \"8\"\ntap \"OK\"\nwait 100\n";

haven::ui::StaffInfo info_with_pending() {
    haven::ui::StaffInfo info;
    info.from_store = true;
    info.versions = {{"20261121-120000-aaaa", "November update", 1763726400, 1763727000, true},
                     {"20261101-090000-bbbb", "October update", 1761987600, 1761988000, false}};
    haven::ui::StaffInfo::Pending pending;
    pending.id = "20261202-100000-cccc";
    pending.label = "December update";
    pending.arrived_at = 1764669600;
    pending.topics = 2;
    pending.cards = 2;
    pending.warnings = 1;
    pending.problems = {"cards/walk.md:4:1: warning: the card has no review date"};
    info.pending = pending;
    info.history = {"2026-11-21T12:10:00Z  20261121-120000-aaaa  \"November update\"  signature 0C06EFC4CF6BF4C2"};
    return info;
}

// The staff view open, with the store as the app describes it.
void open_staff_view(UiHarness& ui) {
    REQUIRE(ui.run(kOpenStaff + "expect \"Staff view\"") == "");
    (void)ui.session().ui().take_staff_request();
    ui.session().ui().set_staff_info(info_with_pending());
    ui.session().wake();
    ui.run_state().advance(0.1);
}

void start_preview(UiHarness& ui) {
    haven::LoadResult loaded;
    loaded.content = new_content();
    REQUIRE(ui.session().preview(std::move(loaded), "new content waiting for approval").empty());
    ui.run_state().advance(0.1);
}

bool overlaps(const haven::Rect& a, const haven::Rect& b) { return !a.intersect(b).empty(); }

}  // namespace

TEST_CASE("the staff view shows what waits for approval, and Preview, Publish and Discard ask for it") {
    UiHarness ui(content_with_pin("2468"), {1920, 1080});
    open_staff_view(ui);
    CHECK(ui.shows("Waiting for approval"));
    CHECK(ui.shows("\u201cDecember update\u201d"));
    CHECK(ui.shows("2 topics, 2 cards; arrived 2025-12-02 10:00 UTC (version 20261202-100000-cccc)"));
    CHECK(ui.shows("Check: 0 errors, 1 warning:"));
    CHECK(ui.shows("cards/walk.md:4:1: warning: the card has no review date"));

    CHECK(ui.run("tap \"Preview\"\nwait 100") == "");
    auto request = ui.session().ui().take_staff_request();
    REQUIRE(request);
    CHECK(request->kind == Request::Kind::Preview);
    CHECK(request->version == "20261202-100000-cccc");
    CHECK(request->pending);

    // Publishing asks first; Cancel asks nothing.
    CHECK(ui.run("tap \"Publish\"\nwait 100") == "");
    CHECK_FALSE(ui.session().ui().take_staff_request());
    CHECK(ui.shows("Show this content to patients now, instead of the current content?"));
    CHECK(ui.run("tap \"Cancel\"\nwait 100") == "");
    CHECK_FALSE(ui.session().ui().take_staff_request());
    CHECK(ui.run("tap \"Publish\"\nwait 100\ntap \"Yes, publish\"\nwait 100") == "");
    request = ui.session().ui().take_staff_request();
    REQUIRE(request);
    CHECK(request->kind == Request::Kind::Publish);
    CHECK(request->version == "20261202-100000-cccc");

    CHECK(ui.run("tap \"Discard\"\nwait 100") == "");
    request = ui.session().ui().take_staff_request();
    REQUIRE(request);
    CHECK(request->kind == Request::Kind::Discard);
    CHECK(request->version == "20261202-100000-cccc");
}

TEST_CASE("kept versions can be previewed too, and the history of changes is listed newest first") {
    UiHarness ui(content_with_pin("2468"), {1920, 1080});
    open_staff_view(ui);
    // The pending section's Preview comes first; the October version's is the second.
    CHECK(ui.run("tap \"More below\"\nwait 100") == "");
    const auto& items = ui.session().ui().visible().items();
    int previews = 0;
    for (const auto& item : items) previews += item.tappable && item.text == "Preview";
    CHECK(previews >= 1);
    for (int i = 0; i < 10 && !ui.shows("signature 0C06EFC4CF6BF4C2"); ++i) (void)ui.run("tap \"More below\"\nwait 100");
    CHECK(ui.shows("Changes to the content shown"));
    CHECK(ui.shows("signature 0C06EFC4CF6BF4C2"));
}

TEST_CASE("a wrong PIN never reaches Publish") {
    UiHarness ui(content_with_pin("2468"), {1920, 1080});
    ui.session().ui().set_staff_info(info_with_pending());
    CHECK(ui.run("hold 20 20 3500\nwait 100\ntap \"1\"\ntap \"1\"\ntap \"1\"\ntap \"1\"\ntap \"OK\"\nwait 100") == "");
    CHECK_FALSE(ui.run("tap \"Publish\"").empty());  // there is no such button to tap
    CHECK_FALSE(ui.shows("Waiting for approval"));
    CHECK_FALSE(ui.session().ui().take_staff_request());
}

TEST_CASE("a preview shows the new content as a patient would, above its strip, and End preview returns to the staff view") {
    for (const haven::Size screen : {haven::Size{1920, 1080}, haven::Size{1080, 1920}, haven::Size{1024, 600}}) {
        CAPTURE(screen.width);
        UiHarness ui(content_with_pin("2468"), screen);
        open_staff_view(ui);
        start_preview(ui);
        CHECK(ui.session().ui().previewing());
        CHECK(ui.session().ui().staff_access().stage() == StaffAccess::Stage::Previewing);
        CHECK_FALSE(ui.shows("Staff view"));
        CHECK(ui.shows("Preview: not yet published"));
        CHECK(ui.shows("Walking together"));
        CHECK_FALSE(ui.shows("Topic 3"));  // the kiosk's own content is not what is shown
        CHECK(ui.run("tap \"Walking together\"\nwait 300\ntap \"A walk a day\"\nwait 300") == "");
        CHECK(ui.nav().here.screen == Screen::Card);
        CHECK(ui.shows("Preview: not yet published"));
        // The strip covers nothing: no tappable widget of the screen reaches into it.
        const haven::Rect end = ui.widget("End preview");
        REQUIRE_FALSE(end.empty());
        for (const auto& item : ui.session().ui().visible().items())
            if (item.tappable && item.text != "End preview") CHECK_FALSE(overlaps(item.rect, end));

        CHECK(ui.run("tap \"End preview\"\nwait 100") == "");
        CHECK_FALSE(ui.session().ui().previewing());
        CHECK(ui.shows("Staff view"));
        CHECK_FALSE(ui.shows("Preview: not yet published"));
        auto request = ui.session().ui().take_staff_request();
        REQUIRE(request);
        CHECK(request->kind == Request::Kind::EndPreview);
        CHECK(ui.session().ui().content().topics.size() == 3);  // the kiosk's own content again
        CHECK(ui.nav().here.screen == Screen::Home);
    }
}

TEST_CASE("the staff gesture during a preview returns to the staff view without the PIN") {
    UiHarness ui(content_with_pin("2468"), {1920, 1080});
    open_staff_view(ui);
    start_preview(ui);
    CHECK(ui.run("hold 20 20 3500\nwait 100") == "");
    CHECK(ui.shows("Staff view"));
    CHECK_FALSE(ui.session().ui().previewing());
    CHECK(ui.session().ui().content().topics.size() == 3);
}

TEST_CASE("quick hide in a preview hides the strip too; Continue reading brings both back") {
    UiHarness ui(content_with_pin("2468"), {1920, 1080});
    open_staff_view(ui);
    start_preview(ui);
    CHECK(ui.run("tap \"Hide screen\"\nwait 100") == "");
    CHECK(ui.nav().here.screen == Screen::Hidden);
    CHECK_FALSE(ui.shows("Preview: not yet published"));
    CHECK(ui.run("tap \"Continue reading\"\nwait 100") == "");
    CHECK(ui.shows("Preview: not yet published"));
    CHECK(ui.shows("Walking together"));
}

TEST_CASE("the idle reset ends a preview, closes the staff view and shows the kiosk's own content") {
    UiHarness ui(content_with_pin("2468"), {1920, 1080});
    open_staff_view(ui);
    start_preview(ui);
    CHECK(ui.run("wait 61000\nexpect \"Still reading?\"\nwait 31000") == "");
    CHECK_FALSE(ui.session().ui().previewing());
    CHECK(ui.session().ui().staff_access().stage() == StaffAccess::Stage::Closed);
    CHECK_FALSE(ui.shows("Preview: not yet published"));
    CHECK_FALSE(ui.shows("Staff view"));
    CHECK(ui.shows("Topic 3"));
    auto request = ui.session().ui().take_staff_request();
    REQUIRE(request);
    CHECK(request->kind == Request::Kind::EndPreview);  // the app reloads the images
    // Nothing of the preview is left: the staff gesture asks for the PIN again.
    CHECK(ui.run("hold 20 20 3500\nwait 100\nexpect \"Staff PIN\"") == "");
}

TEST_CASE("content reloaded during a preview is kept aside and shown when it ends") {
    UiHarness ui(content_with_pin("2468"), {1920, 1080});
    open_staff_view(ui);
    start_preview(ui);
    haven::Content reloaded = content_with_pin("2468");
    reloaded.topics[0].title = "Reloaded topic";
    ui.session().ui().set_content(reloaded);
    ui.session().wake();
    ui.run_state().advance(0.1);
    CHECK(ui.shows("Walking together"));  // the preview is not disturbed
    CHECK(ui.run("tap \"End preview\"\nwait 100\ntap \"Close staff view\"\nwait 100") == "");
    CHECK(ui.shows("Reloaded topic"));
}

TEST_CASE("the import banner, the preview strip and More below never cover one another") {
    for (const haven::Size screen : {haven::Size{1920, 1080}, haven::Size{1024, 600}}) {
        CAPTURE(screen.width);
        UiHarness ui(content_with_pin("2468"), screen);
        open_staff_view(ui);
        ui.session().ui().set_update_banner({false, 0, 0, "New content is waiting for staff approval; nothing was changed yet."});
        ui.session().wake();
        ui.run_state().advance(0.1);
        const haven::Rect more = ui.widget("More below");
        REQUIRE_FALSE(more.empty());
        float banner_top = -1;
        for (const auto& item : ui.session().ui().visible().items())
            if (item.text.starts_with("New content is waiting")) banner_top = item.rect.y0;
        REQUIRE(banner_top > 0);
        CHECK(more.y1 <= banner_top);
        start_preview(ui);
        const haven::Rect end = ui.widget("End preview");
        REQUIRE_FALSE(end.empty());
        CHECK(end.y1 <= banner_top);
        for (const auto& item : ui.session().ui().visible().items())
            if (item.tappable && item.text != "End preview") CHECK_FALSE(overlaps(item.rect, end));
    }
}

TEST_CASE("the kiosk's own idle time governs a preview, whatever the previewed content says") {
    UiHarness ui(content_with_pin("2468"), {1920, 1080});
    open_staff_view(ui);
    haven::LoadResult loaded;
    loaded.content = new_content();
    loaded.content.settings.idle_timeout_seconds = 3600;  // a stick asking for an hour
    loaded.content.settings.idle_timeout_max_seconds = 3600;
    REQUIRE(ui.session().preview(std::move(loaded), "new content waiting for approval").empty());
    ui.run_state().advance(0.1);
    CHECK(ui.run("wait 61000\nexpect \"Still reading?\"\nwait 31000") == "");
    CHECK_FALSE(ui.session().ui().previewing());
    CHECK(ui.session().ui().staff_access().stage() == StaffAccess::Stage::Closed);
}
