// The store's layout operations: switching `current`, listing and pruning versions, cleaning
// staging, and the store lock as other descriptors and other processes see it.

#include "temp_folder.hpp"

#include "update/manifest.hpp"
#include "update/store.hpp"

#include <doctest/doctest.h>

#include <signal.h>
#include <sys/stat.h>
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

TEST_CASE("list_versions shows a signed label with its control characters escaped") {
    // Issue 13.6: a label is signed, but by whoever made the pack; the staff view and
    // `haven rollback` show it, so it must not clear a terminal or print a line of its own.
    TempFolder folder;
    const fs::path store = folder.path();
    // Written by hand: format_pack_comment() would have turned the controls into spaces.
    write_file(store / "versions" / "20250101-000000-aaaaaaaaaaaa" / "MANIFEST.minisig",
               "untrusted comment: x\nRWQ\ntrusted comment: timestamp:1740996000\tlabel:"
               "Spring \x1b[2J\x1b[31mupdate\a\r\xc2\x9b\nAAAA\n");
    const auto versions = list_versions(store);
    REQUIRE(versions.size() == 1);
    CHECK(versions[0].label == "Spring \\x1b[2J\\x1b[31mupdate\\x07\\x0d\\xc2\\x9b");
}

TEST_CASE("prune_versions goes by signing time: the newest content is never pruned") {
    // Issue 13.1: pruning by import time let two old packs, imported over and over, push the
    // newest version out of the store. Ids sort in import order; signing times do not here.
    TempFolder folder;
    const fs::path store = folder.path();
    const std::string newest = "20250101-000000-000000000001";  // imported first, signed last
    const std::string old_a = "20250102-000000-000000000002";
    const std::string old_b = "20250103-000000-000000000003";
    const std::string middle = "20250104-000000-000000000004";
    make_version(store, newest, "Newest", 1746784800);
    make_version(store, old_a, "Old A", 1740000000);
    make_version(store, old_b, "Old B", 1740100000);
    make_version(store, middle, "Middle", 1743000000);
    REQUIRE(switch_current(store, old_b).empty());  // after a rollback

    prune_versions(store, 1);
    CHECK(ids_of(list_versions(store)) == std::vector<std::string>{old_b, newest});

    // Even with nothing to keep, the newest stays beside the current one.
    make_version(store, middle, "Middle", 1743000000);
    prune_versions(store, 0);
    CHECK(ids_of(list_versions(store)) == std::vector<std::string>{old_b, newest});
    REQUIRE(switch_current(store, newest).empty());
    prune_versions(store, 0);
    CHECK(ids_of(list_versions(store)) == std::vector<std::string>{newest});
}

TEST_CASE("versions_to_prune: the current version, the newest, then by signing time, unsigned last") {
    std::vector<StoredVersion> versions = {
        {"20250105-000000-000000000005", "", 0, 0, false},           // unsigned (seeded), imported last
        {"20250104-000000-000000000004", "", 1740000000, 0, true},    // current
        {"20250103-000000-000000000003", "", 1746000000, 0, false},   // newest signed
        {"20250102-000000-000000000002", "", 1743000000, 0, false},
        {"0-installed-with-haven", "", 0, 0, false},
    };
    CHECK(versions_to_prune(versions, 0) ==
          std::vector<std::string>{"20250102-000000-000000000002", "20250105-000000-000000000005", "0-installed-with-haven"});
    CHECK(versions_to_prune(versions, 2) ==
          std::vector<std::string>{"20250105-000000-000000000005", "0-installed-with-haven"});
    CHECK(versions_to_prune(versions, 3) == std::vector<std::string>{"0-installed-with-haven"});
}

TEST_CASE("write_file_atomically never writes through what is already in the folder") {
    // Issue 13.2: the report used to go through ".NAME.tmp", opened with O_TRUNC: a hard link
    // of that name to a live file was overwritten, and a FIFO of that name hung the import.
    TempFolder folder;
    const fs::path live = folder.path() / "live.toml";
    write_file(live, "live content\n");
    const fs::path report = folder.path() / "report.txt";
    REQUIRE(::link(live.c_str(), (folder.path() / ".report.txt.tmp").c_str()) == 0);
    REQUIRE(::link(live.c_str(), report.c_str()) == 0);
    REQUIRE(::mkfifo((folder.path() / ".other.txt.tmp").c_str(), 0644) == 0);
    CHECK(write_file_atomically(report, "the report\n"));
    CHECK(write_file_atomically(folder.path() / "other.txt", "another\n"));  // no hang on the FIFO
    CHECK(haven_test::read_file(live) == "live content\n");
    CHECK(haven_test::read_file(report) == "the report\n");
    struct stat info {};
    REQUIRE(::stat(live.c_str(), &info) == 0);
    CHECK(info.st_nlink == 2);  // the report's name now names a new file
}

TEST_CASE("clean_staging also removes temporary files a killed write left in the store") {
    TempFolder folder;
    const fs::path store = folder.path();
    write_file(store / ".import-status.0123456789abcdef.tmp", "half");
    write_file(store / ".notes.tmp", "not ours");  // not a name replace_file_at() makes
    write_file(store / "import-status", "kept");
    clean_staging(store);
    CHECK_FALSE(fs::exists(store / ".import-status.0123456789abcdef.tmp"));
    CHECK(fs::exists(store / ".notes.tmp"));
    CHECK(fs::exists(store / "import-status"));
}
