// STORE/newest-accepted (see newest_accepted.hpp): "signed_at = <unix time>" and
// "version = '<id>'", TOML so that an administrator can read it with `cat`.

#include "newest_accepted.hpp"

#include "file_io.hpp"
#include "store.hpp"

#include <toml++/toml.h>

#include <fcntl.h>

#include <cerrno>
#include <cstring>
#include <sstream>
#include <system_error>

namespace haven::update {
namespace fs = std::filesystem;

namespace {

constexpr const char* kRecordFile = "newest-accepted";
// Two short lines; anything bigger is not ours.
constexpr std::int64_t kMaxRecordBytes = 4096;

}  // namespace

bool has_newest_accepted_record(const fs::path& store) {
    std::error_code ec;
    return fs::symlink_status(store / kRecordFile, ec).type() != fs::file_type::not_found;
}

std::optional<NewestAccepted> read_newest_accepted_record(const fs::path& store, std::string& problem) {
    NewestAccepted newest;
    const fs::path file = store / kRecordFile;
    if (has_newest_accepted_record(store)) {
        const FileDescriptor fd(::open(file.c_str(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC));
        std::string text;
        if (!fd.valid() || read_capped(fd.get(), kMaxRecordBytes, text) != ReadResult::Ok) {
            problem = "cannot read " + file.string() + ": " + (fd.valid() ? "it is too large" : std::strerror(errno));
            return std::nullopt;
        }
        try {
            const toml::table table = toml::parse(text);
            const std::optional<std::int64_t> signed_at = table["signed_at"].value<std::int64_t>();
            if (!signed_at || *signed_at < 0) throw std::runtime_error("no signed_at");
            newest.signed_at = *signed_at;
            newest.version = table["version"].value_or(std::string());
        } catch (const std::exception&) {
            problem = file.string() + " is damaged (it should say signed_at = <unix time>)";
            return std::nullopt;
        }
    }
    return newest;
}

std::optional<NewestAccepted> read_newest_accepted(const fs::path& store, std::string& problem) {
    std::optional<NewestAccepted> record = read_newest_accepted_record(store, problem);
    if (!record) return std::nullopt;
    NewestAccepted newest = *record;
    // Kept versions count too: a store from before the rule, or a record lost with its disk.
    for (const StoredVersion& version : list_versions(store)) {
        if (version.signed_at > newest.signed_at) newest = {version.signed_at, version.id};
    }
    return newest;
}

bool write_newest_accepted(const fs::path& store, const NewestAccepted& newest) {
    std::ostringstream text;
    text << "# The newest signing time of content this store accepted: a stick must bring newer content.\n"
         << toml::table{{"signed_at", newest.signed_at}, {"version", newest.version}} << '\n';
    return write_file_atomically(store / kRecordFile, text.str());
}

}  // namespace haven::update
