// Content waiting for staff approval (update/pending): a plain content folder on a stick is
// taken only when the kiosk's current settings allow it, kept as the one pending version,
// and published or discarded by staff; every change of `current` lands in history.log.

#include "temp_folder.hpp"

#include "update/history_log.hpp"
#include "update/import.hpp"
#include "update/import_status.hpp"
#include "update/manifest.hpp"
#include "update/minisign.hpp"
#include "update/pending.hpp"
#include "update/store.hpp"

#include <doctest/doctest.h>

#include <sys/stat.h>

#include <span>
#include <string>

namespace {

using namespace haven::update;
using haven_test::read_file;
using haven_test::TempFolder;
using haven_test::write_file;
namespace fs = std::filesystem;

// The bundled content, with a staff PIN and the clinic's choice about unsigned content.
void copy_content(const fs::path& to, bool allow_unsigned, bool with_pin = true) {
    fs::create_directories(to.parent_path());
    fs::copy(HAVEN_SOURCE_CONTENT_DIR, to, fs::copy_options::recursive);
    std::string settings = read_file(to / "kiosk.toml");
    const std::string from = "allow_unsigned = false";
    REQUIRE(settings.find(from) != std::string::npos);
    settings.replace(settings.find(from), from.size(), allow_unsigned ? "allow_unsigned = true" : from);
    if (with_pin) settings = "staff_pin_hash = \"$argon2id$v=19$m=65536,t=2,p=1$c2FsdA$aGFzaA\"\n" + settings;
    write_file(to / "kiosk.toml", settings);
}

struct Fixture {
    TempFolder folder;
    KeyPair keys = generate_key_pair();
    fs::path store = folder.path() / "store";

    Fixture() { write_file(folder.path() / "keys" / "clinic.pub", format_public_key(keys.public_key)); }

    // A signed pack of the bundled content, imported: what the kiosk shows.
    std::string install_signed(bool allow_unsigned, bool with_pin = true) {
        const fs::path pack = folder.path() / "signed" / kPackFolderName;
        fs::remove_all(pack.parent_path());
        copy_content(pack, allow_unsigned, with_pin);
        std::string problem;
        const auto manifest = manifest_of_folder(pack, problem);
        REQUIRE_MESSAGE(manifest, problem);
        const std::string text = format_manifest(*manifest);
        write_file(pack / kManifestName, text);
        const auto* bytes = reinterpret_cast<const std::uint8_t*>(text.data());
        write_file(pack / kSignatureName, sign(keys.secret_key, std::span(bytes, text.size()),
                                               format_pack_comment({++signed_at, "Signed"})));
        const ImportResult result = import(pack.parent_path());
        REQUIRE_MESSAGE(result.outcome == ImportResult::Outcome::Imported, result.report);
        return result.version;
    }

    // A stick with a plain content folder in haven-content/, with one card changed by `note`.
    fs::path plain_stick(const std::string& name, const std::string& note, bool allow_unsigned = true) {
        const fs::path stick = folder.path() / name;
        copy_content(stick / kContentFolderName, allow_unsigned);
        const fs::path card = stick / kContentFolderName / "cards" / "talking-first-steps.md";
        REQUIRE(fs::exists(card));
        write_file(card, read_file(card) + "\n" + note + "\n");
        return stick;
    }

    ImportResult import(const fs::path& stick) {
        ImportOptions options;
        options.source = stick;
        options.store = store;
        options.trusted_keys = folder.path() / "keys";
        return import_pack(options, {});
    }

    std::int64_t signed_at = 1763700000;
};

}  // namespace

TEST_CASE("a plain content folder is refused unless the kiosk's own settings allow unsigned content") {
    Fixture f;
    const std::string shown = f.install_signed(false);
    // The stick's own kiosk.toml says yes: that counts for nothing.
    const ImportResult result = f.import(f.plain_stick("stick", "A new line.", true));
    CHECK(result.outcome == ImportResult::Outcome::Refused);
    CHECK(exit_code(result.outcome) == 1);
    CHECK(result.report.find("allow_unsigned = true") != std::string::npos);
    CHECK_FALSE(pending_version(f.store));
    CHECK(current_version(f.store) == shown);
}

TEST_CASE("without a staff PIN nobody could approve it, so it is refused") {
    Fixture f;
    f.install_signed(true, false);
    const ImportResult result = f.import(f.plain_stick("stick", "A new line."));
    CHECK(result.outcome == ImportResult::Outcome::Refused);
    CHECK(result.report.find("no staff PIN") != std::string::npos);
    CHECK_FALSE(pending_version(f.store));
}

