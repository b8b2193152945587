#pragma once
// STORE/history.log: the store's audit trail, one line for each change of what the kiosk
// shows (`current`), for staff and for whoever audits the clinic's information:
//
//   2026-12-02T20:31:05Z  20261202-203105-3f2a9c1b0d4e  "Spring update"  signature 1A2B3C4D5E6F7A8B
//
// time (UTC), the version now shown, its label, and how the change was authorised:
// `signature KEYID` (a signed pack), `staff PIN` (content a staff member approved) or
// `rollback` (staff went to a kept version). Nothing about patients is ever written here.
// Lines are appended and fsynced; past a size cap the oldest half is dropped, so the log can
// never fill the disk.

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace haven::update {

struct HistoryEntry {
    std::int64_t at = 0;   // unix time
    std::string version;
    std::string label;     // may be empty; escaped and quoted when written
    std::string how;       // "signature KEYID", "staff PIN" or "rollback"
};

inline constexpr const char* kHistoryFile = "history.log";

// One line, without its newline. The label is made printable and its quotes escaped, so a
// label can never start a line of its own or fake another field.
std::string format_history_line(const HistoryEntry& entry);

// Appends the entry to STORE/history.log. Call while holding the store lock. False (errno
// set) when it could not be written: the change itself has happened all the same.
bool append_history(const std::filesystem::path& store, const HistoryEntry& entry);

// The last `count` lines of STORE/history.log, oldest first (empty when there is none).
std::vector<std::string> read_history(const std::filesystem::path& store, std::size_t count);

}  // namespace haven::update
