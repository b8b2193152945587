// Content reloads: a good new folder replaces what is shown; a broken one is refused and
// the patient keeps seeing the previous content.

#include "ui_harness.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include <unistd.h>

namespace fs = std::filesystem;
using haven::test::UiHarness;

namespace {

struct TempFolder {
    fs::path path = fs::temp_directory_path() / ("haven-reload-" + std::to_string(::getpid()));
    TempFolder() {
        fs::remove_all(path);
        fs::copy(fs::path(HAVEN_TEST_FIXTURES) / "basic", path, fs::copy_options::recursive);
    }
    ~TempFolder() { fs::remove_all(path); }
    void write(const std::string& rel, const std::string& text) const { std::ofstream(path / rel) << text; }
};

} // namespace

TEST_CASE("a reload with errors is refused and the previous content stays on screen") {
    TempFolder folder;
    UiHarness ui(haven::Content{}, {1280, 800});
    ui.session().load(folder.path, true);
    ui.run_state().advance(0.1);
    REQUIRE(ui.shows("Sleeping well"));

    folder.write("topics.toml", "[[topic]]\nid = \"sleep\"\ntitle = \"Rest\"\n");
    folder.write("cards/sleep-naps.md", "+++\ntitle = \"Short rests\"\ncode = 12\n");  // front matter not closed
    ui.session().load(folder.path, false);
    ui.run_state().advance(0.1);
    CHECK(ui.shows("Sleeping well"));
    CHECK_FALSE(ui.shows("Rest"));
}

TEST_CASE("a clean reload replaces the content at a frame boundary") {
    TempFolder folder;
    UiHarness ui(haven::Content{}, {1280, 800});
    ui.session().load(folder.path, true);
    ui.run_state().advance(0.1);
    folder.write("kiosk.toml", "clinic_name = \"Hillside Surgery\"\n");
    ui.session().load(folder.path, false);
    ui.run_state().advance(0.1);
    CHECK(ui.shows("Hillside Surgery"));
    CHECK(ui.shows("Sleeping well"));
}
