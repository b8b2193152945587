// import_pack() in-process on packs signed here, then roll_back() between the versions it
// kept: the staff view's way back to earlier content.

#include "temp_folder.hpp"

#include "update/import.hpp"
#include "update/import_status.hpp"
#include "update/manifest.hpp"
#include "update/minisign.hpp"
#include "update/store.hpp"

#include <doctest/doctest.h>

#include <span>

namespace {

using namespace haven::update;
using haven_test::read_file;
using haven_test::TempFolder;
using haven_test::write_file;
namespace fs = std::filesystem;

// A stick holding the bundled content as a pack signed with `key`; `edit` changes the
// content before it is signed.
fs::path make_stick(const fs::path& stick, const SecretKey& key, const std::string& label,
                    const std::function<void(const fs::path&)>& edit = {}) {
    const fs::path pack = stick / kPackFolderName;
    fs::create_directories(stick);
    fs::copy(HAVEN_SOURCE_CONTENT_DIR, pack, fs::copy_options::recursive);
    if (edit) edit(pack);
    std::string problem;
    const auto manifest = manifest_of_folder(pack, problem);
    REQUIRE_MESSAGE(manifest, problem);
    const std::string text = format_manifest(*manifest);
    write_file(pack / kManifestName, text);
    const auto* bytes = reinterpret_cast<const std::uint8_t*>(text.data());
    write_file(pack / kSignatureName,
               sign(key, std::span(bytes, text.size()), format_pack_comment({1763700000, label})));
    return stick;
}

struct Fixture {
    TempFolder folder;
    KeyPair keys = generate_key_pair();
    fs::path store = folder.path() / "store";

    Fixture() { write_file(folder.path() / "keys" / "clinic.pub", format_public_key(keys.public_key)); }

    ImportResult import(const fs::path& stick) {
        ImportOptions options;
        options.source = stick;
        options.store = store;
        options.trusted_keys = folder.path() / "keys";
        return import_pack(options, {});
    }
};

const char* kCard = "cards/talking-first-steps.md";

}  // namespace

TEST_CASE("two imports keep the first for rollback, and roll_back switches between them") {
    Fixture f;
    const ImportResult first = f.import(make_stick(f.folder.path() / "stick-a", f.keys.secret_key, "Autumn"));
    REQUIRE_MESSAGE(first.outcome == ImportResult::Outcome::Imported, first.report);
    CHECK(first.report.starts_with("Imported \"Autumn\""));
    const ImportResult second =
        f.import(make_stick(f.folder.path() / "stick-b", f.keys.secret_key, "Winter", [](const fs::path& pack) {
            write_file(pack / kCard, read_file(pack / kCard) + "\nWinter.\n");
        }));
    REQUIRE_MESSAGE(second.outcome == ImportResult::Outcome::Imported, second.report);
    CHECK(current_version(f.store) == second.version);
    CHECK(read_import_status(f.store).state == ImportStatus::State::Imported);

    const auto versions = list_versions(f.store);
    REQUIRE(versions.size() == 2);
    CHECK(versions[0].id == second.version);
    CHECK(versions[0].label == "Winter");
    CHECK(versions[0].current);
    CHECK(versions[1].id == first.version);
    CHECK(versions[1].label == "Autumn");
    CHECK(versions[1].signed_at == 1763700000);
    CHECK(versions[1].imported_at > 0);

    CHECK(roll_back(f.store, first.version).empty());
    CHECK(current_version(f.store) == first.version);
    CHECK(read_file(f.store / "current" / kCard) == read_file(fs::path(HAVEN_SOURCE_CONTENT_DIR) / kCard));

    CHECK(roll_back(f.store, second.version).empty());
    CHECK(read_file(f.store / "current" / kCard).ends_with("\nWinter.\n"));

    CHECK_FALSE(roll_back(f.store, "20000101-000000-000000000000").empty());
    CHECK_FALSE(roll_back(f.store, "../versions").empty());
    CHECK(current_version(f.store) == second.version);
}

TEST_CASE("importing the current pack again is already up to date and copies nothing") {
    Fixture f;
    const fs::path stick = make_stick(f.folder.path() / "stick", f.keys.secret_key, "Autumn");
    const ImportResult first = f.import(stick);
    REQUIRE(first.outcome == ImportResult::Outcome::Imported);
    const ImportResult again = f.import(stick);
    CHECK(again.outcome == ImportResult::Outcome::Imported);
    CHECK(again.version == first.version);
    CHECK(again.report.find("already up to date") != std::string::npos);
    CHECK(list_versions(f.store).size() == 1);
}

TEST_CASE("an import while the store is locked fails without touching the store") {
    Fixture f;
    const ImportResult first = f.import(make_stick(f.folder.path() / "stick-a", f.keys.secret_key, "Autumn"));
    REQUIRE(first.outcome == ImportResult::Outcome::Imported);
    const StoreLock rollback_in_progress(f.store);
    REQUIRE(rollback_in_progress.held());
    const ImportResult second =
        f.import(make_stick(f.folder.path() / "stick-b", f.keys.secret_key, "Winter",
                            [](const fs::path& pack) { write_file(pack / "cards/new.txt", ""); }));
    CHECK(second.outcome == ImportResult::Outcome::Failed);
    CHECK(exit_code(second.outcome) == kImportExitFailed);
    CHECK(second.report.starts_with("Failed: another import or a rollback is running"));
    CHECK(current_version(f.store) == first.version);
    CHECK(read_import_status(f.store).state == ImportStatus::State::Imported);  // the lock holder's, untouched
}
