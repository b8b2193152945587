// `haven import` (see import.hpp). The pack on the stick is read only through descriptors
// opened without following symlinks, each file is hashed while it is copied into staging,
// and only a complete, verified and checked copy is renamed into versions/ and made current.
// A step that finds the pack bad or the machine failing throws Stop; import_pack() catches
// it, removes the half-made copy and reports, so no path can leave the store changed.

#include "import.hpp"

#include "content_folder_listing.hpp"
#include "file_io.hpp"
#include "folder_walk.hpp"
#include "import_report.hpp"
#include "import_status.hpp"
#include "manifest.hpp"
#include "minisign.hpp"
#include "history_log.hpp"
#include "newest_accepted.hpp"
#include "pending.hpp"
#include "store.hpp"

#include "core/content/content_files.hpp"
#include "core/content/content_loader.hpp"
#include "core/content/content_model.hpp"
#include "core/text/count_text.hpp"
#include "core/content/diagnostic.hpp"
#include "core/text/printable_text.hpp"
#include "core/text/time_text.hpp"

#include <fcntl.h>
#include <sodium.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <map>
#include <optional>
#include <set>
#include <system_error>
#include <utility>
#include <vector>

namespace haven::update {
namespace fs = std::filesystem;

namespace {

using Outcome = ImportResult::Outcome;

constexpr const char* kReportFile = "last-import-report.txt";
constexpr const char* kStickReportFile = "haven-import-report.txt";
// Caps on the small files read whole: far above what a real pack needs, far below harm.
constexpr std::int64_t kMaxManifestBytes = 16ll << 20;
constexpr std::int64_t kMaxSignatureBytes = 64 << 10;
constexpr std::int64_t kMaxKeyFileBytes = 4 << 10;
constexpr size_t kCopyBufferBytes = 64 << 10;
// A pack signed further ahead of the kiosk's clock than this gets a note in the report: from
// then on, only content signed even later is taken.
constexpr std::int64_t kClockSlackSeconds = 24 * 60 * 60;
// What the kiosk's own user needs to show a version that root imported.
constexpr mode_t kReadableFile = 0644;
constexpr fs::perms kReadableFolder = fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                                      fs::perms::others_read | fs::perms::others_exec;

// Ends the import early with this outcome and a sentence for staff.
struct Stop {
    Outcome outcome;
    std::string reason;
};

[[noreturn]] void refuse(std::string reason) { throw Stop{Outcome::Refused, std::move(reason)}; }
[[noreturn]] void fail(std::string reason) { throw Stop{Outcome::Failed, std::move(reason)}; }

std::string errno_text(int error) { return std::strerror(error); }

bool disk_full(int error) { return error == ENOSPC || error == EDQUOT; }

// A signing time in a sentence, in the kiosk's time zone.
std::string when(std::int64_t unix_time) { return date_time_text(unix_time, Zone::Local); }

class Importer {
public:
    Importer(const ImportOptions& options, const std::function<void(const std::string&)>& progress)
        : options_(options), progress_(progress), started_at_(static_cast<std::int64_t>(std::time(nullptr))) {
        details_.source = options.source;
    }

    ImportResult run() {
        return guarded([this] { return import_stick(); });
    }

private:
    // Runs an import, turning every way it can stop into its outcome and report: whatever
    // happened, the half-made copy is gone.
    template <typename Import>
    ImportResult guarded(Import import) {
        try {
            return import();
        } catch (const Stop& stop) {
            remove_staging();
            remove_new_version();
            const char* word = stop.outcome == Outcome::Refused ? "Refused: " : "Failed: ";
            return finish(stop.outcome, word + stop.reason);
        } catch (const std::exception& e) {  // out of memory, or a library's surprise
            remove_staging();
            remove_new_version();
            return finish(Outcome::Failed, std::string("Failed: ") + e.what());
        }
    }

    ImportResult import_stick() {
        {
            lock_store();
            open_pack();
            if (unsigned_) return hold_unsigned_for_approval();
            verify_signature();
            read_manifest();
            const NewestAccepted newest = newest_accepted();
            if (already_current()) {
                check_stick_of_current();
                return finish(Outcome::Imported, "Imported nothing: already up to date (the kiosk shows version " +
                                                     result_version_ + ", and every file on the stick matches it).");
            }
            check_newer(newest);
            compare_files();
            check_free_space();
            copy_files();
            check_content();
            install();
        }
        return finish(Outcome::Imported, success_line_);
    }

    // A plain content folder without a signature (import.hpp): checked, copied and kept for
    // staff approval, when the kiosk's own settings allow it; never shown by the import.
    ImportResult hold_unsigned_for_approval() {
        check_unsigned_allowed();
        list_unsigned_files();
        check_free_space();
        copy_files();
        check_content();
        check_keeps_staff_view();
        if (already_current()) {
            remove_staging();
            return finish(Outcome::Imported, "Imported nothing: the kiosk already shows this content (version " +
                                                 result_version_ + ").");
        }
        step("Keeping the content for staff approval");
        if (const std::string problem = hold_for_approval(options_.store, staging_, result_version_); !problem.empty())
            fail(problem);
        staging_.clear();
        return finish(Outcome::Pending,
                      "Waiting for staff approval: the content passed its checks and is kept as version " +
                          result_version_ +
                          ". Patients see it only once staff publish it (staff view, \"Waiting for approval\").");
    }

