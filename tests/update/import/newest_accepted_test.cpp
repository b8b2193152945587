// STORE/newest-accepted, the version rule's memory: read back as written, never lower than a
// kept version's signing time, and refusing to guess when damaged.

#include "temp_folder.hpp"

#include "update/manifest.hpp"
#include "update/newest_accepted.hpp"
#include "update/store.hpp"

#include <doctest/doctest.h>

namespace {

using namespace haven::update;
using haven_test::TempFolder;
using haven_test::write_file;
namespace fs = std::filesystem;

void make_version(const fs::path& store, const std::string& id, std::int64_t signed_at) {
    write_file(store / "versions" / id / "topics.toml", "");
    write_file(store / "versions" / id / "MANIFEST.minisig",
               "untrusted comment: x\nRWQ\ntrusted comment: " + format_pack_comment({signed_at, "v"}) + "\nAAAA\n");
}

}  // namespace

TEST_CASE("with no record, the newest accepted is derived from the kept versions") {
    // A store from before the version rule must not open a window for a replay.
    TempFolder folder;
    const fs::path store = folder.path();
    std::string problem;
    CHECK(read_newest_accepted(store, problem)->signed_at == 0);  // a fresh store: anything signed is newer
    write_file(store / "versions" / "0-installed-with-haven" / "topics.toml", "");  // seeded: no signature
    CHECK(read_newest_accepted(store, problem)->signed_at == 0);
    make_version(store, "20250101-000000-aaaaaaaaaaaa", 1746784800);
    make_version(store, "20250202-000000-bbbbbbbbbbbb", 1740996000);  // imported later, signed earlier
    const auto newest = read_newest_accepted(store, problem);
    REQUIRE(newest);
    CHECK(newest->signed_at == 1746784800);
    CHECK(newest->version == "20250101-000000-aaaaaaaaaaaa");
    CHECK_FALSE(has_newest_accepted_record(store));
}

TEST_CASE("the record outlives the versions that set it, and never counts for less than a kept one") {
    TempFolder folder;
    const fs::path store = folder.path();
    make_version(store, "20250101-000000-aaaaaaaaaaaa", 1740996000);
    REQUIRE(write_newest_accepted(store, {1746784800, "20250505-000000-cccccccccccc"}));  // since pruned
    CHECK(has_newest_accepted_record(store));
    std::string problem;
    auto newest = read_newest_accepted(store, problem);
    REQUIRE(newest);
    CHECK(newest->signed_at == 1746784800);
    CHECK(newest->version == "20250505-000000-cccccccccccc");
    // A kept version signed later than the record (the record's write was cut off) wins.
    make_version(store, "20250606-000000-dddddddddddd", 1750000000);
    newest = read_newest_accepted(store, problem);
    REQUIRE(newest);
    CHECK(newest->signed_at == 1750000000);
}

TEST_CASE("a damaged record is an error, never a guess") {
    TempFolder folder;
    const fs::path store = folder.path();
    make_version(store, "20250101-000000-aaaaaaaaaaaa", 1740996000);
    for (const std::string text : {"signed_at = 'yesterday'\n", "nothing here\n", "signed_at = -5\n", "\x01\x02"}) {
        CAPTURE(text);
        write_file(store / "newest-accepted", text);
        std::string problem;
        CHECK_FALSE(read_newest_accepted(store, problem));
        CHECK(problem.find("newest-accepted") != std::string::npos);
    }
    fs::remove(store / "newest-accepted");
    fs::create_directory(store / "newest-accepted");  // not a file at all
    std::string problem;
    CHECK_FALSE(read_newest_accepted(store, problem));
}
