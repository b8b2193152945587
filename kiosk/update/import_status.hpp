#pragma once
// What an import tells the running kiosk: STORE/import-status, rewritten atomically (write a
// temporary file, rename) as the import goes. The kiosk reads it when the store folder
// changes, shows a quiet "Updating content..." with progress while the import holds the
// store lock, and a short result banner for staff afterwards. An import killed half-way
// leaves "running" in the file but no lock, which the reader reports as Failed.

#include <cstdint>
#include <filesystem>
#include <string>

namespace haven::update {

struct ImportStatus {
    enum class State { None, Running, Imported, Refused, Failed };
    State state = State::None;
    std::int64_t done = 0;   // files copied and verified so far (Running)
    std::int64_t total = 0;  // files in the pack
    std::string message;     // one sentence for staff (the result, or the current step)
    std::int64_t finished_at = 0;  // unix time the import ended (not Running)
};

// Writes STORE/import-status atomically. Best effort: a full disk must not stop an import
// from reporting through its exit code and the stick.
void write_import_status(const std::filesystem::path& store, const ImportStatus& status);

// Reads STORE/import-status; None when absent or unreadable. A Running status whose import
// no longer holds the store lock reads as Failed ("the import stopped part-way").
ImportStatus read_import_status(const std::filesystem::path& store);

} // namespace haven::update
