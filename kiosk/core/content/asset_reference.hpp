#pragma once
// Images and sounds named in content files. A reference must stay inside the content
// folder (no `..`, no absolute path, no symlink pointing out), name a readable file of the
// right kind and stay under the size and dimension caps.

#include "core/content/diagnostics_sink.hpp"
#include "core/content/image_codec.hpp"

#include <filesystem>
#include <optional>
#include <string>

namespace haven {

inline constexpr std::size_t kMaxAudioBytes = 32 * 1024 * 1024;
// The longest recordings, checked by `haven check` (decoding needs the platform layer): a
// card read aloud, and a breathing prompt, which must end well before the next phase begins.
inline constexpr double kMaxCardRecordingSeconds = 10 * 60;
inline constexpr double kMaxVoicePromptSeconds = 10;

enum class AssetKind { Image, Audio };

struct CheckedAsset {
    std::filesystem::path path;  // absolute, inside the folder
    std::string bytes;           // images only: the file, for decoding
};

// Checks `reference` (as written in the file, at `line`/`column`); reports problems to `sink`.
std::optional<CheckedAsset> check_asset(const std::filesystem::path& folder, const std::string& reference,
                                        AssetKind kind, DiagnosticsSink& sink, int line, int column);

} // namespace haven
