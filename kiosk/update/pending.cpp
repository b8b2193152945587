// Content waiting for staff approval (see pending.hpp).

#include "pending.hpp"

#include "history_log.hpp"
#include "import_status.hpp"
#include "manifest.hpp"
#include "store.hpp"

#include "core/content/content_loader.hpp"
#include "core/content/diagnostic.hpp"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <fstream>
#include <iterator>
#include <system_error>
#include <vector>

namespace haven::update {
namespace fs = std::filesystem;

namespace {

// Pending ids, newest first.
std::vector<std::string> pending_ids(const fs::path& store) {
    std::vector<std::string> ids;
    std::error_code ec;
    for (fs::directory_iterator it(store / kPendingFolder, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (is_version_id(name) && fs::symlink_status(it->path(), ec).type() == fs::file_type::directory)
            ids.push_back(name);
    }
    std::sort(ids.begin(), ids.end(), std::greater<>());
    return ids;
}

// Out of pending/ in one rename (never a half-deleted version staff could publish), then gone.
void remove_pending(const fs::path& store, const std::string& id) {
    const fs::path doomed = store / "staging" / (id + ".discarding");
    std::error_code ec;
    fs::create_directories(store / "staging", ec);
    fs::remove_all(doomed, ec);
    if (::rename((store / kPendingFolder / id).c_str(), doomed.c_str()) != 0) return;
    sync_folder(store / kPendingFolder);
    fs::remove_all(doomed, ec);
    sync_folder(store / "staging");
}

// The lock, and the check that `id` is what waits; an outcome when either fails.
std::optional<StaffDecision> cannot_decide(const fs::path& store, const StoreLock& lock, const std::string& id) {
    if (!lock.held()) {
        if (import_running(store))
            return StaffDecision{StaffDecision::Outcome::Busy, "An import is running; this waits until it has finished."};
        return StaffDecision{StaffDecision::Outcome::Refused,
                             "Cannot lock the content store " + store.string() + " (is it writable?)."};
    }
    const std::optional<PendingVersion> waiting = pending_version(store);
    if (!waiting)
        return StaffDecision{StaffDecision::Outcome::Refused, "No content is waiting for approval any more."};
    if (waiting->id != id)
        return StaffDecision{StaffDecision::Outcome::Refused,
                             "Newer content arrived from a stick while you were deciding; nothing was changed. Look at "
                             "it (Preview) before you publish it."};
    return std::nullopt;
}

// Empty when the version waiting is still exactly what the import checked: every file the
// import's MANIFEST lists, with its hash, and nothing else; and content without errors. The
// folder sat in the store while staff decided, and only this may become `current`.
std::string changed_since_checked(const fs::path& folder) {
    std::ifstream in(folder / kManifestName, std::ios::binary);
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::string problem;
    std::optional<Manifest> listed = parse_manifest(text, problem);
    if (!in.good() && !in.eof()) return "its list of files cannot be read";
    if (!listed) return "its list of files is damaged (" + problem + ")";
    std::optional<Manifest> found = manifest_of_folder(folder, problem);
    if (!found) return problem;
    std::erase_if(found->entries, [](const ManifestEntry& e) { return e.path == kManifestName; });
    if (found->entries != listed->entries) return "its files changed after they were checked";
    const LoadResult loaded = load_content(folder);
    for (const Diagnostic& d : loaded.diagnostics)
        if (d.severity == Diagnostic::Severity::Error) return "it no longer passes the content check (" + format(d) + ")";
    return {};
}

}  // namespace

std::optional<PendingVersion> pending_version(const fs::path& store) {
    const std::vector<std::string> ids = pending_ids(store);
    if (ids.empty()) return std::nullopt;
    return PendingVersion{ids.front(), imported_at_of(ids.front()), store / kPendingFolder / ids.front()};
}

std::string hold_for_approval(const fs::path& store, const fs::path& staged, const std::string& id) {
    const fs::path folder = store / kPendingFolder;
    std::error_code ec;
    if (fs::create_directory(folder, ec))
        fs::permissions(folder,
                        fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec | fs::perms::others_read |
                            fs::perms::others_exec,
                        ec);
    if (ec) return "cannot create " + folder.string() + ": " + ec.message() + ".";
    if (!is_version_id(id)) return "cannot keep the content as '" + id + "'.";
    // The one waiting goes first (its replacement has passed every check by now), so there is
    // never more than one: a kill in between leaves none waiting, and the staged copy is
    // cleaned away by the next import.
    for (const std::string& other : pending_ids(store)) remove_pending(store, other);
    if (::rename(staged.c_str(), (folder / id).c_str()) != 0)
        return "cannot move the new content into " + folder.string() + ": " + std::strerror(errno) + ".";
    if (!sync_folder(folder) || !sync_folder(staged.parent_path()))
        return "cannot save " + folder.string() + ": " + std::strerror(errno) + ".";
    return {};
}

void remove_older_pending(const fs::path& store) {
    const std::vector<std::string> ids = pending_ids(store);
    for (size_t i = 1; i < ids.size(); ++i) remove_pending(store, ids[i]);
}

StaffDecision publish_pending(const fs::path& store, const std::string& id, int keep_previous) {
    const StoreLock lock(store);
    if (auto refused = cannot_decide(store, lock, id)) return *refused;
    // The kiosk's own settings may have changed since the content arrived (a signed pack
    // turned unsigned content off): then nothing unsigned is published any more.
    if (!load_settings(store / "current").updates.allow_unsigned)
        return {StaffDecision::Outcome::Refused,
                "This kiosk no longer takes unsigned content (allow_unsigned is off in its settings); nothing was "
                "changed. Discard the content waiting."};
    if (const std::string changed = changed_since_checked(store / kPendingFolder / id); !changed.empty())
        return {StaffDecision::Outcome::Refused,
                "The content waiting cannot be published: " + changed + ". Nothing was changed; discard it and bring "
                "the stick again."};
    const fs::path version = store / "versions" / id;
    std::error_code ec;
    fs::create_directories(store / "versions", ec);
    if (fs::symlink_status(version, ec).type() != fs::file_type::not_found)
        return {StaffDecision::Outcome::Refused, "A version " + id + " is already in the store; nothing was changed."};
    // As an import does before its switch: a status naming the version, so that a kill or a
    // power cut between the move and the switch leaves a version the next import knows was
    // never shown, and removes (import.hpp).
    if (!write_import_status(store, {ImportStatus::State::Running, 0, 0, "Publishing the content staff approved", 0, id}))
        return {StaffDecision::Outcome::Refused,
                "Cannot publish: the store's status cannot be written (" + std::string(std::strerror(errno)) + ")."};
    if (::rename((store / kPendingFolder / id).c_str(), version.c_str()) != 0) {
        const std::string reason = std::strerror(errno);
        write_import_status(store, {ImportStatus::State::Pending, 0, 0, "Waiting for staff approval", 0, id});
        return {StaffDecision::Outcome::Refused, "Cannot publish: " + reason + "."};
    }
    sync_folder(store / kPendingFolder);
    sync_folder(store / "versions");
    if (std::string problem = switch_current(store, id); !problem.empty() && current_version(store) != id) {
        // Not shown: back to waiting, so that staff can try again.
        if (::rename(version.c_str(), (store / kPendingFolder / id).c_str()) == 0) {
            sync_folder(store / "versions");
            sync_folder(store / kPendingFolder);
        }
        write_import_status(store, {ImportStatus::State::Pending, 0, 0, "Waiting for staff approval", 0, id});
        return {StaffDecision::Outcome::Refused, problem};
    }
    const auto now = static_cast<std::int64_t>(std::time(nullptr));
    write_import_status(store, {ImportStatus::State::Imported, 0, 0,
                                "Published as version " + id + " with the staff PIN; the kiosk shows it now.", now, id});
    const bool recorded = append_history(store, {now, id, staff_approved_label(version), "staff PIN"});
    prune_versions(store, keep_previous);
    return {StaffDecision::Outcome::Done, "Published: patients now see the new content (version " + id + ")." +
                                              (recorded ? "" : " The store's history.log could not be written: tell "
                                                               "whoever looks after the kiosk.")};
}

StaffDecision discard_pending(const fs::path& store, const std::string& id) {
    const StoreLock lock(store);
    if (auto refused = cannot_decide(store, lock, id)) return *refused;
    remove_pending(store, id);
    // The banner at the foot of every screen says no longer that something waits.
    const ImportStatus status = read_import_status(store);
    if (status.state == ImportStatus::State::Pending && status.version == id)
        write_import_status(store, {ImportStatus::State::None, 0, 0, {}, 0, {}});
    return {StaffDecision::Outcome::Done, "Discarded the content that was waiting; patients see what they saw before."};
}

}  // namespace haven::update
