#pragma once
// A content pack's MANIFEST: one line per file, "<SHA-256 in lower-case hex>  <relative path>",
// sorted by path. It is the format `sha256sum` prints, so `cd haven-pack && sha256sum -c MANIFEST`
// also checks a pack by hand. The manifest itself is what gets signed (MANIFEST.minisig).
//
// Parsing is strict, because a manifest arrives on a stranger's stick: relative paths with
// '/' only, no "." or ".." parts, no empty parts, no control characters or backslashes, no
// duplicates, sorted, and no line longer than a path may be.

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

// What `haven pack` puts in the signature's trusted comment (signed, so it can be trusted):
// "timestamp:<unix time>\tfile:MANIFEST\thaven-pack\tlabel:<label>". Reading is tolerant:
// unknown fields are ignored and missing ones stay at their defaults, so packs signed by
// minisign itself (its default comment has timestamp and file) are read too.
struct PackComment {
    std::int64_t signed_at = 0;  // unix time
    std::string label;           // one line, may be empty
};
std::string format_pack_comment(const PackComment& comment);
PackComment parse_pack_comment(std::string_view trusted_comment);

// SHA-256 of a whole file, as 64 lower-case hex digits; nullopt when it cannot be read.
std::optional<std::string> sha256_of_file(const std::filesystem::path& file);
std::string sha256_hex(std::string_view bytes);

// Hashes every regular file under `folder` (sorted, relative paths). Refuses (nullopt and
// `problem`) symlinks, special files and unsafe names, so a pack never carries them.
std::optional<Manifest> manifest_of_folder(const std::filesystem::path& folder, std::string& problem);

} // namespace haven::update