TEST_CASE("allowed, a checked plain folder waits for approval and patients keep what they see") {
    Fixture f;
    const std::string shown = f.install_signed(true);
    const ImportResult result = f.import(f.plain_stick("stick", "A new line."));
    REQUIRE_MESSAGE(result.outcome == ImportResult::Outcome::Pending, result.report);
    CHECK(exit_code(result.outcome) == kImportExitPending);
    CHECK(exit_code(result.outcome) == 5);
    const auto pending = pending_version(f.store);
    REQUIRE(pending);
    CHECK(pending->id == result.version);
    CHECK(pending->arrived_at > 0);
    CHECK(fs::exists(pending->folder / "cards" / "talking-first-steps.md"));
    CHECK(fs::exists(pending->folder / kManifestName));          // the store's own list of hashes
    CHECK_FALSE(fs::exists(pending->folder / kSignatureName));
    CHECK(current_version(f.store) == shown);
    CHECK(read_import_status(f.store).state == ImportStatus::State::Pending);
    CHECK(result.report.find("Waiting for staff approval") == 0);
    CHECK(result.report.find("signed manifest") == std::string::npos);
}

TEST_CASE("a newer stick replaces what waits only when its own check passes") {
    Fixture f;
    f.install_signed(true);
    const ImportResult first = f.import(f.plain_stick("stick1", "First change."));
    REQUIRE(first.outcome == ImportResult::Outcome::Pending);

    // Broken content: refused, and the version waiting stays as it was.
    const fs::path broken = f.plain_stick("stick2", "Second change.");
    write_file(broken / kContentFolderName / "topics.toml", "[[topic]]\nid = \n");
    const ImportResult refused = f.import(broken);
    CHECK(refused.outcome == ImportResult::Outcome::Refused);
    CHECK(refused.report.find("topics.toml") != std::string::npos);  // every problem, as haven check says it
    REQUIRE(pending_version(f.store));
    CHECK(pending_version(f.store)->id == first.version);

    const ImportResult second = f.import(f.plain_stick("stick3", "Third change."));
    REQUIRE(second.outcome == ImportResult::Outcome::Pending);
    CHECK(second.version != first.version);
    CHECK(pending_version(f.store)->id == second.version);
    CHECK_FALSE(fs::exists(f.store / kPendingFolder / first.version));
}

TEST_CASE("a second folder left in pending/ by hand never waits beside the newest, and the next import tidies") {
    Fixture f;
    f.install_signed(true);
    const ImportResult first = f.import(f.plain_stick("stick1", "First change."));
    REQUIRE(first.outcome == ImportResult::Outcome::Pending);
    // As if an older one had been left behind.
    fs::copy(f.store / kPendingFolder / first.version, f.store / kPendingFolder / "20000101-000000-older",
             fs::copy_options::recursive);
    CHECK(pending_version(f.store)->id == first.version);
    f.import(f.plain_stick("stick2", "Second change."));
    CHECK_FALSE(fs::exists(f.store / kPendingFolder / "20000101-000000-older"));
}

TEST_CASE("publishing makes the waiting version current and records the staff PIN; discarding leaves no trace") {
    Fixture f;
    const std::string shown = f.install_signed(true);
    const ImportResult waiting = f.import(f.plain_stick("stick", "A new line."));
    REQUIRE(waiting.outcome == ImportResult::Outcome::Pending);

    SUBCASE("publish") {
        // Not what staff looked at (a newer stick replaced it): nothing changes.
        CHECK(publish_pending(f.store, "20000101-000000-other").outcome == StaffDecision::Outcome::Refused);
        CHECK(current_version(f.store) == shown);
        {
            const StoreLock import_running_now(f.store);  // an import holds the store
            REQUIRE(import_running_now.held());
            CHECK(publish_pending(f.store, waiting.version).outcome == StaffDecision::Outcome::Busy);
            CHECK(current_version(f.store) == shown);
        }
        const StaffDecision published = publish_pending(f.store, waiting.version);
        REQUIRE_MESSAGE(published.outcome == StaffDecision::Outcome::Done, published.message);
        CHECK(current_version(f.store) == waiting.version);
        CHECK_FALSE(pending_version(f.store));
        const auto history = read_history(f.store, 20);
        REQUIRE(history.size() == 2);
        CHECK(history[0].find("signature ") != std::string::npos);
        CHECK(history[1].find(waiting.version) != std::string::npos);
        CHECK(history[1].ends_with("staff PIN"));
        CHECK(history[1].find("\"Haven's bundled content (Unsigned, approved by staff)\"") != std::string::npos);
        // Kept for rollback like any version, labelled for what it is.
        bool listed = false;
        for (const StoredVersion& v : list_versions(f.store))
            if (v.id == waiting.version)
                listed = v.current && v.label == "Haven's bundled content (" + std::string(kStaffApprovedLabel) + ")";
        CHECK(listed);
        // Back to the signed version: recorded as a rollback.
        CHECK(roll_back(f.store, shown).empty());
        CHECK(read_history(f.store, 20).back().ends_with("rollback"));
        CHECK(read_history(f.store, 1).size() == 1);
    }
    SUBCASE("discard") {
        const StaffDecision discarded = discard_pending(f.store, waiting.version);
        CHECK(discarded.outcome == StaffDecision::Outcome::Done);
        CHECK_FALSE(pending_version(f.store));
        CHECK(current_version(f.store) == shown);
        CHECK(read_history(f.store, 20).size() == 1);  // nothing patients see changed
        CHECK(publish_pending(f.store, waiting.version).outcome == StaffDecision::Outcome::Refused);
    }
}

