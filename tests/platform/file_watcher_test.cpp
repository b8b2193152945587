// The content folder watcher notices staff edits, including in folders created after it
// started, and stops cleanly.

#include "platform/file_watcher.hpp"

#include <doctest/doctest.h>

#include <unistd.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <thread>

namespace fs = std::filesystem;

namespace {

// Waits up to `limit` for `flag`; the limit is only a safety net against a hang.
bool wait_for(const std::atomic<int>& count, int at_least, std::chrono::milliseconds limit = std::chrono::seconds(5)) {
    const auto end = std::chrono::steady_clock::now() + limit;
    while (count.load() < at_least) {
        if (std::chrono::steady_clock::now() > end) return false;
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    return true;
}

} // namespace

TEST_CASE("the watcher reports edits, new files and files in new sub-folders") {
    const fs::path folder = fs::temp_directory_path() / ("haven-watch-" + std::to_string(::getpid()));
    fs::remove_all(folder);
    fs::create_directories(folder / "cards");
    std::atomic<int> changes{0};
    {
        haven::platform::FileWatcher watcher(folder, [&changes] { ++changes; });
        REQUIRE(watcher.watching());

        std::ofstream(folder / "topics.toml") << "[[topic]]\n";
        CHECK(wait_for(changes, 1));

        const int before_card = changes.load();
        std::ofstream(folder / "cards" / "a.md") << "+++\n";
        CHECK(wait_for(changes, before_card + 1));

        fs::create_directories(folder / "images");
        CHECK(wait_for(changes, before_card + 2));
        std::this_thread::sleep_for(std::chrono::milliseconds(50));  // let the watcher add the new folder
        const int before_image = changes.load();
        std::ofstream(folder / "images" / "x.png") << "png";
        CHECK(wait_for(changes, before_image + 1));
    }  // the destructor stops the thread: the test would hang here if it did not
    fs::remove_all(folder);
}

TEST_CASE("a folder that does not exist is not watched, reports nothing, and stops cleanly") {
    std::atomic<int> changes{0};
    haven::platform::FileWatcher watcher("/nonexistent/haven", [&changes] { ++changes; });
    CHECK_FALSE(watcher.watching());
    std::this_thread::sleep_for(std::chrono::milliseconds(1200));  // one retry
    CHECK(changes.load() == 0);
}

TEST_CASE("swapping a `current` link to a new version is noticed, and so are edits in the new version") {
    const fs::path store = fs::temp_directory_path() / ("haven-store-" + std::to_string(::getpid()));
    fs::remove_all(store);
    fs::create_directories(store / "v1" / "cards");
    fs::create_directories(store / "v2" / "cards");
    fs::create_directory_symlink("v1", store / "current");
    std::atomic<int> changes{0};
    {
        haven::platform::FileWatcher watcher(store / "current", [&changes] { ++changes; });
        REQUIRE(watcher.watching());
        // An unrelated folder appearing beside `current` (an import's staging) is not a change.
        fs::create_directories(store / "staging-1");
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
        CHECK(changes.load() == 0);

        // Atomic swap, as an import does it: a new link renamed over the old one.
        fs::create_directory_symlink("v2", store / "current.new");
        fs::rename(store / "current.new", store / "current");
        CHECK(wait_for(changes, 1));

        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        const int before = changes.load();
        std::ofstream(store / "v2" / "cards" / "new.md") << "+++\n";
        CHECK(wait_for(changes, before + 1));

        // Edits in the old version no longer matter.
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        const int settled = changes.load();
        std::ofstream(store / "v1" / "cards" / "old.md") << "+++\n";
        std::this_thread::sleep_for(std::chrono::milliseconds(150));
        CHECK(changes.load() == settled);
    }
    fs::remove_all(store);
}

TEST_CASE("a content folder that appears after the kiosk started is picked up") {
    const fs::path folder = fs::temp_directory_path() / ("haven-late-" + std::to_string(::getpid()));
    fs::remove_all(folder);
    std::atomic<int> changes{0};
    {
        haven::platform::FileWatcher watcher(folder, [&changes] { ++changes; });
        CHECK_FALSE(watcher.watching());
        fs::create_directories(folder / "cards");
        CHECK(wait_for(changes, 1));  // within about a second
        CHECK(watcher.watching());
    }
    fs::remove_all(folder);
}

TEST_CASE("watching a store folder only: its own entries are reported, files inside its sub-folders are not") {
    const fs::path store = fs::temp_directory_path() / ("haven-watch-store-" + std::to_string(::getpid()));
    fs::remove_all(store);
    fs::create_directories(store / "staging" / "v2");
    std::atomic<int> changes{0};
    {
        haven::platform::FileWatcher watcher(store, [&changes] { ++changes; },
                                             haven::platform::FileWatcher::Depth::FolderOnly);
        REQUIRE(watcher.watching());
        // An import copying files into staging: nothing for the kiosk to wake for.
        for (int i = 0; i < 20; ++i) std::ofstream(store / "staging" / "v2" / ("card-" + std::to_string(i) + ".md")) << "+++\n";
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
        CHECK(changes.load() == 0);
        // The status file replaced by a rename: reported.
        std::ofstream(store / ".import-status.tmp") << "state = 'running'\n";
        fs::rename(store / ".import-status.tmp", store / "import-status");
        CHECK(wait_for(changes, 1));
    }
    fs::remove_all(store);
}
