// The MANIFEST format (see manifest.hpp), the pack's trusted comment, and hashing files.

#include "manifest.hpp"

#include "file_io.hpp"
#include "folder_walk.hpp"

#include "core/content/content_files.hpp"
#include "core/text/printable_text.hpp"

#include <fcntl.h>
#include <sodium.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <charconv>
#include <cstdio>
#include <cstring>
#include <memory>
#include <set>
#include <system_error>

namespace haven::update {
namespace fs = std::filesystem;

namespace {

constexpr size_t kHashDigits = 2 * crypto_hash_sha256_BYTES;
constexpr std::string_view kSeparator = "  ";  // sha256sum's text mode
// Linux's PATH_MAX and NAME_MAX: a longer path could never be created by the import.
constexpr size_t kMaxPathLength = kMaxPathBytes;
constexpr size_t kMaxNameLength = 255;
constexpr size_t kMaxLineLength = kHashDigits + kSeparator.size() + kMaxPathLength;

constexpr std::string_view kTimestampField = "timestamp:";
constexpr std::string_view kFileField = "file:";
constexpr std::string_view kLabelField = "label:";
constexpr std::string_view kPackMarker = "haven-pack";

bool is_lower_hex(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); }
bool is_control(unsigned char c) { return c < 0x20 || c == 0x7F; }

std::string hex(const unsigned char* bytes, size_t size) {
    std::string text(2 * size + 1, '\0');
    sodium_bin2hex(text.data(), text.size(), bytes, size);
    text.pop_back();  // the NUL libsodium writes
    return text;
}

// Why `path` breaks a manifest rule, or empty when it is fine.
std::string path_problem(std::string_view path) {
    if (path.empty()) return "the path is empty";
    if (path.size() > kMaxPathLength) return "the path is too long";
    for (unsigned char c : path) {
        if (is_control(c)) return "the path contains a control character";
        if (c == '\\') return "the path contains a backslash; only '/' separates folders";
    }
    if (path.front() == '/') return "the path is absolute; it must be relative to the pack";
    size_t start = 0;
    for (size_t parts = 1;; ++parts) {
        const size_t end = path.find('/', start);
        const std::string_view part = path.substr(start, end == std::string_view::npos ? path.npos : end - start);
        if (part.empty()) return "the path has an empty part ('//' or a trailing '/')";
        if (part == "." || part == "..") return "the path has a '.' or '..' part";
        if (part.size() > kMaxNameLength) return "a name in the path is too long";
        if (parts > kMaxPathParts) return "the path nests folders more than " + std::to_string(kMaxPathParts) + " deep";
        if (is_system_clutter(part))
            return "'" + std::string(part) + "' is a name left on sticks by Windows or macOS, never content";
        if (end == std::string_view::npos) return {};
        start = end + 1;
    }
}

// Why the line breaks a rule, or empty; on success fills `entry`.
std::string line_problem(std::string_view line, ManifestEntry& entry) {
    if (line.size() > kMaxLineLength) return "the line is too long";
    if (!line.empty() && line.back() == '\r') return "the line ends in a carriage return (Windows line ending)";
    if (line.size() < kHashDigits + kSeparator.size() || line.substr(kHashDigits, kSeparator.size()) != kSeparator)
        return "expected a SHA-256 (64 hex digits), two spaces and a path";
    const std::string_view hash = line.substr(0, kHashDigits);
    if (!std::all_of(hash.begin(), hash.end(), is_lower_hex))
        return "the SHA-256 must be 64 lower-case hex digits";
    const std::string_view path = line.substr(kHashDigits + kSeparator.size());
    if (std::string problem = path_problem(path); !problem.empty()) return problem;
    entry.sha256 = std::string(hash);
    entry.path = std::string(path);
    return {};
}

struct FileCloser {
    void operator()(std::FILE* file) const { std::fclose(file); }
};

} // namespace