    // Published, this content becomes what the kiosk obeys: without a staff PIN it would take
    // away the staff view, and with it every way to update or roll back from the kiosk.
    void check_keeps_staff_view() {
        const KioskSettings settings = load_settings(staging_);
        if (settings.staff_pin_hash.empty())
            refuse("the content's kiosk.toml has no staff_pin_hash: published, it would leave this kiosk without a "
                   "staff view, so nobody could update it or go back from it. Copy the staff_pin_hash line from the "
                   "kiosk's current kiosk.toml (or make one with `haven pin`) and bring the stick again.");
        if (!settings.updates.allow_unsigned)
            details_.notes.push_back("Once published, this content turns unsigned updates off (allow_unsigned is not "
                                     "true in its kiosk.toml): later changes must come as signed packs.");
    }

    // Only the kiosk's current content can open this door (a stick can never grant itself
    // it), and only where staff can approve: a kiosk without a staff PIN has no staff view.
    void check_unsigned_allowed() {
        details_.notes.push_back("This content is not signed: it needs a staff member's approval on the kiosk.");
        const fs::path current = options_.store / "current";
        const KioskSettings settings = load_settings(current);
        const std::string how =
            " Sign it with `haven pack` instead, or, to let staff approve unsigned content with the PIN on this "
            "kiosk, set allow_unsigned = true under [updates] in the kiosk.toml of the content it shows now "
            "(see \"Updating content\" in Haven's documentation).";
        if (!current_version(options_.store) || !settings.updates.allow_unsigned)
            refuse("this stick holds a content folder without a signature, and this kiosk takes only signed content "
                   "packs." + how);
        if (settings.staff_pin_hash.empty())
            refuse("this stick holds a content folder without a signature, and unsigned content needs staff "
                   "approval, but this kiosk has no staff PIN (staff_pin_hash in kiosk.toml) to approve it with.");
    }

    // The content folder as a list of files to copy, checked as strictly as a pack's
    // (content_folder_listing.hpp). Their hashes are taken while copying.
    void list_unsigned_files() {
        step("Looking at the content folder's files");
        ContentFolderListing listing = list_content_folder(pack_.get(), options_, kStickReportFile);
        const WalkResult& walked = listing.walk;
        switch (walked.stop) {
        case WalkResult::Stop::Done: break;
        case WalkResult::Stop::TooMany:
            refuse("the content folder holds more than " + std::to_string(listing.limits.max_entries) + " entries.");
        case WalkResult::Stop::TooDeep:
            refuse("the content folder nests folders more than " + std::to_string(kMaxPathParts) + " deep (at " +
                   walked.path.substr(0, 200) + "...).");
        case WalkResult::Stop::TooLong:
            refuse("a path in the content folder is longer than " + std::to_string(kMaxPathBytes) + " characters (" +
                   walked.path.substr(0, 200) + "...).");
        case WalkResult::Stop::Error:
            fail("cannot read the content folder: " + errno_text(walked.error) + " (was the stick pulled out?).");
        }
        for (std::string& path : listing.files) manifest_.entries.push_back({std::string(), std::move(path)});
        if (const std::string note = left_out_note(listing.left_out); !note.empty()) details_.notes.push_back(note);
        details_.files = manifest_.entries.size();
        details_.bytes = listing.bytes;
        details_.problems.insert(details_.problems.end(), listing.problems.begin(), listing.problems.end());
        if (!listing.problems.empty())
            refuse("some of the content folder's files cannot be taken (see the problems below); nothing was changed.");
    }

    void step(const std::string& line, std::int64_t done = 0, std::int64_t total = 0) {
        const std::string shown = printable(line);
        if (progress_) progress_(shown);
        if (lock_ && lock_->held())
            write_import_status(options_.store, {ImportStatus::State::Running, done, total, shown, 0, {}});
    }

    void lock_store() {
        const fs::path& store = options_.store;
        make_readable_folder(store);
        lock_.emplace(store);
        if (!lock_->held()) {
            if (import_running(store))
                fail("another import or a rollback is running on " + store.string() +
                     "; try again when it has finished.");
            fail("cannot lock the store " + store.string() + " (is it writable?).");
        }
        for (const char* folder : {"versions", "staging"}) make_readable_folder(store / folder);
        const ImportStatus before = read_import_status(store);  // as the last import left it: the lock is ours
        step("Preparing the store " + store.string());
        if (const int stale = clean_staging(store); stale > 0)
            details_.notes.push_back(
                "Removed " + count_text(static_cast<size_t>(stale), "stale staging folder", "stale staging folders") +
                " left by an interrupted import.");
        remove_version_never_shown(before);
        remove_older_pending(store);
    }

    // A kill or a power cut between moving a new version into versions/ and switching
    // `current` leaves a complete version that patients never saw, named by the status the
    // import wrote just before the switch. It goes, so that it neither raises the signing time
    // a stick must beat (the same stick imports again) nor waits among the versions as if it
    // had been shown. A version the record names was shown (the record is written after the
    // switch), wherever `current` has moved since (a rollback): that one stays.
    void remove_version_never_shown(const ImportStatus& last) {
        const fs::path& store = options_.store;
        const std::string& id = last.version;
        if (last.state != ImportStatus::State::Running || id.empty() || id.find('/') != std::string::npos ||
            id == "." || id == "..")
            return;
        if (current_version(store) == id) return;
        std::error_code ec;
        if (fs::symlink_status(store / "versions" / id, ec).type() != fs::file_type::directory) return;
        std::string problem;
        const std::optional<NewestAccepted> record = read_newest_accepted_record(store, problem);
        if (!record || record->version == id) return;
        new_version_ = id;
        remove_new_version();
        details_.notes.push_back("Removed version " + id + ", which an interrupted import had copied but never shown.");
    }

