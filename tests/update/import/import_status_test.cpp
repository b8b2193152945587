// STORE/import-status as the kiosk reads it: what the import wrote, or Failed when the import
// that wrote "running" no longer holds the store lock.

#include "temp_folder.hpp"

#include "update/import_status.hpp"
#include "update/store.hpp"

#include <doctest/doctest.h>

#include <ctime>

namespace {

using namespace haven::update;
using haven_test::TempFolder;
using State = ImportStatus::State;

}  // namespace

TEST_CASE("an import's final status reads back as written") {
    TempFolder folder;
    const StoreLock lock(folder.path());
    write_import_status(folder.path(), {State::Refused, 3, 37, "Refused: the pack is not signed.", 1763730312});
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
    write_import_status(folder.path(), {State::Running, 12, 37, "copied 12 of 37 files", 0});
    const ImportStatus status = read_import_status(folder.path());
    CHECK(status.state == State::Running);
    CHECK(status.done == 12);
    CHECK(status.total == 37);
}

TEST_CASE("a running status with no lock holder (the import was killed) reads as Failed") {
    TempFolder folder;
    {
        const StoreLock lock(folder.path());
        write_import_status(folder.path(), {State::Running, 12, 37, "copied 12 of 37 files", 0});
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