std::string sha256_hex(std::string_view bytes) {
    std::array<unsigned char, crypto_hash_sha256_BYTES> digest{};
    crypto_hash_sha256(digest.data(), reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
    return hex(digest.data(), digest.size());
}

std::optional<std::string> sha256_of_descriptor(int fd) {
    crypto_hash_sha256_state state;
    crypto_hash_sha256_init(&state);
    std::array<unsigned char, 64 * 1024> buffer{};
    for (;;) {
        const ssize_t got = ::read(fd, buffer.data(), buffer.size());
        if (got < 0 && errno == EINTR) continue;
        if (got < 0) return std::nullopt;  // a pulled stick, a bad sector
        if (got == 0) break;
        crypto_hash_sha256_update(&state, buffer.data(), static_cast<unsigned long long>(got));
    }
    std::array<unsigned char, crypto_hash_sha256_BYTES> digest{};
    crypto_hash_sha256_final(&state, digest.data());
    return hex(digest.data(), digest.size());
}

std::optional<std::string> sha256_of_file(const fs::path& file) {
    std::unique_ptr<std::FILE, FileCloser> in(std::fopen(file.c_str(), "rb"));
    if (!in) return std::nullopt;
    crypto_hash_sha256_state state;
    crypto_hash_sha256_init(&state);
    std::array<unsigned char, 64 * 1024> buffer{};
    size_t got = 0;
    while ((got = std::fread(buffer.data(), 1, buffer.size(), in.get())) > 0)
        crypto_hash_sha256_update(&state, buffer.data(), got);
    if (std::ferror(in.get())) return std::nullopt;  // a pulled stick, a bad sector
    std::array<unsigned char, crypto_hash_sha256_BYTES> digest{};
    crypto_hash_sha256_final(&state, digest.data());
    return hex(digest.data(), digest.size());
}

bool is_safe_relative_path(std::string_view path) { return path_problem(path).empty(); }

std::string manifest_path_problem(std::string_view path) { return path_problem(path); }

std::string format_manifest(const Manifest& manifest) {
    std::string text;
    for (const auto& entry : manifest.entries) {
        text += entry.sha256;
        text += kSeparator;
        text += entry.path;
        text += '\n';
    }
    return text;
}

std::optional<Manifest> parse_manifest(std::string_view text, std::string& problem) {
    Manifest manifest;
    if (text.empty()) {
        problem = "the manifest lists no files";
        return std::nullopt;
    }
    if (text.back() != '\n') {
        problem = "the manifest does not end with a newline (it may be cut short)";
        return std::nullopt;
    }
    std::set<std::string_view> paths;
    size_t line_number = 0;
    for (size_t start = 0; start < text.size();) {
        ++line_number;
        const size_t end = text.find('\n', start);
        const std::string_view line = text.substr(start, end - start);
        start = end + 1;
        ManifestEntry entry;
        if (std::string why = line_problem(line, entry); !why.empty()) {
            problem = "line " + std::to_string(line_number) + ": " + why;
            return std::nullopt;
        }
        if (!manifest.entries.empty() && entry.path <= manifest.entries.back().path) {
            problem = "line " + std::to_string(line_number) + ": '" + entry.path +
                      (entry.path == manifest.entries.back().path ? "' is listed twice" : "' is out of order (paths must be sorted)");
            return std::nullopt;
        }
        manifest.entries.push_back(std::move(entry));
    }
    // A path cannot be both a file and a folder ("a" and "a/b"); sorting alone does not show
    // it, because "a.md" sorts between them.
    for (const auto& entry : manifest.entries) paths.insert(entry.path);
    for (size_t i = 0; i < manifest.entries.size(); ++i) {
        const std::string_view path = manifest.entries[i].path;
        for (size_t slash = path.find('/'); slash != std::string_view::npos; slash = path.find('/', slash + 1)) {
            if (paths.count(path.substr(0, slash)) > 0) {
                problem = "line " + std::to_string(i + 1) + ": '" + std::string(path) + "' is inside '" +
                          std::string(path.substr(0, slash)) + "', which is listed as a file";
                return std::nullopt;
            }
        }
    }
    return manifest;
}

std::string format_pack_comment(const PackComment& comment) {
    // The label is free text from the command line; control characters (tabs, line breaks)
    // would break the field list or the signature file, so they become spaces.
    std::string label = comment.label;
    for (char& c : label)
        if (is_control(static_cast<unsigned char>(c))) c = ' ';
    return std::string(kTimestampField) + std::to_string(comment.signed_at) + "\t" + std::string(kFileField) +
           kManifestName + "\t" + std::string(kPackMarker) + "\t" + std::string(kLabelField) + label;
}

PackComment parse_pack_comment(std::string_view trusted_comment) {
    PackComment comment;
    int timestamps = 0;
    std::int64_t timestamp = 0;
    size_t start = 0;
    while (start <= trusted_comment.size()) {
        const size_t end = std::min(trusted_comment.find('\t', start), trusted_comment.size());
        const std::string_view field = trusted_comment.substr(start, end - start);
        start = end + 1;
        if (field.rfind(kTimestampField, 0) == 0) {
            ++timestamps;
            const std::string_view digits = field.substr(kTimestampField.size());
            std::int64_t value = 0;
            const auto [rest, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
            if (error == std::errc() && rest == digits.data() + digits.size() && !digits.empty()) timestamp = value;
        } else if (field.rfind(kLabelField, 0) == 0) {
            comment.label = std::string(field.substr(kLabelField.size()));
        }
    }
    // Two timestamps would let a reader pick either: such a pack cannot be ordered.
    if (timestamps == 1 && timestamp > 0) comment.signed_at = timestamp;
    return comment;
}

std::optional<Manifest> manifest_of_folder(const fs::path& folder, std::string& problem) {
    const FileDescriptor root(::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
    if (!root.valid()) {
        problem = folder.string() + " is not a folder";
        return std::nullopt;
    }
    Manifest manifest;
    const WalkResult walked = walk_folder(root.get(), {kMaxPathParts, kMaxPathBytes, 1000000}, [&](const WalkEntry& e) {
        if (!problem.empty() || is_system_clutter(e.name)) return WalkStep::Skip;
        const std::string name = printable(e.path);
        if (S_ISLNK(e.info.st_mode)) {
            problem = name + " is a symbolic link; a pack carries only plain files and folders";
        } else if (S_ISDIR(e.info.st_mode)) {
            return WalkStep::Enter;
        } else if (!S_ISREG(e.info.st_mode)) {
            problem = name + " is not a plain file (a device, pipe or socket)";
        } else if (std::string why = path_problem(e.path); !why.empty()) {
            problem = "'" + name + "' cannot go in a pack: " + why;
        } else {
            const FileDescriptor file(open_regular_at(e.folder, std::string(e.name).c_str()));
            std::optional<std::string> hash;
            if (file.valid()) hash = sha256_of_descriptor(file.get());
            if (!hash) problem = "cannot read " + printable((folder / e.path).string());
            else manifest.entries.push_back({*hash, e.path});
        }
        return WalkStep::Skip;
    });
    if (problem.empty() && walked.stop != WalkResult::Stop::Done) {
        problem = walked.stop == WalkResult::Stop::Error
                      ? "cannot list " + folder.string() + ": " + std::strerror(walked.error)
                      : "'" + printable(walked.path) + "' cannot go in a pack: it is nested too deep or its path is too long";
    }
    if (!problem.empty()) return std::nullopt;
    std::sort(manifest.entries.begin(), manifest.entries.end(),
              [](const ManifestEntry& a, const ManifestEntry& b) { return a.path < b.path; });
    return manifest;
}

} // namespace haven::update