    // The kiosk runs as a user of its own and reads what root imported, whatever root's umask.
    static void make_readable_folder(const fs::path& folder) {
        std::error_code ec;
        if (fs::create_directories(folder, ec)) fs::permissions(folder, kReadableFolder, ec);
        if (ec) fail("cannot create " + folder.string() + ": " + ec.message() + ".");
    }

    void open_pack() {
        // Absolute and without a trailing '/', so that the folder beside the pack is known.
        std::error_code ec;
        fs::path source = fs::absolute(options_.source, ec).lexically_normal();
        if (!source.has_filename()) source = source.parent_path();
        const auto present = [](const fs::path& path) {
            std::error_code status_ec;
            return fs::symlink_status(path, status_ec).type() != fs::file_type::not_found;
        };
        if (present(source / kPackFolderName)) {
            pack_folder_ = source / kPackFolderName;
        } else if (present(source / kManifestName) || source.filename() == kPackFolderName) {
            pack_folder_ = source;
        } else if (present(source / kContentFolderName)) {
            pack_folder_ = source / kContentFolderName;
            unsigned_ = true;
        } else if (present(source / "topics.toml") || source.filename() == kContentFolderName) {
            pack_folder_ = source;
            unsigned_ = true;
        } else {
            refuse("there is no " + std::string(kPackFolderName) + " folder (a signed content pack) and no " +
                   kContentFolderName + " folder (content for staff approval) in " + source.string() + ".");
        }
        details_.source = pack_folder_;
        step((unsigned_ ? "Reading the content folder " : "Reading the pack in ") + pack_folder_.string());
        pack_ = FileDescriptor(::open(pack_folder_.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
        if (!pack_.valid()) {
            const int error = errno;
            if (error == ENOENT)
                refuse("there is no " + std::string(kPackFolderName) + " folder in " + source.string() + ".");
            if (error == ENOTDIR || error == ELOOP)
                refuse(pack_folder_.string() + " is not a folder (a symbolic link or a file).");
            fail("cannot open " + pack_folder_.string() + ": " + errno_text(error) + ".");
        }
        open_report_folder();
        if (unsigned_) return;
        manifest_text_ = read_pack_file(kManifestName, kMaxManifestBytes,
                                        "the pack has no MANIFEST: it was not made with `haven pack`.");
        signature_text_ = read_pack_file(kSignatureName, kMaxSignatureBytes,
                                         "the pack is not signed (there is no MANIFEST.minisig).");
    }

    // The report goes on the stick beside its haven-pack folder, never into the pack (where it
    // would be an unsigned extra file next time) and never off the stick: the folder holding
    // the pack is opened through the pack's own descriptor (".."), and used only when the pack
    // is a haven-pack folder on the same file system. A pack at the top of a stick (MANIFEST
    // there) has no such folder: the parent of a mount point is not the stick.
    void open_report_folder() {
        if (unsigned_ && pack_folder_.filename() != kContentFolderName) {
            // Content at the top of the stick: the report goes there too (and is never copied).
            report_folder_ = FileDescriptor(::openat(pack_.get(), ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC));
            return;
        }
        if (pack_folder_.filename() == kPackFolderName || pack_folder_.filename() == kContentFolderName) {
            FileDescriptor parent(::openat(pack_.get(), "..", O_RDONLY | O_DIRECTORY | O_CLOEXEC));
            struct stat pack_info {};
            struct stat parent_info {};
            if (parent.valid() && ::fstat(pack_.get(), &pack_info) == 0 && ::fstat(parent.get(), &parent_info) == 0 &&
                S_ISDIR(parent_info.st_mode) && parent_info.st_dev == pack_info.st_dev)
                report_folder_ = std::move(parent);
        }
        if (!report_folder_.valid())
            details_.notes.push_back("This report is not written to the stick: its pack is not in a " +
                                     std::string(kPackFolderName) +
                                     " folder on it, and a report only ever goes beside such a folder.");
    }

    std::string read_pack_file(const std::string& name, std::int64_t cap, const std::string& when_missing) {
        const FileDescriptor fd(open_beneath(pack_.get(), name));
        if (!fd.valid()) {
            const int error = -fd.get();
            if (error == ENOENT) refuse(when_missing);
            if (error == ELOOP || error == EINVAL || error == ESTALE) refuse(name + " is not a regular file.");
            fail("cannot open " + name + ": " + errno_text(error) + ".");
        }
        std::string text;
        switch (read_capped(fd.get(), cap, text)) {
        case ReadResult::Ok: return text;
        case ReadResult::TooBig: refuse(name + " is larger than " + byte_size_text(cap) + ", so it is not a Haven pack's.");
        case ReadResult::Error: break;
        }
        fail("cannot read " + name + ": " + errno_text(errno) + " (was the stick pulled out?).");
    }

    std::vector<PublicKey> trusted_keys() {
        const fs::path& folder = options_.trusted_keys;
        std::vector<fs::path> files;
        std::error_code ec;
        for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec))
            if (it->path().extension() == ".pub" && it->is_regular_file(ec)) files.push_back(it->path());
        std::sort(files.begin(), files.end());
        std::vector<PublicKey> keys;
        for (const fs::path& file : files) {
            const FileDescriptor fd(::open(file.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC));
            std::string text;
            std::string problem;
            if (!fd.valid() || read_capped(fd.get(), kMaxKeyFileBytes, text) != ReadResult::Ok) {
                problem = "cannot be read, or is too large for a key";
            } else if (auto key = parse_public_key(text, problem)) {
                keys.push_back(*key);
                continue;
            }
            details_.problems.push_back("trusted key " + file.string() + ": " + problem + "; skipped");
        }
        if (keys.empty())
            refuse("there are no usable trusted keys in " + folder.string() +
                   ", so no pack can be accepted; install the clinic's public key (a .pub file made by `haven keygen`) "
                   "there.");
        return keys;
    }

