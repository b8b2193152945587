// The store's layout operations: switching `current`, listing and pruning versions, cleaning
// staging, and the store lock as other descriptors and other processes see it.

#include "temp_folder.hpp"

#include "update/manifest.hpp"
#include "update/store.hpp"

#include <doctest/doctest.h>

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <set>
#include <thread>
#include <vector>

namespace {

using namespace haven::update;
using haven_test::TempFolder;
using haven_test::write_file;
namespace fs = std::filesystem;

// A version folder as an import leaves it: content plus the signature with its trusted comment.
void make_version(const fs::path& store, const std::string& id, const std::string& label = {},
                  std::int64_t signed_at = 0) {
    write_file(store / "versions" / id / "topics.toml", "# " + id + "\n");
    const std::string comment = format_pack_comment({signed_at, label});
    write_file(store / "versions" / id / "MANIFEST.minisig",
               "untrusted comment: signature\nRWQ...\ntrusted comment: " + comment + "\nAAAA...\n");
}

std::vector<std::string> ids_of(const std::vector<StoredVersion>& versions) {
    std::vector<std::string> ids;
    for (const auto& v : versions) ids.push_back(v.id);
    return ids;
}

}  // namespace

TEST_CASE("switch_current points current at the version with a relative symlink, replacing the old one") {
    TempFolder folder;
    const fs::path store = folder.path();
    make_version(store, "20250101-000000-aaaaaaaaaaaa");
    make_version(store, "20250202-000000-bbbbbbbbbbbb");
    CHECK_FALSE(current_version(store).has_value());

    CHECK(switch_current(store, "20250101-000000-aaaaaaaaaaaa").empty());
    CHECK(current_version(store) == "20250101-000000-aaaaaaaaaaaa");
    CHECK(fs::read_symlink(store / "current") == "versions/20250101-000000-aaaaaaaaaaaa");
    CHECK(haven_test::read_file(store / "current" / "topics.toml") == "# 20250101-000000-aaaaaaaaaaaa\n");

    CHECK(switch_current(store, "20250202-000000-bbbbbbbbbbbb").empty());
    CHECK(current_version(store) == "20250202-000000-bbbbbbbbbbbb");
    CHECK_FALSE(fs::exists(fs::symlink_status(store / ".current.new")));  // the temporary link was renamed, not left
}

TEST_CASE("switch_current refuses versions that are not there, and names that leave versions/") {
    TempFolder folder;
    const fs::path store = folder.path();
    make_version(store, "20250101-000000-aaaaaaaaaaaa");
    REQUIRE(switch_current(store, "20250101-000000-aaaaaaaaaaaa").empty());
    fs::create_directories(store / "elsewhere");
    for (const std::string id : {"20990101-000000-cccccccccccc", "../elsewhere", "..", "", "a/b"}) {
        CAPTURE(id);
        CHECK_FALSE(switch_current(store, id).empty());
        CHECK(current_version(store) == "20250101-000000-aaaaaaaaaaaa");
    }
}

TEST_CASE("a reader never finds current missing or half-made while it is switched") {
    TempFolder folder;
    const fs::path store = folder.path();
    const std::string a = "20250101-000000-aaaaaaaaaaaa";
    const std::string b = "20250202-000000-bbbbbbbbbbbb";
    make_version(store, a);
    make_version(store, b);
    REQUIRE(switch_current(store, a).empty());
    std::atomic<bool> stop{false};
    std::thread switcher([&] {
        for (int i = 0; i < 300; ++i) REQUIRE(switch_current(store, i % 2 ? a : b).empty());
        stop = true;
    });
    int reads = 0;
    int bad = 0;
    while (!stop) {
        const std::string topics = haven_test::read_file(store / "current" / "topics.toml");
        if (topics != "# " + a + "\n" && topics != "# " + b + "\n") ++bad;
        ++reads;
    }
    switcher.join();
    CHECK(reads > 0);
    CHECK(bad == 0);
}

TEST_CASE("list_versions lists version folders newest import first, with the signed label and dates") {
    TempFolder folder;
    const fs::path store = folder.path();
    make_version(store, "20240615-101500-111111111111", "Summer", 1718000000);
    make_version(store, "20251121-130512-333333333333", "Winter", 1763700000);
    make_version(store, "20250301-080000-222222222222");
    write_file(store / "versions" / "20260101-000000-notafolder", "stray file");  // not a version
    REQUIRE(switch_current(store, "20250301-080000-222222222222").empty());

    const auto versions = list_versions(store);
    CHECK(ids_of(versions) == std::vector<std::string>{"20251121-130512-333333333333", "20250301-080000-222222222222",
                                                       "20240615-101500-111111111111"});
    CHECK(versions[0].label == "Winter");
    CHECK(versions[0].signed_at == 1763700000);
    CHECK(versions[0].imported_at == 1763730312);  // 2025-11-21 13:05:12 UTC
    CHECK_FALSE(versions[0].current);
    CHECK(versions[1].current);
    CHECK(versions[1].label.empty());
    CHECK(versions[2].label == "Summer");
    CHECK(list_versions(store / "nowhere").empty());
}

