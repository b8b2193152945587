#pragma once
// A content pack's MANIFEST: one line per file, "<SHA-256 in lower-case hex>  <relative path>",
// sorted by path. It is the format `sha256sum` prints, so `cd haven-pack && sha256sum -c MANIFEST`
// also checks a pack by hand. The manifest itself is what gets signed (MANIFEST.minisig).
//
// Parsing is strict, because a manifest arrives on a stranger's stick: relative paths with
// '/' only, no "." or ".." parts, no empty parts, no control characters or backslashes, no
// duplicates, sorted, and no line longer than a path may be. No part may be a name that
// Windows or macOS leave on sticks (`.Trashes`, `$RECYCLE.BIN`, `._*`, ...): the import leaves
// such files alone on the stick, so a manifest listing one could slip files past the checks
// and the size caps. And no path has more than kMaxPathParts parts, the deepest the import
// walks.

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace haven::update {

inline constexpr const char* kManifestName = "MANIFEST";
inline constexpr const char* kSignatureName = "MANIFEST.minisig";
inline constexpr const char* kPackFolderName = "haven-pack";
// Where a stick carries a plain content folder (no signature) for staff approval.
inline constexpr const char* kContentFolderName = "haven-content";
// A path in a manifest: at most this many bytes (Linux's PATH_MAX less its NUL) and parts.
inline constexpr std::size_t kMaxPathBytes = 4095;
inline constexpr std::size_t kMaxPathParts = 64;

struct ManifestEntry {
    std::string sha256;  // 64 lower-case hex digits
    std::string path;    // relative, '/'-separated

    bool operator==(const ManifestEntry&) const = default;
};

struct Manifest {
    std::vector<ManifestEntry> entries;  // sorted by path
};

std::string format_manifest(const Manifest& manifest);

// nullopt with `problem` ("line 3: ...") when the text breaks any rule above.
std::optional<Manifest> parse_manifest(std::string_view text, std::string& problem);

// True when `path` is acceptable as a manifest path (the rules above).
bool is_safe_relative_path(std::string_view path);
// Why `path` is not, in a few words ("the path contains a control character"), or empty.
std::string manifest_path_problem(std::string_view path);

// What `haven pack` puts in the signature's trusted comment (signed, so it can be trusted):
// "timestamp:<unix time>\tfile:MANIFEST\thaven-pack\tlabel:<label>". Reading is tolerant:
// unknown fields are ignored and missing ones stay at their defaults, so packs signed by
// minisign itself (its default comment has timestamp and file) are read too. The signing
// time orders packs (newest_accepted.hpp), so it is known only from exactly one well-formed
// positive timestamp field: none, two, or a broken one leave it 0 (unknown).
struct PackComment {
    std::int64_t signed_at = 0;  // unix time; 0: unknown
    std::string label;           // one line, may be empty; may hold any byte but tab and newline
};
std::string format_pack_comment(const PackComment& comment);
PackComment parse_pack_comment(std::string_view trusted_comment);

// SHA-256 of a whole file, as 64 lower-case hex digits; nullopt when it cannot be read.
std::optional<std::string> sha256_of_file(const std::filesystem::path& file);
// The same for what is left to read from a descriptor.
std::optional<std::string> sha256_of_descriptor(int fd);
std::string sha256_hex(std::string_view bytes);

// Hashes every regular file under `folder` (sorted, relative paths), leaving out system
// clutter. Refuses (nullopt and `problem`) symlinks, special files and unsafe names, so a pack
// never carries them. Walks and reads by descriptors, never following a link.
std::optional<Manifest> manifest_of_folder(const std::filesystem::path& folder, std::string& problem);

} // namespace haven::update