    void verify_signature() {
        step("Checking the signature");
        const std::vector<PublicKey> keys = trusted_keys();
        const auto* bytes = reinterpret_cast<const std::uint8_t*>(manifest_text_.data());
        const Verification verification =
            verify(keys, std::span(bytes, manifest_text_.size()), signature_text_,
                   options_.allow_legacy_signatures ? LegacySignatures::Accept : LegacySignatures::Refuse);
        if (verification.outcome != Verification::Outcome::Malformed)
            details_.signer = key_id_text(verification.key_id);
        switch (verification.outcome) {
        case Verification::Outcome::Valid: break;
        case Verification::Outcome::UnknownKey:
            refuse("the pack is signed by key " + details_.signer + ", which is not one of the trusted keys in " +
                   options_.trusted_keys.string() + ".");
        case Verification::Outcome::BadSignature:
            refuse("the signature does not match: the pack was changed after it was signed. " + verification.problem);
        case Verification::Outcome::Legacy:
            refuse("the pack is signed with minisign's legacy kind of signature (\"Ed\", made by `minisign -l` or an "
                   "old minisign), which this kiosk takes only when told to. Sign it again with `haven pack` or a "
                   "current minisign, or import it with --allow-legacy-signatures.");
        case Verification::Outcome::Malformed:
            refuse("MANIFEST.minisig is not a valid signature. " + verification.problem);
        }
        details_.comment = parse_pack_comment(verification.trusted_comment);
    }

    void read_manifest() {
        std::string problem;
        auto manifest = parse_manifest(manifest_text_, problem);
        if (!manifest) refuse("the signed MANIFEST is not valid: " + problem);
        manifest_ = std::move(*manifest);
        if (static_cast<std::int64_t>(manifest_.entries.size()) > options_.max_files)
            refuse("the pack has " + std::to_string(manifest_.entries.size()) + " files; at most " +
                   std::to_string(options_.max_files) + " are accepted.");
        for (const ManifestEntry& entry : manifest_.entries)
            if (entry.path == kManifestName || entry.path == kSignatureName)
                refuse("the MANIFEST lists " + entry.path + ", which a pack cannot contain.");
        details_.files = manifest_.entries.size();
    }

    // The signing time a pack must beat (newest_accepted.hpp).
    NewestAccepted newest_accepted() {
        std::string problem;
        const std::optional<NewestAccepted> newest = read_newest_accepted(options_.store, problem);
        if (!newest)
            fail("the store's record of the newest content it took is damaged (" + problem +
                 "), so no pack can be checked against it. An administrator can delete that file: it is then "
                 "rebuilt from the versions kept in the store.");
        // A store from before the version rule: what its versions say is recorded at once, so
        // that pruning them can never lower it.
        if (!has_newest_accepted_record(options_.store)) write_newest_accepted(options_.store, *newest);
        return *newest;
    }

    // The text of versions/<id>/MANIFEST, or nothing.
    std::optional<std::string> stored_manifest(const std::string& id) const {
        const FileDescriptor fd(::open((options_.store / "versions" / id / kManifestName).c_str(),
                                       O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC));
        std::string text;
        if (!fd.valid() || read_capped(fd.get(), kMaxManifestBytes, text) != ReadResult::Ok) return std::nullopt;
        return text;
    }

    bool already_current() {
        const std::optional<std::string> current = current_version(options_.store);
        if (!current || stored_manifest(*current) != manifest_text_) return false;
        result_version_ = *current;
        return true;
    }

    // A stick whose signed manifest is the one shown: nothing to copy, but its files are read
    // all the same, so that a damaged or tampered stick is never called "up to date".
    void check_stick_of_current() {
        const std::string shown = result_version_;
        try {
            compare_files();
            step("Checking every file on the stick against the signed manifest", 0,
                 static_cast<std::int64_t>(manifest_.entries.size()));
            bytes_read_ = 0;
            for (const ManifestEntry& entry : manifest_.entries) read_pack_entry(entry, nullptr);
            details_.files_verified = true;
        } catch (const Stop& stop) {
            if (stop.outcome != Outcome::Refused) throw;
            refuse("this stick is damaged or was changed: " + stop.reason + " (Its signed manifest is that of the "
                   "content the kiosk shows, version " + shown + ", so nothing was copied; the kiosk still shows "
                   "version " + shown + ".)");
        }
    }

