// The content store's layout and its few atomic operations (see store.hpp). Every change a
// reader can see is a single rename followed by an fsync of the folder that holds it.

#include "store.hpp"

#include "file_io.hpp"
#include "history_log.hpp"

#include "manifest.hpp"

#include "core/content/content_loader.hpp"
#include "core/text/printable_text.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <fstream>
#include <iterator>
#include <system_error>

namespace haven::update {
namespace fs = std::filesystem;

namespace {

constexpr const char* kVersionsFolder = "versions";
constexpr const char* kStagingFolder = "staging";
constexpr const char* kCurrentLink = "current";
// Built beside `current` and renamed over it; a leftover from a killed switch is replaced
// by the next one and is never read.
constexpr const char* kNextCurrentLink = ".current.new";
constexpr const char* kLockFile = ".lock";
// A signature file is a few hundred bytes; anything far bigger is not ours.
constexpr std::streamsize kMaxSignatureBytes = 64 * 1024;

bool is_version_folder(const fs::path& folder) {
    std::error_code ec;
    return fs::symlink_status(folder, ec).type() == fs::file_type::directory;
}

// The trusted comment of a stored version's signature (checked when it was imported).
PackComment stored_pack_comment(const fs::path& version_folder) {
    std::ifstream in(version_folder / kSignatureName, std::ios::binary);
    std::string text(static_cast<size_t>(kMaxSignatureBytes), '\0');
    in.read(text.data(), kMaxSignatureBytes);
    text.resize(static_cast<size_t>(in.gcount()));
    constexpr std::string_view prefix = "trusted comment: ";
    for (size_t start = 0; start < text.size();) {
        const size_t end = std::min(text.find('\n', start), text.size());
        const std::string_view line = std::string_view(text).substr(start, end - start);
        if (line.starts_with(prefix)) return parse_pack_comment(line.substr(prefix.size()));
        start = end + 1;
    }
    return {};
}

}  // namespace

std::string staff_approved_label(const fs::path& version_folder) {
    const std::string own = printable(load_settings(version_folder).updates.label);
    return own.empty() ? std::string(kStaffApprovedLabel) : own + " (" + kStaffApprovedLabel + ")";
}

std::int64_t imported_at_of(const std::string& id) {
    std::tm tm{};
    const char* end = ::strptime(id.c_str(), "%Y%m%d-%H%M%S", &tm);
    if (end == nullptr || end != id.c_str() + 15) return 0;
    return static_cast<std::int64_t>(::timegm(&tm));
}

namespace {

// ".NAME.<16 hex digits>.tmp", as replace_file_at() names what it is writing.
bool is_temporary_name(std::string_view name) {
    constexpr std::string_view kSuffix = ".tmp";
    constexpr size_t kDigits = 16;
    if (name.size() < 2 + 1 + kDigits + kSuffix.size() || name.front() != '.' || !name.ends_with(kSuffix)) return false;
    const std::string_view digits = name.substr(name.size() - kSuffix.size() - kDigits, kDigits);
    return name[name.size() - kSuffix.size() - kDigits - 1] == '.' &&
           std::all_of(digits.begin(), digits.end(), [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

// Version ids in the store, newest import first.
std::vector<std::string> version_ids(const fs::path& store) {
    std::vector<std::string> ids;
    std::error_code ec;
    for (fs::directory_iterator it(store / kVersionsFolder, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (is_version_id(name) && is_version_folder(it->path())) ids.push_back(name);
    }
    std::sort(ids.begin(), ids.end(), std::greater<>());
    return ids;
}

}  // namespace

bool is_version_id(std::string_view id) {
    if (id.empty() || id == "." || id == ".." || id.size() > 255) return false;
    return std::all_of(id.begin(), id.end(), [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-' || c == '_' ||
               c == '.';
    });
}

bool sync_folder(const fs::path& folder) {
    const FileDescriptor fd(::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    return fd.get() >= 0 && ::fsync(fd.get()) == 0;
}

bool write_file_atomically(const fs::path& file, std::string_view text, bool durable) {
    const fs::path folder = file.has_parent_path() ? file.parent_path() : fs::path(".");
    const FileDescriptor fd(::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (!fd.valid()) return false;
    const int error = replace_file_at(fd.get(), file.filename().string(), text, durable);
    errno = error;
    return error == 0;
}

bool replace_file_making_room(const fs::path& file, std::string_view text) {
    if (write_file_atomically(file, text)) return true;
    if (errno != ENOSPC && errno != EDQUOT) return false;
    // The old file's blocks are what the new one needs.
    ::unlink(file.c_str());
    return write_file_atomically(file, text);
}

std::vector<StoredVersion> list_versions(const fs::path& store) {
    const std::optional<std::string> current = current_version(store);
    std::vector<StoredVersion> versions;
    for (const std::string& id : version_ids(store)) {
        const fs::path folder = store / kVersionsFolder / id;
        const PackComment comment = stored_pack_comment(folder);
        // The label is signed, but by whoever made the pack: it is shown, so it is escaped.
        std::string label = printable(comment.label);
        std::error_code ec;
        if (label.empty() && !fs::exists(folder / kSignatureName, ec)) label = staff_approved_label(folder);
        versions.push_back({id, std::move(label), comment.signed_at, imported_at_of(id), current == id});
    }
    // Ids order imports to the second only. Two imports in one second: the later one was
    // signed later (an import must be signed after everything the store accepted before).
    std::stable_sort(versions.begin(), versions.end(), [](const StoredVersion& a, const StoredVersion& b) {
        if (a.imported_at != b.imported_at) return a.imported_at > b.imported_at;
        return a.signed_at > b.signed_at;
    });
    return versions;
}

std::optional<std::string> current_version(const fs::path& store) {
    std::error_code ec;
    const fs::path target = fs::read_symlink(store / kCurrentLink, ec);
    if (ec) return std::nullopt;
    const std::string id = target.filename().string();
    if (target.parent_path() != kVersionsFolder || !is_version_id(id)) return std::nullopt;
    return id;
}

std::string switch_current(const fs::path& store, const std::string& id) {
    if (!is_version_id(id) || !is_version_folder(store / kVersionsFolder / id))
        return "There is no version '" + id + "' in " + store.string() + ".";
    const fs::path next = store / kNextCurrentLink;
    ::unlink(next.c_str());
    const std::string target = std::string(kVersionsFolder) + "/" + id;  // relative: the store may move
    if (::symlink(target.c_str(), next.c_str()) != 0)
        return "Could not switch to version " + id + ": " + std::strerror(errno) + ".";
    if (::rename(next.c_str(), (store / kCurrentLink).c_str()) != 0) {
        const std::string reason = std::strerror(errno);
        ::unlink(next.c_str());
        return "Could not switch to version " + id + ": " + reason + ".";
    }
    if (!sync_folder(store))
        return "Switched to version " + id + ", but could not make it last (fsync failed: " + std::strerror(errno) +
               ").";
    return {};
}

std::string roll_back(const fs::path& store, const std::string& id) {
    const StoreLock lock(store);
    if (!lock.held())
        return import_running(store) ? "An import is running; try again when it has finished."
                                     : "Cannot lock the content store " + store.string() + " (is it writable?).";
    std::string problem = switch_current(store, id);
    if (problem.empty() || current_version(store) == id) {
        std::string label;
        for (const StoredVersion& v : list_versions(store))
            if (v.id == id) label = v.label;
        if (!append_history(store, {static_cast<std::int64_t>(std::time(nullptr)), id, label, "rollback"}))
            std::fprintf(stderr, "haven: the rollback to %s is not recorded: %s/history.log cannot be written\n",
                         id.c_str(), store.c_str());
    }
    return problem;
}

std::vector<std::string> versions_to_prune(std::vector<StoredVersion> versions, int keep_previous) {
    // By signing time, newest first (then by import, as listed): the newest content is never
    // pruned, even after a rollback, so staff can always go forward again; and a version that
    // was imported last but signed long ago (as before the version rule) does not count as new.
    std::stable_sort(versions.begin(), versions.end(),
                     [](const StoredVersion& a, const StoredVersion& b) { return a.signed_at > b.signed_at; });
    std::vector<std::string> doomed;
    int kept = 0;
    for (size_t i = 0; i < versions.size(); ++i) {
        if (versions[i].current) continue;
        if (kept++ < keep_previous || (i == 0 && versions[i].signed_at > 0)) continue;
        doomed.push_back(versions[i].id);
    }
    return doomed;
}

void prune_versions(const fs::path& store, int keep_previous) {
    const fs::path staging = store / kStagingFolder;
    std::error_code ec;
    fs::create_directories(staging, ec);
    bool removed_any = false;
    for (const std::string& id : versions_to_prune(list_versions(store), keep_previous)) {
        // Moved out of versions/ in one rename first: a deletion cut short must never leave a
        // half-deleted version that staff could roll back to. clean_staging() finishes it.
        const fs::path doomed = staging / (id + ".removing");
        fs::remove_all(doomed, ec);
        if (::rename((store / kVersionsFolder / id).c_str(), doomed.c_str()) != 0) continue;
        removed_any = true;
        fs::remove_all(doomed, ec);
    }
    if (removed_any) {
        sync_folder(store / kVersionsFolder);
        sync_folder(staging);
    }
}

int clean_staging(const fs::path& store) {
    const fs::path staging = store / kStagingFolder;
    std::vector<fs::path> stale;
    std::error_code ec;
    // ".import-status.0123456789abcdef.tmp" and the like (replace_file_at), left by a kill.
    for (fs::directory_iterator it(store, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (is_temporary_name(name) && it->is_regular_file(ec)) ::unlink(it->path().c_str());
    }
    for (fs::directory_iterator it(staging, ec), end; !ec && it != end; it.increment(ec)) stale.push_back(it->path());
    int removed = 0;
    for (const fs::path& path : stale)
        if (fs::remove_all(path, ec) > 0 && !ec) ++removed;
    if (removed > 0) sync_folder(staging);
    return removed;
}

StoreLock::StoreLock(const fs::path& store) {
    const int fd = ::open((store / kLockFile).c_str(), O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0644);
    if (fd < 0) return;
    struct flock whole_file {};
    whole_file.l_type = F_WRLCK;
    whole_file.l_whence = SEEK_SET;
    // Also flock(): shell scripts (deploy/setup-system seeding the store) can only take that
    // kind, and on Linux the two kinds do not see each other.
    if (::fcntl(fd, F_OFD_SETLK, &whole_file) != 0 || ::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        ::close(fd);
        return;
    }
    fd_ = fd;
}

StoreLock::~StoreLock() {
    if (fd_ >= 0) ::close(fd_);  // closing the only descriptor releases an OFD lock
}

bool import_running(const fs::path& store) {
    // Read-only, because the kiosk runs as a user who may not write the store.
    const FileDescriptor fd(::open((store / kLockFile).c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC));
    if (fd.get() < 0) return false;
    struct flock probe {};
    probe.l_type = F_WRLCK;
    probe.l_whence = SEEK_SET;
    if (::fcntl(fd.get(), F_OFD_GETLK, &probe) != 0) return false;
    return probe.l_type != F_UNLCK;
}

}  // namespace haven::update
