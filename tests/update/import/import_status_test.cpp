// STORE/import-status as the kiosk reads it: what the import wrote, or, when the import that
// wrote "running" no longer holds the store lock, what `current` says happened.

#include "temp_folder.hpp"

#include "update/import_status.hpp"
#include "update/store.hpp"

#include <doctest/doctest.h>

#include <ctime>
#include <string>

namespace {

using namespace haven::update;
using haven_test::TempFolder;
using State = ImportStatus::State;

}  // namespace

TEST_CASE("an import's final status reads back as written") {
    TempFolder folder;
    const StoreLock lock(folder.path());
    write_import_status(folder.path(), {State::Refused, 3, 37, "Refused: the pack is not signed.", 1763730312, {}});
    const ImportStatus status = read_import_status(folder.path());
    CHECK(status.state == State::Refused);
    CHECK(status.done == 3);
    CHECK(status.total == 37);
    CHECK(status.message == "Refused: the pack is not signed.");
    CHECK(status.finished_at == 1763730312);
}

TEST_CASE("a running status reads as running while the import holds the lock") {
    TempFolder folder;
    const StoreLock lock(folder.path());
    REQUIRE(lock.held());
    write_import_status(folder.path(), {State::Running, 12, 37, "copied 12 of 37 files", 0, {}});
    const ImportStatus status = read_import_status(folder.path());
    CHECK(status.state == State::Running);
    CHECK(status.done == 12);
    CHECK(status.total == 37);
}

TEST_CASE("a running status with no lock holder (the import was killed) reads as Failed") {
    TempFolder folder;
    {
        const StoreLock lock(folder.path());
        write_import_status(folder.path(), {State::Running, 12, 37, "copied 12 of 37 files", 0, {}});
    }
    const ImportStatus status = read_import_status(folder.path());
    CHECK(status.state == State::Failed);
    CHECK(status.message.find("stopped part-way") != std::string::npos);
    CHECK(status.finished_at > 0);
    CHECK(status.finished_at <= static_cast<std::int64_t>(std::time(nullptr)));
}

TEST_CASE("a missing or damaged status file reads as None") {
    TempFolder folder;
    CHECK(read_import_status(folder.path()).state == State::None);
    haven_test::write_file(folder.path() / "import-status", "state = 'running\n\x01\x02");
    CHECK(read_import_status(folder.path()).state == State::None);
    haven_test::write_file(folder.path() / "import-status", "state = 'exploded'\n");
    CHECK(read_import_status(folder.path()).state == State::None);
}

TEST_CASE("an import that stopped after naming its new version reads as what current shows") {
    // Issue 13.5: the final status could not be written (a full disk, a kill) after the status
    // naming the new version was. `current` tells whether the switch happened.
    TempFolder folder;
    const std::filesystem::path store = folder.path();
    for (const std::string id : {"20250101-000000-aaaaaaaaaaaa", "20250202-000000-bbbbbbbbbbbb"})
        haven_test::write_file(store / "versions" / id / "topics.toml", "");
    REQUIRE(switch_current(store, "20250101-000000-aaaaaaaaaaaa").empty());
    {
        const StoreLock lock(store);
        REQUIRE(write_import_status(store, {State::Running, 37, 37, "Switching the kiosk to the new content", 0,
                                            "20250202-000000-bbbbbbbbbbbb"}));
        CHECK(read_import_status(store).state == State::Running);  // still running while it holds the lock
    }
    // Killed before the switch: the kiosk shows the old version, so the import failed.
    ImportStatus status = read_import_status(store);
    CHECK(status.state == State::Failed);
    CHECK(status.version == "20250202-000000-bbbbbbbbbbbb");
    // Killed (or out of disk) just after the switch: the new version is shown, so it is imported.
    REQUIRE(switch_current(store, "20250202-000000-bbbbbbbbbbbb").empty());
    status = read_import_status(store);
    CHECK(status.state == State::Imported);
    CHECK(status.message == "Imported as version 20250202-000000-bbbbbbbbbbbb; the kiosk shows it now.");
    CHECK(status.finished_at > 0);
    // A plain progress line names no version: with no lock holder, it is a failed import.
    {
        const StoreLock lock(store);
        REQUIRE(write_import_status(store, {State::Running, 3, 37, "copied 3 of 37 files", 0, {}}));
    }
    CHECK(read_import_status(store).state == State::Failed);
}

TEST_CASE("a status write says when it failed") {
    TempFolder folder;
    CHECK_FALSE(write_import_status(folder.path() / "no-such-store", {State::Failed, 0, 0, "x", 1, {}}));
    CHECK(write_import_status(folder.path(), {State::Imported, 1, 1, "Imported", 1, "20250101-000000-aaaaaaaaaaaa"}));
    CHECK(read_import_status(folder.path()).version == "20250101-000000-aaaaaaaaaaaa");
}
