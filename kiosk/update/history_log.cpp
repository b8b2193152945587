// STORE/history.log (see history_log.hpp).

#include "history_log.hpp"

#include "file_io.hpp"
#include "store.hpp"

#include "core/text/printable_text.hpp"
#include "core/text/time_text.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <deque>

namespace haven::update {
namespace fs = std::filesystem;

namespace {
// Years of weekly updates fit many times over; past this the oldest half goes.
constexpr std::int64_t kMaxLogBytes = 256 << 10;
constexpr std::int64_t kMaxReadBytes = 2 * kMaxLogBytes;

// Quotes and backslashes escaped first, then what printable() escapes (newlines as \x0a).
std::string quoted(const std::string& text) {
    std::string escaped;
    for (const char c : text) {
        if (c == '"' || c == '\\') escaped += '\\';
        escaped += c;
    }
    return "\"" + printable(escaped) + "\"";
}

std::string read_log(const fs::path& file) {
    const FileDescriptor fd(::open(file.c_str(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC));
    std::string text;
    if (!fd.valid()) return text;
    struct stat info {};
    if (::fstat(fd.get(), &info) != 0 || !S_ISREG(info.st_mode)) return text;
    // A log grown past the cap by hand: only its end matters.
    if (info.st_size > kMaxReadBytes) ::lseek(fd.get(), info.st_size - kMaxReadBytes, SEEK_SET);
    if (read_capped(fd.get(), kMaxReadBytes, text) != ReadResult::Ok) text.clear();
    return text;
}

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    size_t start = 0;
    while (start < text.size()) {
        size_t end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        if (end > start) lines.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    return lines;
}
}  // namespace

std::string format_history_line(const HistoryEntry& entry) {
    const std::string label = entry.label.empty() ? "(no label)" : quoted(entry.label);
    return iso_time_text(entry.at) + "  " + printable(entry.version) + "  " + label + "  " + printable(entry.how);
}

bool append_history(const fs::path& store, const HistoryEntry& entry) {
    const fs::path file = store / kHistoryFile;
    const std::string line = format_history_line(entry) + "\n";
    struct stat info {};
    const bool exists = ::lstat(file.c_str(), &info) == 0;
    // A FIFO, a link or a folder put in its place is never opened: a FIFO would block the
    // import or the kiosk that holds the store lock. The change itself stands; callers say
    // that it went unrecorded.
    if (exists && !S_ISREG(info.st_mode)) {
        errno = EINVAL;
        return false;
    }
    if (exists && info.st_size + static_cast<std::int64_t>(line.size()) > kMaxLogBytes) {
        // Keep the newer half, whole lines only, and the new line: replaced atomically.
        std::vector<std::string> lines = lines_of(read_log(file));
        std::string kept;
        for (size_t i = lines.size() / 2; i < lines.size(); ++i) kept += lines[i] + "\n";
        return write_file_atomically(file, kept + line);
    }
    FileDescriptor fd(::open(file.c_str(), O_WRONLY | O_APPEND | O_CREAT | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC, 0644));
    if (!fd.valid()) return false;
    if (::fstat(fd.get(), &info) != 0 || !S_ISREG(info.st_mode)) {
        errno = EINVAL;
        return false;
    }
    const bool created = info.st_size == 0;
    if (const int error = write_all(fd.get(), line.data(), line.size())) {
        errno = error;
        return false;
    }
    if (::fsync(fd.get()) != 0) return false;
    return !created || sync_folder(store);
}

std::vector<std::string> read_history(const fs::path& store, std::size_t count) {
    std::vector<std::string> lines = lines_of(read_log(store / kHistoryFile));
    if (lines.size() > count) lines.erase(lines.begin(), lines.end() - static_cast<std::ptrdiff_t>(count));
    // Written by this code, but a store is a folder an administrator can edit: shown escaped.
    for (std::string& line : lines) line = printable(line);
    return lines;
}

}  // namespace haven::update
