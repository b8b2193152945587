#pragma once
// What an import tells the running kiosk: STORE/import-status, rewritten atomically (write a
// temporary file, rename) as the import goes. The kiosk reads it when the store folder
// changes, shows a quiet "Updating content..." with progress while the import holds the
// store lock, and a short result banner for staff afterwards. An import killed half-way
// leaves "running" in the file but no lock, which the reader reports as Failed.
//
// Just before it switches `current`, an import writes (durably) a running status naming the
// version it switches to. So if it cannot write its final status afterwards (a full disk, a
// kill, a power cut), the reader still tells the truth from `current`: that version shown
// means Imported, anything else means Failed.

#include <cstdint>
#include <filesystem>
#include <string>

namespace haven::update {

struct ImportStatus {
    enum class State { None, Running, Imported, Refused, Failed, Pending };  // Pending: waits for staff approval
    State state = State::None;
    std::int64_t done = 0;   // files copied and verified so far (Running)
    std::int64_t total = 0;  // files in the pack
    std::string message;     // one sentence for staff (the result, or the current step)
    std::int64_t finished_at = 0;  // unix time the import ended (not Running)
    std::string version;           // the version an import is switching to, or switched to
    bool interrupted = false;      // read as Running with no import left: the state is derived
};

// Writes STORE/import-status atomically. Progress (Running, no version) is not fsynced; the
// rest is, removing the old file first when the disk is full (replace_file_making_room).
// False when it could not be written.
bool write_import_status(const std::filesystem::path& store, const ImportStatus& status);

// Reads STORE/import-status; None when absent or unreadable. A Running status whose import
// no longer holds the store lock reads as Imported when `current` is the version it named,
// and otherwise as Failed ("the import stopped part-way").
ImportStatus read_import_status(const std::filesystem::path& store);

} // namespace haven::update