    // The version rule (newest_accepted.hpp): only content signed later than the newest this
    // store ever took. Going back is for staff, never for a stick.
    void check_newer(const NewestAccepted& newest) {
        const std::int64_t signed_at = details_.comment ? details_.comment->signed_at : 0;
        if (signed_at <= 0)
            refuse("the pack's signature does not say when it was signed (its trusted comment has no single "
                   "\"timestamp:\" field), so the kiosk cannot tell whether it is newer than its content. Sign it "
                   "with `haven pack`, or with minisign's own trusted comment (minisign -S without -t).");
        if (signed_at > newest.signed_at) {
            if (signed_at > started_at_ + kClockSlackSeconds)
                details_.notes.push_back("Note: this pack was signed " + when(signed_at) +
                                         ", later than this kiosk's clock says it is now (" + when(started_at_) +
                                         "). From now on a stick must bring content signed after that: check the "
                                         "clocks of this kiosk and of the computer that signed the pack.");
            return;
        }
        std::string reason =
            signed_at < newest.signed_at
                ? "this stick holds older content, signed " + when(signed_at) + ", than the kiosk's, signed " +
                      when(newest.signed_at) + "."
                : "this stick's content was signed " + when(signed_at) +
                      ", no later than the kiosk's newest content, so it is not an update.";
        reason += " A stick can only bring newer content.";
        std::optional<std::string> kept;
        for (const StoredVersion& version : list_versions(options_.store))
            if (stored_manifest(version.id) == manifest_text_) kept = version.id;
        if (kept)
            reason += " This content is kept on this kiosk as version " + *kept +
                      ": to show it again, use \"Go back to this version\" in the staff view, or `haven rollback " +
                      *kept + "`.";
        else
            reason += " To show earlier content again, use \"Go back to this version\" in the staff view, or "
                      "`haven rollback`.";
        refuse(reason);
    }

    // Every file in the pack folder must be a regular file the manifest lists, and every file
    // the manifest lists must be there, within the size caps. The folder is walked by
    // descriptors (folder_walk.hpp): no path is too long to measure, nothing is followed.
    void compare_files() {
        step("Comparing the pack's files with its manifest");
        std::map<std::string, std::int64_t> on_disk;
        std::set<std::string> not_regular;
        std::set<std::string> listed;
        for (const ManifestEntry& entry : manifest_.entries) listed.insert(entry.path);
        std::vector<std::string>& problems = details_.problems;
        const size_t problems_before = problems.size();  // unusable key files alone do not refuse a pack
        const WalkLimits limits{kMaxPathParts, kMaxPathBytes, options_.max_files + 1000};  // a million files end early
        const WalkResult walked = walk_folder(pack_.get(), limits, [&](const WalkEntry& e) {
            if (e.path == kManifestName || e.path == kSignatureName) return WalkStep::Skip;
            // Clutter that Windows or macOS added to the stick is left there, not refused. No
            // manifest lists such a name (parse_manifest), so none of it is ever copied.
            if (is_system_clutter(e.name)) return WalkStep::Skip;
            const mode_t mode = e.info.st_mode;
            if (S_ISDIR(mode)) return WalkStep::Enter;
            if (S_ISREG(mode)) {
                on_disk[e.path] = static_cast<std::int64_t>(e.info.st_size);
            } else {
                not_regular.insert(e.path);
                problems.push_back(e.path + (S_ISLNK(mode) ? ": a symbolic link; packs carry only regular files"
                                                           : ": not a regular file (a device, pipe or socket)"));
            }
            return WalkStep::Skip;
        });
        switch (walked.stop) {
        case WalkResult::Stop::Done: break;
        case WalkResult::Stop::TooMany:
            refuse("the pack folder holds more than " + std::to_string(limits.max_entries) + " entries.");
        case WalkResult::Stop::TooDeep:
            refuse("the pack folder nests folders more than " + std::to_string(kMaxPathParts) +
                   " deep, deeper than any manifest may list (at " + walked.path.substr(0, 200) + "...).");
        case WalkResult::Stop::TooLong:
            refuse("a path in the pack is longer than " + std::to_string(kMaxPathBytes) +
                   " characters, longer than any manifest may list (" + walked.path.substr(0, 200) + "...).");
        case WalkResult::Stop::Error:
            fail("cannot read the pack folder: " + errno_text(walked.error) + " (was the stick pulled out?).");
        }

        std::int64_t total = 0;
        for (const ManifestEntry& entry : manifest_.entries) {
            const auto found = on_disk.find(entry.path);
            if (found == on_disk.end()) {
                if (!not_regular.count(entry.path))
                    problems.push_back(entry.path + ": listed in the manifest but missing from the pack");
                continue;
            }
            total += found->second;
            if (found->second > options_.max_file_bytes)
                problems.push_back(entry.path + ": " + byte_size_text(found->second) + ", over the limit of " +
                                   byte_size_text(options_.max_file_bytes) + " per file");
        }
        for (const auto& [path, size] : on_disk)
            if (!listed.count(path)) problems.push_back(path + ": not in the signed manifest (added after signing?)");
        details_.bytes = total;
        if (total > options_.max_total_bytes)
            problems.push_back("the pack's files add up to " + byte_size_text(total) + ", over the limit of " +
                               byte_size_text(options_.max_total_bytes));
        if (problems.size() > problems_before)
            refuse("the pack's files do not match its signed manifest, or are too big (see the problems below).");
    }

