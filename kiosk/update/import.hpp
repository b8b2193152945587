#pragma once
// `haven import`: brings a signed content pack from a stick into the store, all or nothing.
//
//   1. take the store lock; remove stale staging folders from an interrupted import
//   2. read MANIFEST and MANIFEST.minisig (size-capped) and verify the signature against
//      the trusted keys; refuse unsigned, tampered and unknown-key packs (and legacy "Ed"
//      signatures unless allowed)
//   3. a pack whose manifest is the one shown: read every file on the stick anyway; "already
//      up to date" when they match, refused as a damaged stick when they do not
//   4. the version rule (newest_accepted.hpp): refuse a pack not signed later than the newest
//      content this store ever took, or whose signing time is unknown
//   5. compare the pack folder with the manifest: refuse extra, missing, symlinked, special
//      or oversized files, and packs over the count and size caps
//   6. check free space, copy every file into STORE/staging/<id>/ hashing what was read,
//      refuse on any hash mismatch or past the caps, fsync every file and folder
//   7. check the copy as content (`haven check`'s rules); refuse on errors
//   8. rename staging/<id> to versions/<id>; write the report and a status naming it; switch
//      `current` (store.hpp); record its signing time; prune old versions by signing time
//   9. write the final status; let the store go; write the report onto the stick when it can
//
// The kiosk's content is never touched until step 8's single rename, so pulling the stick,
// killing the import or a full disk at any point leaves the kiosk on its previous content.
//
// A stick with a plain content folder instead (in haven-content/, or at its top) and no
// signature is taken only when the kiosk's *current* kiosk.toml says `[updates]
// allow_unsigned = true` and it has a staff PIN: its files are walked and copied like a
// pack's (the same refusals and caps), hashed into a MANIFEST of the store's own, checked as
// content, and kept as the one version waiting for staff approval (pending.hpp). `current`
// is not touched; the result is Pending.

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>

namespace haven::update {

struct ImportOptions {
    std::filesystem::path source;        // the stick's mount point, or the haven-pack folder itself
    std::filesystem::path store;         // default kDefaultStore
    std::filesystem::path trusted_keys;  // a folder of minisign .pub files, default kDefaultTrustedKeys
    int keep_previous = 3;               // versions kept for rollback besides the current one
    bool allow_legacy_signatures = false; // take minisign's legacy "Ed" signatures (minisign.hpp)
    std::int64_t max_files = 10000;
    std::int64_t max_file_bytes = 64ll << 20;
    std::int64_t max_total_bytes = 1ll << 30;
};

struct ImportResult {
    enum class Outcome { Imported, Refused, Failed, Pending };
    Outcome outcome = Outcome::Failed;
    std::string version;   // the new current version's id (Imported), or the one waiting (Pending)
    std::string report;    // the full text written to the report files
};

// Exit codes of `haven import`, documented in its --help.
inline constexpr int kImportExitImported = 0;
inline constexpr int kImportExitRefused = 1;   // the pack is bad: nothing changed
inline constexpr int kImportExitFailed = 4;    // the machine failed (disk full, stick pulled): nothing changed
inline constexpr int kImportExitPending = 5;   // unsigned content, checked and waiting for staff approval

// `progress` gets one line per step, for the terminal and the journal.
ImportResult import_pack(const ImportOptions& options, const std::function<void(const std::string&)>& progress);

int exit_code(ImportResult::Outcome outcome);

} // namespace haven::update
