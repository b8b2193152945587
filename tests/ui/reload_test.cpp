// Content reloads: a good new folder replaces what is shown; a broken one is refused and
// the patient keeps seeing the previous content.

#include "ui_harness.hpp"

#include "support/temp_folder.hpp"

#include <doctest/doctest.h>

#include "core/content/background_loader.hpp"

#include <atomic>
#include <chrono>
#include <filesystem>
#include <thread>
#include <fstream>


namespace fs = std::filesystem;
using haven::test::UiHarness;

namespace {

// The fixture content, copied into a folder of the test's own.
struct TempFolder : haven_test::support::TempFolder {
    TempFolder() { fs::copy(fs::path(HAVEN_TEST_FIXTURES) / "basic", path(), fs::copy_options::recursive); }
};

} // namespace

TEST_CASE("a reload with errors is refused and the previous content stays on screen") {
    TempFolder folder;
    UiHarness ui(haven::Content{}, {1280, 800});
    ui.session().load(folder.path(), true);
    ui.run_state().advance(0.1);
    REQUIRE(ui.shows("Sleeping well"));

    folder.write("topics.toml", "[[topic]]\nid = \"sleep\"\ntitle = \"Rest\"\n");
    folder.write("cards/sleep-naps.md", "+++\ntitle = \"Short rests\"\ncode = 12\n");  // front matter not closed
    ui.session().load(folder.path(), false);
    ui.run_state().advance(0.1);
    CHECK(ui.shows("Sleeping well"));
    CHECK_FALSE(ui.shows("Rest"));
}

TEST_CASE("a clean reload replaces the content at a frame boundary") {
    TempFolder folder;
    UiHarness ui(haven::Content{}, {1280, 800});
    ui.session().load(folder.path(), true);
    ui.run_state().advance(0.1);
    folder.write("kiosk.toml", "clinic_name = \"Hillside Surgery\"\n");
    ui.session().load(folder.path(), false);
    ui.run_state().advance(0.1);
    CHECK(ui.shows("Hillside Surgery"));
    CHECK(ui.shows("Sleeping well"));
}

TEST_CASE("content with errors at start-up shows the calm empty screen, never half of it") {
    TempFolder folder;
    folder.write("cards/sleep-naps.md", "+++\ntitle = \"Short rests\"\ncode = 12\n");  // front matter not closed
    UiHarness ui(haven::Content{}, {1280, 800});
    ui.session().load(folder.path(), true);
    ui.run_state().advance(0.1);
    CHECK(ui.shows("nothing to show here yet"));
    CHECK_FALSE(ui.shows("Sleeping well"));
    CHECK_FALSE(ui.session().problems().empty());
}

TEST_CASE("a reload in the background is applied whole at a frame boundary") {
    TempFolder folder;
    UiHarness ui(haven::Content{}, {1280, 800});
    ui.session().load(folder.path(), true);
    ui.run_state().advance(0.1);
    folder.write("kiosk.toml", "clinic_name = \"Valley Practice\"\n");
    std::atomic<int> done{0};
    haven::BackgroundLoader loader([&done] { ++done; });
    loader.request(folder.path());
    while (done.load() == 0) std::this_thread::sleep_for(std::chrono::milliseconds(1));
    CHECK_FALSE(ui.shows("Valley Practice"));  // nothing changes until the frame boundary
    auto loaded = loader.take();
    REQUIRE(loaded.has_value());
    CHECK_FALSE(loader.take().has_value());
    ui.session().apply(std::move(*loaded), false);
    ui.run_state().advance(0.1);
    CHECK(ui.shows("Valley Practice"));
}