    void check_free_space() {
        struct statvfs info {};
        if (::statvfs(options_.store.c_str(), &info) != 0) return;  // the writes will tell
        const auto available = static_cast<std::int64_t>(info.f_bavail) * static_cast<std::int64_t>(info.f_frsize);
        // The manifest and signature are copied too.
        const std::int64_t needed =
            details_.bytes.value_or(0) + static_cast<std::int64_t>(manifest_text_.size() + signature_text_.size());
        if (needed > available)
            fail("not enough free space in " + options_.store.string() + ": the pack needs " + byte_size_text(needed) +
                 ", " + byte_size_text(available) + " is free.");
    }

    std::string new_version_id() const {
        const std::time_t now = static_cast<std::time_t>(started_at_);
        std::tm tm{};
        char stamp[32];
        ::gmtime_r(&now, &tm);
        std::strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", &tm);
        const std::string base = std::string(stamp) + "-" + sha256_hex(manifest_text_).substr(0, 12);
        std::string id = base;
        std::error_code ec;
        for (int n = 2; fs::symlink_status(options_.store / "versions" / id, ec).type() != fs::file_type::not_found;
             ++n)
            id = base + "-" + std::to_string(n);
        return id;
    }

    void copy_files() {
        result_version_ = new_version_id();
        // A path the manifest may list (up to kMaxPathBytes) can still be too long once the
        // store's own folders are put in front of it: refused, like any pack the kiosk cannot
        // take, rather than failing half-way as if the disk were at fault.
        const fs::path final_folder = options_.store / "versions" / result_version_;
        for (const ManifestEntry& entry : manifest_.entries)
            if ((final_folder / entry.path).native().size() >= PATH_MAX)
                refuse("a path in the pack is too long to keep in the store " + options_.store.string() + " (" +
                       std::to_string(entry.path.size()) + " characters, " +
                       std::to_string((final_folder / entry.path).native().size()) + " with the store's folders; at most " +
                       std::to_string(PATH_MAX - 1) + "): " + entry.path);
        staging_ = options_.store / "staging" / result_version_;
        std::error_code ec;
        fs::create_directory(staging_, ec);
        if (ec) fail("cannot create " + staging_.string() + ": " + ec.message() + ".");
        const auto total = static_cast<std::int64_t>(manifest_.entries.size());
        step("Copying " + count_text(manifest_.entries.size(), "file", "files") + " (" +
                 byte_size_text(details_.bytes.value_or(0)) + ")",
             0, total);
        const std::int64_t report_every = std::max<std::int64_t>(1, total / 10);
        std::set<fs::path> folders{staging_};
        std::int64_t done = 0;
        bytes_read_ = 0;
        for (ManifestEntry& entry : manifest_.entries) {
            const fs::path target = staging_ / entry.path;
            for (fs::path folder = target.parent_path(); folder != staging_; folder = folder.parent_path())
                folders.insert(folder);
            fs::create_directories(target.parent_path(), ec);
            if (ec)
                fail(disk_full(ec.value())
                         ? disk_full_reason()
                         : "cannot create " + target.parent_path().string() + ": " + ec.message() + ".");
            // Unsigned content: what was read and copied is what gets hashed into its MANIFEST.
            read_pack_entry(entry, &target, unsigned_ ? &entry.sha256 : nullptr);
            if (++done % report_every == 0 || done == total)
                step("copied " + std::to_string(done) + " of " + std::to_string(total) + " files", done, total);
        }
        if (unsigned_) {
            // The store's own record of what was copied; named by its hash like a pack's.
            manifest_text_ = format_manifest(manifest_);
            result_version_ = new_version_id();
            write_new_file(staging_ / kManifestName, manifest_text_);
        } else {
            write_new_file(staging_ / kManifestName, manifest_text_);
            write_new_file(staging_ / kSignatureName, signature_text_);
        }
        // Deepest first, so each folder's entries are durable before the folder that names it.
        std::vector<fs::path> ordered(folders.begin(), folders.end());
        std::sort(ordered.begin(), ordered.end(), [](const fs::path& a, const fs::path& b) {
            return std::distance(a.begin(), a.end()) > std::distance(b.begin(), b.end());
        });
        for (const fs::path& folder : ordered) {
            fs::permissions(folder, kReadableFolder, ec);  // see make_readable_folder()
            if (!sync_folder(folder)) fail("cannot save " + folder.string() + ": " + errno_text(errno) + ".");
        }
        details_.files_verified = !unsigned_;  // unsigned content has no manifest to match
    }

    std::string disk_full_reason() const {
        return "the disk holding " + options_.store.string() + " is full; free some space and import again.";
    }

