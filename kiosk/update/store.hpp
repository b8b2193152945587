#pragma once
// The content store the deployed kiosk shows from (default /var/lib/haven):
//
//   STORE/current            symlink -> versions/<id>; the kiosk shows STORE/current
//   STORE/versions/<id>/     one folder per imported version, never changed once there
//   STORE/staging/           half-copied imports; anything here is stale unless an import
//                            holds the lock
//   STORE/.lock              locked by an import (and by a rollback) while it runs
//   STORE/import-status      progress and result of the latest import, for the kiosk
//   STORE/last-import-report.txt
//   STORE/pending/<id>/      content waiting for staff approval (pending.hpp)
//   STORE/history.log        one line per change of `current` (history_log.hpp)
//
// `current` only ever changes by renaming a fresh symlink over it, followed by an fsync of
// STORE, so at every instant (power cut included) it names a complete version.

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace haven::update {

inline constexpr const char* kDefaultStore = "/var/lib/haven";
inline constexpr const char* kDefaultTrustedKeys = "/etc/haven/trusted-keys";

struct StoredVersion {
    std::string id;             // folder name under versions/
    std::string label;          // the pack's label from its signed comment (printable()), may be empty
    std::int64_t signed_at = 0; // unix time from the signed comment, 0 if unknown
    std::int64_t imported_at = 0;
    bool current = false;
};

// What list_versions() calls a version that came without a signature (staff approved it).
inline constexpr const char* kStaffApprovedLabel = "Unsigned, approved by staff";
// The label of such a version: its own ([updates] label in its kiosk.toml, escaped), then
// kStaffApprovedLabel in brackets; kStaffApprovedLabel alone when it has none.
std::string staff_approved_label(const std::filesystem::path& version_folder);

// The versions in the store, newest import first.
std::vector<StoredVersion> list_versions(const std::filesystem::path& store);

// The id `current` points at, if any.
std::optional<std::string> current_version(const std::filesystem::path& store);

// Points `current` at versions/<id> atomically (rename over, then fsync STORE). Returns an
// empty string on success, else a sentence for staff. Used by import and by rollback.
std::string switch_current(const std::filesystem::path& store, const std::string& id);

// Goes back (or forward) to a version kept in the store, for the staff view: takes the store
// lock, checks that versions/<id> is there, then switch_current() and a "rollback" line in
// history.log. Returns an empty string on
// success, else a sentence for staff (an import is running, no such version, ...).
std::string roll_back(const std::filesystem::path& store, const std::string& id);

// Ids start with the import time in UTC ("20261121-130512-..."), which is what makes them
// sort in import order: that time, or 0 when the id does not start that way.
std::int64_t imported_at_of(const std::string& id);

// True when `id` can name a folder under versions/ (one plain file-name part), so an id
// from a file or the staff view can never point outside the store.
bool is_version_id(std::string_view id);

// Keeps the current version and the `keep_previous` others signed most recently (ties: the
// latest imported), and always the newest signed of all (a version with a signing time);
// deletes the rest.
void prune_versions(const std::filesystem::path& store, int keep_previous);
// The ids prune_versions() would delete from `versions` (as list_versions() gives them).
std::vector<std::string> versions_to_prune(std::vector<StoredVersion> versions, int keep_previous);

// Removes everything under STORE/staging, and temporary files a killed write left in STORE.
// Call only while holding the store lock. Returns how many stale staging folders were removed.
int clean_staging(const std::filesystem::path& store);

// The store lock on STORE/.lock. Released when destroyed, or when the process dies.
// It is an open-file-description lock (fcntl F_OFD_SETLK), which behaves like flock() but
// can be tested without being taken (F_OFD_GETLK): the kiosk's import_running() never makes
// an import that starts at the same instant fail to get the lock. A flock() is taken on the
// same file as well, for shell scripts that take the store lock with flock(1).
class StoreLock {
public:
    // Tries once; `held()` says whether it got the lock.
    explicit StoreLock(const std::filesystem::path& store);
    ~StoreLock();
    StoreLock(const StoreLock&) = delete;
    StoreLock& operator=(const StoreLock&) = delete;
    bool held() const { return fd_ >= 0; }

private:
    int fd_ = -1;
};

// True while some process holds the store lock (an import is running). Does not take it.
bool import_running(const std::filesystem::path& store);

// The store's small files (status, reports) are replaced whole: `text` goes to a temporary
// file beside `file`, is fsynced and renamed over it, then the folder is fsynced, so a reader
// or a power cut sees the old text or the new, never a part. False when any step failed.
// Not `durable`: no fsyncs, for progress that is rewritten many times a second and worthless
// after a power cut (readers still never see a part, only possibly an older text).
// The temporary file has an unpredictable name and is created new (replace_file_at), so
// nothing left in the folder is ever written through. On failure errno says why.
bool write_file_atomically(const std::filesystem::path& file, std::string_view text, bool durable = true);

// As write_file_atomically (durable), but on a full disk removes the old file and tries once
// more: the import's status and report must say how it ended even then, and a moment without
// the file is better than the old one telling another story.
bool replace_file_making_room(const std::filesystem::path& file, std::string_view text);

// fsync()s a folder, so that entries created, renamed or removed in it survive a power cut.
bool sync_folder(const std::filesystem::path& folder);

} // namespace haven::update
