// STORE/import-status as a small TOML table (state, done, total, message, finished_at), so
// staff can read it with `cat` too.

#include "import_status.hpp"

#include "store.hpp"

#include <toml++/toml.h>

#include <sys/stat.h>

#include <array>
#include <fstream>
#include <sstream>
#include <utility>

namespace haven::update {
namespace fs = std::filesystem;

namespace {

constexpr const char* kStatusFile = "import-status";
// The file holds one sentence and a few numbers; anything bigger is not ours.
constexpr std::streamsize kMaxStatusBytes = 64 * 1024;

using State = ImportStatus::State;
constexpr std::array<std::pair<State, const char*>, 5> kStateNames{{
    {State::Running, "running"},
    {State::Imported, "imported"},
    {State::Refused, "refused"},
    {State::Failed, "failed"},
    {State::Pending, "pending"},
}};

const char* state_name(State state) {
    for (const auto& [s, name] : kStateNames)
        if (s == state) return name;
    return "none";
}

State state_named(std::string_view name) {
    for (const auto& [s, n] : kStateNames)
        if (name == n) return s;
    return State::None;
}

}  // namespace

bool write_import_status(const fs::path& store, const ImportStatus& status) {
    toml::table table{
        {"state", state_name(status.state)},
        {"done", status.done},
        {"total", status.total},
        {"message", status.message},
        {"finished_at", status.finished_at},
    };
    if (!status.version.empty()) table.insert("version", status.version);
    std::ostringstream text;
    text << table << '\n';
    // Progress is not worth an fsync (SD cards wear, and each costs milliseconds); the
    // result is, and so is the status naming the version about to be shown.
    if (status.state == ImportStatus::State::Running && status.version.empty())
        return write_file_atomically(store / kStatusFile, text.str(), false);
    return replace_file_making_room(store / kStatusFile, text.str());
}

ImportStatus read_import_status(const fs::path& store) {
    std::ifstream in(store / kStatusFile, std::ios::binary);
    if (!in) return {};
    std::string text(static_cast<size_t>(kMaxStatusBytes), '\0');
    in.read(text.data(), kMaxStatusBytes);
    text.resize(static_cast<size_t>(in.gcount()));

    ImportStatus status;
    try {
        const toml::table table = toml::parse(text);
        status.state = state_named(table["state"].value_or(std::string_view()));
        status.done = table["done"].value_or(std::int64_t{0});
        status.total = table["total"].value_or(std::int64_t{0});
        status.message = table["message"].value_or(std::string());
        status.finished_at = table["finished_at"].value_or(std::int64_t{0});
        status.version = table["version"].value_or(std::string());
    } catch (const toml::parse_error&) {
        return {};
    }
    if (status.state == State::Running && !import_running(store)) {
        // The import was killed, the power went or the disk was full: `current` says whether
        // it got as far as showing the new version.
        status.interrupted = true;
        if (!status.version.empty() && current_version(store) == status.version) {
            status.state = State::Imported;
            status.message = "Imported as version " + status.version + "; the kiosk shows it now.";
        } else {
            status.state = State::Failed;
            status.message = "The import stopped part-way; the kiosk still shows its previous content.";
        }
        struct stat file {};
        if (::stat((store / kStatusFile).c_str(), &file) == 0)
            status.finished_at = file.st_mtime;  // its last sign of life
    }
    return status;
}

}  // namespace haven::update