    // Reads one file of the pack, hashing it, and copies it to `target` when there is one.
    // The caps hold for what is read, whatever the files measured earlier: a file that grows
    // on the stick, or one the measuring missed, cannot take more than the limits.
    // With `digest_out`, the file's hash is given there instead of checked against the manifest.
    void read_pack_entry(const ManifestEntry& entry, const fs::path* target, std::string* digest_out = nullptr) {
        const FileDescriptor source(open_beneath(pack_.get(), entry.path));
        if (!source.valid()) {
            const int error = -source.get();
            if (error == ELOOP || error == EINVAL || error == ENOTDIR)
                refuse(entry.path + " is not a regular file in the pack.");
            if (error == ESTALE) refuse(entry.path + " changed on the stick while it was read.");
            if (error == ENAMETOOLONG) refuse(entry.path + " has a path too long to open.");
            fail("cannot open " + entry.path + " on the stick: " + errno_text(error) + " (was the stick pulled out?).");
        }
        FileDescriptor copy;
        if (target != nullptr) {
            copy = FileDescriptor(::open(target->c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644));
            if (!copy.valid() || ::fchmod(copy.get(), kReadableFile) != 0)
                fail(disk_full(errno) ? disk_full_reason()
                                      : "cannot create " + target->string() + ": " + errno_text(errno) + ".");
        }
        crypto_hash_sha256_state hash;
        crypto_hash_sha256_init(&hash);
        buffer_.resize(kCopyBufferBytes);
        std::int64_t copied = 0;
        for (;;) {
            const ssize_t got = ::read(source.get(), buffer_.data(), buffer_.size());
            if (got < 0) {
                if (errno == EINTR) continue;
                fail("cannot read " + entry.path + " from the stick: " + errno_text(errno) +
                     " (was the stick pulled out?).");
            }
            if (got == 0) break;
            copied += got;
            bytes_read_ += got;
            if (copied > options_.max_file_bytes)
                refuse(entry.path + " is larger than the limit of " + byte_size_text(options_.max_file_bytes) +
                       " per file.");
            if (bytes_read_ > options_.max_total_bytes)
                refuse("the pack's files add up to more than the limit of " + byte_size_text(options_.max_total_bytes) +
                       " (reached at " + entry.path + ").");
            crypto_hash_sha256_update(&hash, buffer_.data(), static_cast<unsigned long long>(got));
            if (copy.valid())
                if (const int error = write_all(copy.get(), buffer_.data(), static_cast<size_t>(got)))
                    fail(disk_full(error) ? disk_full_reason()
                                          : "cannot write " + target->string() + ": " + errno_text(error) + ".");
        }
        unsigned char digest[crypto_hash_sha256_BYTES];
        crypto_hash_sha256_final(&hash, digest);
        char hex[2 * crypto_hash_sha256_BYTES + 1];
        sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
        if (digest_out != nullptr)
            *digest_out = hex;
        else if (entry.sha256 != hex)
            refuse(entry.path +
                   " does not match the signed manifest: it was changed after signing, or the stick is damaged.");
        if (copy.valid() && (::fsync(copy.get()) != 0 || !copy.close()))
            fail(disk_full(errno) ? disk_full_reason()
                                  : "cannot save " + target->string() + ": " + errno_text(errno) + ".");
    }

    void write_new_file(const fs::path& target, const std::string& text) {
        FileDescriptor file(::open(target.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644));
        int error = file.valid() ? 0 : errno;
        if (error == 0 && ::fchmod(file.get(), kReadableFile) != 0) error = errno;
        if (error == 0) error = write_all(file.get(), text.data(), text.size());
        if (error == 0 && (::fsync(file.get()) != 0 || !file.close())) error = errno;
        if (error != 0)
            fail(disk_full(error) ? disk_full_reason()
                                  : "cannot write " + target.string() + ": " + errno_text(error) + ".");
    }

    void check_content() {
        step("Checking the content");
        LoadResult loaded = load_content(staging_);
        auto& diagnostics = loaded.diagnostics;
        // In the order `haven check` lists them: by file, then by line.
        std::stable_sort(diagnostics.begin(), diagnostics.end(), [](const Diagnostic& a, const Diagnostic& b) {
            return a.path != b.path ? a.path < b.path : a.line < b.line;
        });
        const auto errors =
            static_cast<size_t>(std::count_if(diagnostics.begin(), diagnostics.end(), [](const Diagnostic& d) {
                return d.severity == Diagnostic::Severity::Error;
            }));
        details_.check_counts = {errors, diagnostics.size() - errors};
        for (const Diagnostic& d : diagnostics) details_.problems.push_back(format(d));
        if (errors > 0)
            refuse("the content has " + count_text(errors, "error", "errors") +
                   " (listed below); fix them, check with `haven check`, and pack again.");
    }