TEST_CASE("the same content as the one shown is not made to wait") {
    Fixture f;
    f.install_signed(true);
    const fs::path stick = f.folder.path() / "same";
    copy_content(stick / kContentFolderName, true);
    const ImportResult result = f.import(stick);
    CHECK(result.outcome == ImportResult::Outcome::Imported);
    CHECK(result.report.find("already shows this content") != std::string::npos);
    CHECK_FALSE(pending_version(f.store));
}

TEST_CASE("a history line is one line whatever the label holds, and the log keeps its newest lines") {
    const std::string line = format_history_line({1764707465, "20251202-203105-abc", "Spring \"update\"\nsigned", "staff PIN"});
    CHECK(line == "2025-12-02T20:31:05Z  20251202-203105-abc  \"Spring \\\"update\\\"\\x0asigned\"  staff PIN");
    CHECK(format_history_line({1764707465, "v", "", "rollback"}) == "2025-12-02T20:31:05Z  v  (no label)  rollback");

    TempFolder folder;
    const std::string label(200, 'x');
    for (int i = 0; i < 2000; ++i) REQUIRE(append_history(folder.path(), {1764707465 + i, "v" + std::to_string(i), label, "rollback"}));
    CHECK(fs::file_size(folder.path() / kHistoryFile) <= 256u << 10);
    const auto last = read_history(folder.path(), 3);
    REQUIRE(last.size() == 3);
    CHECK(last[2].find("  v1999  ") != std::string::npos);
    CHECK(last[0].find("  v1997  ") != std::string::npos);
}

TEST_CASE("only the content's own files are taken: a stick's other files stay on the stick") {
    Fixture f;
    f.install_signed(true);
    const fs::path stick = f.folder.path() / "top";
    copy_content(stick, true);  // the content at the stick's top, beside other things
    write_file(stick / "cards" / "talking-first-steps.md", read_file(stick / "cards" / "talking-first-steps.md") + "\nNew.\n");
    write_file(stick / "Patient list.csv", "name,date\n");
    write_file(stick / "Photos" / "holiday.jpg", "jpeg");
    const ImportResult result = f.import(stick);
    REQUIRE_MESSAGE(result.outcome == ImportResult::Outcome::Pending, result.report);
    const auto pending = pending_version(f.store);
    REQUIRE(pending);
    CHECK_FALSE(fs::exists(pending->folder / "Patient list.csv"));
    CHECK_FALSE(fs::exists(pending->folder / "Photos"));
    CHECK(fs::exists(pending->folder / "cards"));
    CHECK(result.report.find("Left on the stick, not content: Patient list.csv, Photos.") != std::string::npos);
}

TEST_CASE("signature files in unsigned content stay on the stick: their comment never counts as verified") {
    Fixture f;
    f.install_signed(true);
    const fs::path stick = f.plain_stick("forged", "A new line.");
    const fs::path content = stick / kContentFolderName;
    write_file(content / kSignatureName,
               "untrusted comment: x\nRWQ\ntrusted comment: timestamp:4102444800\tlabel:Central team update\nx\n");
    write_file(content / kManifestName, "0000  cards/nothing.md\n");
    const ImportResult result = f.import(stick);
    REQUIRE_MESSAGE(result.outcome == ImportResult::Outcome::Pending, result.report);
    const auto pending = pending_version(f.store);
    REQUIRE(pending);
    CHECK_FALSE(fs::exists(pending->folder / kSignatureName));
    CHECK(read_file(pending->folder / kManifestName).find("cards/nothing.md") == std::string::npos);  // the store's own
    CHECK(result.report.find("Left on the stick, not content: MANIFEST, MANIFEST.minisig.") != std::string::npos);
    REQUIRE(publish_pending(f.store, pending->id).outcome == StaffDecision::Outcome::Done);
    for (const StoredVersion& v : list_versions(f.store))
        if (v.current) {
            CHECK(v.label.find(kStaffApprovedLabel) != std::string::npos);
            CHECK(v.label.find("Central team") == std::string::npos);
            CHECK(v.signed_at == 0);  // nothing forged counts as a signing time
        }
    // A genuine signed pack is still taken afterwards.
    f.install_signed(true);
}

