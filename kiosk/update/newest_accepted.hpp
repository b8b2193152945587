#pragma once
// The version rule: a stick may only bring content signed later than the newest content this
// store ever accepted. Without it, any older pack signed by a trusted key (or any kept
// versions/<id>/ folder, itself a complete signed pack) could be plugged in to bring back
// outdated advice, and alternating two old packs would push the newest out of the store.
//
// STORE/newest-accepted records that signing time (and the version that brought it) as a
// small TOML file, replaced atomically and fsynced before `current` switches. A rollback
// never changes it, and pruning cannot lower it. Going back is for staff: the staff view's
// rollback, or `haven rollback`.
//
// Stores made before the rule have no record. Then, and always, the floor is also every kept
// version's signed time (the seeded `0-installed-with-haven` has none and adds nothing), so
// an upgrade opens no window for a replay.

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

namespace haven::update {

struct NewestAccepted {
    std::int64_t signed_at = 0;  // unix time; 0: nothing signed accepted yet
    std::string version;         // the version that brought it, if known
};

// The floor for the next import: the record, or the kept versions, whichever is newer.
// nullopt with `problem` when the record exists but cannot be read: the store is damaged,
// and guessing could let an old pack in.
std::optional<NewestAccepted> read_newest_accepted(const std::filesystem::path& store, std::string& problem);

// Replaces the record with `newest` (atomically, fsynced). False when it could not be saved.
bool write_newest_accepted(const std::filesystem::path& store, const NewestAccepted& newest);

// The record alone, without the kept versions: signed_at 0 when there is none; nullopt with
// `problem` when it exists but cannot be read.
std::optional<NewestAccepted> read_newest_accepted_record(const std::filesystem::path& store, std::string& problem);

// True when the record file exists (so a first use can write it).
bool has_newest_accepted_record(const std::filesystem::path& store);

} // namespace haven::update