    // Makes the new version current. Before the switch, the report and a status naming the
    // new version are on the disk (import_status.hpp), so that however the import ends, on a
    // full disk, killed or in a power cut, what staff read afterwards is true: a failure
    // before the switch removes the new version again and says so.
    void install() {
        step("Switching the kiosk to the new content");
        const fs::path& store = options_.store;
        const fs::path version = store / "versions" / result_version_;
        if (::rename(staging_.c_str(), version.c_str()) != 0)
            fail("cannot move the new version into " + (store / "versions").string() + ": " + errno_text(errno) + ".");
        staging_.clear();
        new_version_ = result_version_;
        if (!sync_folder(store / "versions") || !sync_folder(store / "staging"))
            fail("cannot save " + (store / "versions").string() + ": " + errno_text(errno) + ".");

        const std::optional<std::string> previous = current_version(store);
        std::vector<StoredVersion> after = list_versions(store);
        for (StoredVersion& v : after) v.current = v.id == result_version_;
        const std::vector<std::string> pruned = versions_to_prune(after, options_.keep_previous);
        if (previous && std::find(pruned.begin(), pruned.end(), *previous) == pruned.end())
            details_.notes.push_back("Previous version " + *previous + " is kept for rollback.");
        const std::string label =
            details_.comment && !details_.comment->label.empty() ? "\"" + details_.comment->label + "\" " : "";
        success_line_ = "Imported " + label + "as version " + result_version_ + "; the kiosk shows it now.";
        const std::string report = format_report(success_line_, static_cast<std::int64_t>(std::time(nullptr)), details_);
        const auto total = static_cast<std::int64_t>(manifest_.entries.size());
        if (!replace_file_making_room(store / kReportFile, report) ||
            !write_import_status(store, {ImportStatus::State::Running, total, total,
                                         "Switching the kiosk to the new content", 0, result_version_}))
            fail(disk_full(errno) ? disk_full_reason()
                                  : "cannot write the import's report and status in " + store.string() + ": " +
                                        errno_text(errno) + ".");
        success_report_ = report;

        if (const std::string problem = switch_current(store, result_version_); !problem.empty()) {
            // Only the last fsync failed: the new version is shown, so the import did happen.
            if (current_version(store) != result_version_) fail(problem);
        }
        new_version_.clear();
        // From now on only content signed later than this pack's is taken. Written after the
        // switch, so a failed import never raises it; a power cut before it is covered by the
        // version itself (newest_accepted.hpp), which pruning never removes.
        write_newest_accepted(store, {details_.comment->signed_at, result_version_});
        if (!append_history(store, {static_cast<std::int64_t>(std::time(nullptr)), result_version_,
                                    details_.comment->label, "signature " + details_.signer}))
            // The report is on the disk already (before the switch): the terminal and journal say it.
            if (progress_) progress_("Note: the store's history.log could not be written (" + errno_text(errno) +
                                     "), so this change is not recorded there.");
        prune_versions(store, options_.keep_previous);
    }

    void remove_staging() {
        if (staging_.empty()) return;
        std::error_code ec;
        fs::remove_all(staging_, ec);
        sync_folder(staging_.parent_path());
        staging_.clear();
    }

    // A new version that reached versions/ but never became current: out of versions/ in one
    // rename (never a half-deleted version staff could roll back to), then deleted.
    void remove_new_version() {
        if (new_version_.empty()) return;
        const fs::path& store = options_.store;
        const fs::path doomed = store / "staging" / (new_version_ + ".removing");
        std::error_code ec;
        if (::rename((store / "versions" / new_version_).c_str(), doomed.c_str()) == 0) {
            sync_folder(store / "versions");
            fs::remove_all(doomed, ec);
            sync_folder(store / "staging");
        }
        new_version_.clear();
    }

    ImportResult finish(Outcome outcome, const std::string& first_line) {
        const auto now = static_cast<std::int64_t>(std::time(nullptr));
        const bool imported = outcome == Outcome::Imported;
        const bool report_saved = imported && !success_report_.empty();
        const bool named = imported || outcome == Outcome::Pending;
        ImportResult result{outcome, named ? result_version_ : std::string(),
                            report_saved ? success_report_ : format_report(first_line, now, details_)};
        if (lock_ && lock_->held()) {  // the store's files belong to whoever holds the lock
            const fs::path& store = options_.store;
            const ImportStatus::State state = imported                      ? ImportStatus::State::Imported
                                              : outcome == Outcome::Pending ? ImportStatus::State::Pending
                                              : outcome == Outcome::Refused ? ImportStatus::State::Refused
                                                                            : ImportStatus::State::Failed;
            write_import_status(store, {state, static_cast<std::int64_t>(details_.files),
                                        static_cast<std::int64_t>(details_.files), printable(first_line), now,
                                        named ? result_version_ : std::string()});
            // A report that cannot be written is removed: an earlier one (or this import's own
            // success report, written before a switch that then failed) would tell another story.
            if (!report_saved && !replace_file_making_room(store / kReportFile, result.report))
                ::unlink((store / kReportFile).c_str());
        }
        // The store is let go before anything is written to the stick: a slow or hostile stick
        // must never hold up the next import or a rollback.
        lock_.reset();
        // Sticks are mounted read-only on the kiosk; writing the report there is a courtesy.
        if (report_folder_.valid()) replace_file_at(report_folder_.get(), kStickReportFile, result.report, true);
        return result;
    }

    const ImportOptions& options_;
    const std::function<void(const std::string&)>& progress_;
    const std::int64_t started_at_;
    std::optional<StoreLock> lock_;
    fs::path pack_folder_;
    FileDescriptor pack_;
    FileDescriptor report_folder_;
    bool unsigned_ = false;  // a plain content folder, for staff approval
    std::string manifest_text_;
    std::string signature_text_;
    Manifest manifest_;
    std::string result_version_;
    fs::path staging_;
    std::string new_version_;   // in versions/, not yet current: removed if the import stops
    std::string success_line_;
    std::string success_report_;  // written to the store before the switch
    std::int64_t bytes_read_ = 0;
    std::vector<unsigned char> buffer_;
    ReportDetails details_;
};

}  // namespace

ImportResult import_pack(const ImportOptions& options, const std::function<void(const std::string&)>& progress) {
    return Importer(options, progress).run();
}

int exit_code(ImportResult::Outcome outcome) {
    switch (outcome) {
    case ImportResult::Outcome::Imported: return kImportExitImported;
    case ImportResult::Outcome::Refused: return kImportExitRefused;
    case ImportResult::Outcome::Failed: return kImportExitFailed;
    case ImportResult::Outcome::Pending: return kImportExitPending;
    }
    return kImportExitFailed;
}

}  // namespace haven::update