TEST_CASE("prune_versions keeps the current version and the newest others") {
    TempFolder folder;
    const fs::path store = folder.path();
    const std::vector<std::string> ids = {"20250101-000000-000000000001", "20250102-000000-000000000002",
                                          "20250103-000000-000000000003", "20250104-000000-000000000004",
                                          "20250105-000000-000000000005"};
    for (const auto& id : ids) make_version(store, id);
    REQUIRE(switch_current(store, ids[1]).empty());  // an older one is current after a rollback

    prune_versions(store, 2);
    CHECK(ids_of(list_versions(store)) == std::vector<std::string>{ids[4], ids[3], ids[1]});
    CHECK(fs::is_empty(store / "staging"));  // nothing half-deleted left behind

    prune_versions(store, 0);
    CHECK(ids_of(list_versions(store)) == std::vector<std::string>{ids[1]});
    CHECK(current_version(store) == ids[1]);
}

TEST_CASE("clean_staging removes every stale staging folder and counts them") {
    TempFolder folder;
    const fs::path store = folder.path();
    write_file(store / "staging" / "20250101-000000-aaaaaaaaaaaa" / "cards" / "a.md", "half a card");
    write_file(store / "staging" / "20250101-000000-bbbbbbbbbbbb.removing" / "topics.toml", "");
    make_version(store, "20250101-000000-cccccccccccc");
    CHECK(clean_staging(store) == 2);
    CHECK(fs::is_empty(store / "staging"));
    CHECK(fs::exists(store / "versions" / "20250101-000000-cccccccccccc" / "topics.toml"));  // versions untouched
    CHECK(clean_staging(store) == 0);
}

TEST_CASE("the store lock is exclusive across descriptors of one process, and import_running sees it") {
    TempFolder folder;
    const fs::path store = folder.path();
    CHECK_FALSE(import_running(store));  // no lock file yet
    {
        const StoreLock first(store);
        REQUIRE(first.held());
        CHECK(import_running(store));
        const StoreLock second(store);
        CHECK_FALSE(second.held());
        CHECK(import_running(store));  // asking does not take or drop it
        const StoreLock third(store);
        CHECK_FALSE(third.held());
    }
    CHECK_FALSE(import_running(store));
    const StoreLock again(store);
    CHECK(again.held());
}

TEST_CASE("a lock held by another process shows as running and is released when that process is killed") {
    TempFolder folder;
    const fs::path store = folder.path();
    int locked[2];
    REQUIRE(pipe(locked) == 0);
    const pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        const StoreLock lock(store);
        const char held = lock.held() ? 'y' : 'n';
        if (write(locked[1], &held, 1) != 1) _exit(1);
        pause();  // holds the lock until killed
        _exit(0);
    }
    char held = 0;
    REQUIRE(read(locked[0], &held, 1) == 1);
    CHECK(held == 'y');
    CHECK(import_running(store));
    CHECK_FALSE(StoreLock(store).held());
    CHECK(roll_back(store, "20250101-000000-aaaaaaaaaaaa") == "An import is running; try again when it has finished.");

    kill(child, SIGKILL);
    int status = 0;
    waitpid(child, &status, 0);
    close(locked[0]);
    close(locked[1]);
    CHECK_FALSE(import_running(store));  // the kernel dropped the dead process's lock
    CHECK(StoreLock(store).held());
}

TEST_CASE("write_file_atomically replaces a file whole and leaves no temporary file") {
    TempFolder folder;
    const fs::path file = folder.path() / "report.txt";
    CHECK(write_file_atomically(file, "first\n"));
    CHECK(write_file_atomically(file, "second\n"));
    CHECK(haven_test::read_file(file) == "second\n");
    std::set<std::string> names;
    for (const auto& entry : fs::directory_iterator(folder.path())) names.insert(entry.path().filename().string());
    CHECK(names == std::set<std::string>{"report.txt"});
    CHECK_FALSE(write_file_atomically(folder.path() / "no-such-folder" / "report.txt", "x"));
}
