#pragma once
// Content waiting for staff approval: a plain (unsigned) content folder from a stick, taken
// only when the kiosk's own settings allow it (`[updates] allow_unsigned`), checked and
// copied like a pack, then kept here until a staff member with the PIN publishes or discards
// it. Patients never see it unless it is published.
//
//   STORE/pending/<id>/   the one version waiting (content, and a MANIFEST of its files'
//                         hashes written by the import; no signature)
//
// It arrives by a single rename from staging/, so it is always complete; a newer stick's
// version replaces it only once that version has passed its own checks: the old one is
// removed (moved out in one rename, then deleted), then the new one renamed in, so a kill
// leaves one complete version waiting or none. Publishing moves it into versions/ and switches `current` exactly like an import,
// and writes "staff PIN" in history.log.

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

namespace haven::update {

inline constexpr const char* kPendingFolder = "pending";
// Versions kept besides the current one when staff publish (as `haven import --keep`).
inline constexpr int kDefaultKeepPrevious = 3;

struct PendingVersion {
    std::string id;
    std::int64_t arrived_at = 0;  // unix time the import took it (from the id)
    std::filesystem::path folder;
};

// The version waiting for approval, if any.
std::optional<PendingVersion> pending_version(const std::filesystem::path& store);

// For the import, holding the store lock: makes `staged` (a checked copy under staging/) the
// version waiting as `id`, then removes any older one. Empty on success, else a sentence.
std::string hold_for_approval(const std::filesystem::path& store, const std::filesystem::path& staged,
                              const std::string& id);

// Removes every pending version but the newest, holding the store lock (there is only ever
// one, unless someone copied folders into the store by hand).
void remove_older_pending(const std::filesystem::path& store);

struct StaffDecision {
    enum class Outcome { Done, Busy, Refused };
    Outcome outcome = Outcome::Refused;
    std::string message;  // a sentence for staff
};

// Publishes the pending version `id`: takes the store lock (Busy while an import or a
// rollback holds it: try again later), checks that `id` is still the one waiting (a newer
// stick may have replaced what staff looked at: Refused), moves it into versions/, switches
// `current`, records "staff PIN" in history.log and prunes old versions.
StaffDecision publish_pending(const std::filesystem::path& store, const std::string& id,
                              int keep_previous = kDefaultKeepPrevious);

// Deletes the pending version `id` (Busy and Refused as above). Nothing patients see changes.
StaffDecision discard_pending(const std::filesystem::path& store, const std::string& id);

}  // namespace haven::update