TEST_CASE("content without a staff PIN is refused: published, it would take the staff view away") {
    Fixture f;
    f.install_signed(true);
    const fs::path stick = f.folder.path() / "no-pin";
    copy_content(stick / kContentFolderName, true, false);
    const ImportResult result = f.import(stick);
    CHECK(result.outcome == ImportResult::Outcome::Refused);
    CHECK(result.report.find("no staff_pin_hash") != std::string::npos);
    CHECK_FALSE(pending_version(f.store));
}

TEST_CASE("publishing checks the waiting content again, and the kiosk's settings of the moment") {
    Fixture f;
    const std::string shown = f.install_signed(true);
    const ImportResult waiting = f.import(f.plain_stick("stick", "A new line."));
    REQUIRE(waiting.outcome == ImportResult::Outcome::Pending);
    const fs::path folder = f.store / kPendingFolder / waiting.version;
    SUBCASE("a file removed after the check") {
        fs::remove(folder / "topics.toml");
        const StaffDecision decision = publish_pending(f.store, waiting.version);
        CHECK(decision.outcome == StaffDecision::Outcome::Refused);
        CHECK(decision.message.find("changed after they were checked") != std::string::npos);
    }
    SUBCASE("a file changed after the check") {
        write_file(folder / "cards" / "talking-first-steps.md", "+++\ntitle = \"Changed\"\n");
        CHECK(publish_pending(f.store, waiting.version).outcome == StaffDecision::Outcome::Refused);
    }
    SUBCASE("the kiosk stopped taking unsigned content meanwhile") {
        f.install_signed(false);
        const std::string now_shown = *current_version(f.store);
        const StaffDecision decision = publish_pending(f.store, waiting.version);
        CHECK(decision.outcome == StaffDecision::Outcome::Refused);
        CHECK(decision.message.find("no longer takes unsigned content") != std::string::npos);
        CHECK(current_version(f.store) == now_shown);
        return;
    }
    CHECK(current_version(f.store) == shown);
}

TEST_CASE("a history.log that is a FIFO or a folder is never opened: the change stands, unrecorded") {
    TempFolder folder;
    REQUIRE(::mkfifo((folder.path() / kHistoryFile).c_str(), 0600) == 0);
    CHECK_FALSE(append_history(folder.path(), {1, "v", "", "rollback"}));  // returns at once, never blocks
    fs::remove(folder.path() / kHistoryFile);
    fs::create_directory(folder.path() / kHistoryFile);
    CHECK_FALSE(append_history(folder.path(), {1, "v", "", "rollback"}));
    CHECK(read_history(folder.path(), 5).empty());
}

TEST_CASE("publishing says so in the status; a publish killed before its switch leaves nothing shown or kept") {
    Fixture f;
    const std::string shown = f.install_signed(true);
    const ImportResult waiting = f.import(f.plain_stick("stick", "A new line."));
    REQUIRE(waiting.outcome == ImportResult::Outcome::Pending);
    SUBCASE("published") {
        REQUIRE(publish_pending(f.store, waiting.version).outcome == StaffDecision::Outcome::Done);
        const ImportStatus status = read_import_status(f.store);
        CHECK(status.state == ImportStatus::State::Imported);  // the banner says "Content updated."
        CHECK(status.version == waiting.version);
    }
    SUBCASE("discarded") {
        REQUIRE(discard_pending(f.store, waiting.version).outcome == StaffDecision::Outcome::Done);
        CHECK(read_import_status(f.store).state == ImportStatus::State::None);  // no "waiting" banner left
    }
    SUBCASE("killed between the move and the switch") {
        // What publish_pending leaves when killed there: its status, and the version moved.
        REQUIRE(write_import_status(f.store, {ImportStatus::State::Running, 0, 0, "Publishing", 0, waiting.version}));
        fs::rename(f.store / kPendingFolder / waiting.version, f.store / "versions" / waiting.version);
        CHECK(current_version(f.store) == shown);
        const ImportResult next = f.import(f.plain_stick("stick2", "Another line."));
        CHECK(next.outcome == ImportResult::Outcome::Pending);
        CHECK_FALSE(fs::exists(f.store / "versions" / waiting.version));
        CHECK(current_version(f.store) == shown);
    }
}
