// import_pack() in-process on packs signed here, then roll_back() between the versions it
// kept: the staff view's way back to earlier content.

#include "temp_folder.hpp"

#include "update/import.hpp"
#include "update/import_status.hpp"
#include "update/manifest.hpp"
#include "update/minisign.hpp"
#include "update/store.hpp"

#include <doctest/doctest.h>

#include <set>
#include <span>
#include <string>
#include <vector>

namespace {

using namespace haven::update;
using haven_test::read_file;
using haven_test::TempFolder;
using haven_test::write_file;
namespace fs = std::filesystem;

// A stick holding the bundled content as a pack signed with `key` at `signed_at` (the
// trusted comment `comment`, when given); `edit` changes the content before it is signed.
fs::path make_stick(const fs::path& stick, const SecretKey& key, const std::string& label,
                    const std::function<void(const fs::path&)>& edit = {}, std::int64_t signed_at = 1763700000,
                    const std::string& comment = {}) {
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
               sign(key, std::span(bytes, text.size()), comment.empty() ? format_pack_comment({signed_at, label}) : comment));
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
        }, 1763800000));
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

TEST_CASE("a pack signed earlier than the newest content the store took is refused; rollback stays possible") {
    // Issue 13.1: any older pack signed by a trusted key used to import and replace newer
    // content. A stick can only bring newer content; going back is roll_back()'s.
    Fixture f;
    const auto edit = [](const fs::path& pack) { write_file(pack / kCard, read_file(pack / kCard) + "\nMay.\n"); };
    const fs::path old_stick = make_stick(f.folder.path() / "stick-march", f.keys.secret_key, "March", {}, 1740996000);
    const ImportResult march = f.import(old_stick);
    REQUIRE_MESSAGE(march.outcome == ImportResult::Outcome::Imported, march.report);
    const ImportResult may = f.import(make_stick(f.folder.path() / "stick-may", f.keys.secret_key, "May", edit, 1746784800));
    REQUIRE_MESSAGE(may.outcome == ImportResult::Outcome::Imported, may.report);

    const ImportResult replay = f.import(old_stick);
    CHECK(replay.outcome == ImportResult::Outcome::Refused);
    CHECK(exit_code(replay.outcome) == kImportExitRefused);
    CHECK(replay.report.starts_with("Refused: this stick holds older content, signed 3 March 2025 at"));
    CHECK(replay.report.find("than the kiosk's, signed 9 May 2025 at") != std::string::npos);
    CHECK(replay.report.find("kept on this kiosk as version " + march.version) != std::string::npos);
    CHECK(current_version(f.store) == may.version);
    CHECK(read_import_status(f.store).state == ImportStatus::State::Refused);

    // Staff can still go back, and forward again; a stick cannot do either.
    CHECK(roll_back(f.store, march.version).empty());
    const ImportResult forward = f.import(f.folder.path() / "stick-may");
    CHECK(forward.outcome == ImportResult::Outcome::Refused);
    CHECK(forward.report.find("no later than the kiosk's newest content") != std::string::npos);
    CHECK(current_version(f.store) == march.version);
    CHECK(roll_back(f.store, may.version).empty());

    // The same signing time with other content is not newer either.
    const ImportResult same_time = f.import(make_stick(f.folder.path() / "stick-same", f.keys.secret_key, "Same", [](const fs::path& pack) {
        write_file(pack / kCard, read_file(pack / kCard) + "\nOther.\n");
    }, 1746784800));
    CHECK(same_time.outcome == ImportResult::Outcome::Refused);
    CHECK(current_version(f.store) == may.version);
}

TEST_CASE("a pack whose signature does not say when it was signed cannot be ordered, so it is refused") {
    Fixture f;
    for (const std::string comment : {"Spring update", "timestamp:1763700000\ttimestamp:1763800000", "timestamp:soon"}) {
        CAPTURE(comment);
        const ImportResult result =
            f.import(make_stick(f.folder.path() / "stick", f.keys.secret_key, "", {}, 0, comment));
        CHECK(result.outcome == ImportResult::Outcome::Refused);
        CHECK(result.report.starts_with("Refused: the pack's signature does not say when it was signed"));
        fs::remove_all(f.folder.path() / "stick");
    }
    CHECK_FALSE(current_version(f.store));
}

TEST_CASE("pruning after an import goes by signing time and keeps the newest") {
    Fixture f;
    std::vector<std::string> ids;
    for (int i = 0; i < 4; ++i) {
        const ImportResult result = f.import(make_stick(f.folder.path() / ("stick-" + std::to_string(i)), f.keys.secret_key,
                                                        "V" + std::to_string(i), [i](const fs::path& pack) {
                                                            write_file(pack / kCard, read_file(pack / kCard) + std::to_string(i));
                                                        }, 1740000000 + i * 1000));
        REQUIRE_MESSAGE(result.outcome == ImportResult::Outcome::Imported, result.report);
        ids.push_back(result.version);
    }
    CHECK(list_versions(f.store).size() == 4);  // --keep 3 by default
    // Back to the oldest; the next import (keep 1) keeps the new one and the newest other,
    // which is not the version shown before it.
    REQUIRE(roll_back(f.store, ids[0]).empty());
    ImportOptions options;
    options.source = make_stick(f.folder.path() / "stick-new", f.keys.secret_key, "New", [](const fs::path& pack) {
        write_file(pack / kCard, read_file(pack / kCard) + "new");
    }, 1750000000);
    options.store = f.store;
    options.trusted_keys = f.folder.path() / "keys";
    options.keep_previous = 1;
    const ImportResult result = import_pack(options, {});
    REQUIRE_MESSAGE(result.outcome == ImportResult::Outcome::Imported, result.report);
    std::set<std::string> kept;
    for (const StoredVersion& v : list_versions(f.store)) kept.insert(v.id);
    CHECK(kept == std::set<std::string>{result.version, ids[3]});
    CHECK(result.report.find("is kept for rollback") == std::string::npos);  // the version shown before was pruned
}
