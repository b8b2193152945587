#include "core/content/asset_reference.hpp"

#include "core/content/content_files.hpp"
#include "core/content/text_file.hpp"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <system_error>

namespace haven {
namespace fs = std::filesystem;

namespace {

bool inside(const fs::path& child, const fs::path& parent) {
    auto c = child.begin();
    for (auto p = parent.begin(); p != parent.end(); ++p, ++c) {
        if (c == child.end() || *p != *c) return false;
    }
    return true;
}

// A file in the same folder whose name differs only in letter case (Windows and macOS do
// not care; Linux does).
std::string same_name_other_case(const fs::path& folder, const std::string& reference) {
    const fs::path rel(reference);
    const std::string wanted = to_lower(rel.filename().string());
    for (const auto& name : list_files(folder / rel.parent_path())) {
        if (to_lower(name) == wanted) return (rel.parent_path() / name).generic_string();
    }
    return {};
}

bool audio_magic(std::string_view head) {
    return head.rfind("OggS", 0) == 0 || head.rfind("fLaC", 0) == 0 || head.rfind("ID3", 0) == 0 ||
           (head.size() >= 2 && static_cast<unsigned char>(head[0]) == 0xFF &&
            (static_cast<unsigned char>(head[1]) & 0xE0) == 0xE0) ||
           (head.rfind("RIFF", 0) == 0 && head.size() >= 12 && head.substr(8, 4) == "WAVE");
}

} // namespace

std::optional<CheckedAsset> check_asset(const fs::path& folder, const std::string& reference, AssetKind kind,
                                        DiagnosticsSink& sink, int line, int column) {
    const char* what = kind == AssetKind::Image ? "image" : "sound";
    const fs::path rel(reference);
    if (reference.empty()) {
        sink.error(line, column, std::string("the ") + what + " path is empty");
        return std::nullopt;
    }
    if (rel.is_absolute() || reference.find('\\') != std::string::npos || reference.find(':') != std::string::npos) {
        sink.error(line, column, std::string("'") + reference + "' must be a relative path inside the content folder, with / between folders");
        return std::nullopt;
    }
    for (const auto& part : rel) {
        if (part == "..") {
            sink.error(line, column, "'" + reference + "' leaves the content folder (..)");
            return std::nullopt;
        }
    }
    const bool right_extension = kind == AssetKind::Image
                                     ? has_extension(reference, "png") || has_extension(reference, "jpg") || has_extension(reference, "jpeg")
                                     : has_extension(reference, "ogg") || has_extension(reference, "mp3") ||
                                           has_extension(reference, "flac") || has_extension(reference, "wav");
    if (!right_extension) {
        sink.error(line, column, "'" + reference + "' is not " +
                                     (kind == AssetKind::Image ? "a .png, .jpg or .jpeg image" : "an .ogg, .mp3, .flac or .wav sound"));
        return std::nullopt;
    }

    std::error_code ec;
    const fs::path full = folder / rel;
    if (!fs::exists(fs::symlink_status(full, ec))) {
        std::string message = std::string("the ") + what + " '" + reference + "' does not exist";
        if (const std::string other = same_name_other_case(folder, reference); !other.empty())
            message += "; did you mean '" + other + "'? (letter case matters)";
        sink.error(line, column, std::move(message));
        return std::nullopt;
    }
    const fs::path real = fs::weakly_canonical(full, ec);
    const fs::path real_folder = fs::weakly_canonical(folder, ec);
    if (ec || !inside(real, real_folder)) {
        sink.error(line, column, "'" + reference + "' is a link to a file outside the content folder");
        return std::nullopt;
    }
    if (!fs::is_regular_file(real, ec)) {
        sink.error(line, column, "'" + reference + "' is not a file");
        return std::nullopt;
    }
    const std::size_t cap = kind == AssetKind::Image ? kMaxImageBytes : kMaxAudioBytes;
    const auto size = fs::file_size(real, ec);
    if (ec) {
        sink.error(line, column, "'" + reference + "' cannot be read: " + ec.message());
        return std::nullopt;
    }
    if (size > cap) {
        sink.error(line, column, "'" + reference + "' is " + std::to_string(size) + " bytes, over the limit of " + std::to_string(cap));
        return std::nullopt;
    }

    CheckedAsset asset{real, {}};
    if (kind == AssetKind::Image) {
        TextFile file = read_file_bytes(real, cap);
        if (!file.error.empty()) {
            sink.error(line, column, "'" + reference + "' cannot be read: " + file.error);
            return std::nullopt;
        }
        std::string problem;
        if (!image_info(file.text, problem)) {
            sink.error(line, column, "'" + reference + "': " + problem);
            return std::nullopt;
        }
        asset.bytes = std::move(file.text);
    } else {
        std::ifstream in(real, std::ios::binary);
        std::string head(12, '\0');
        in.read(head.data(), 12);
        head.resize(static_cast<std::size_t>(in.gcount()));
        if (!in && head.size() < 4) {
            sink.error(line, column, "'" + reference + "' cannot be read");
            return std::nullopt;
        }
        if (!audio_magic(head)) {
            sink.error(line, column, "'" + reference + "' is not an OGG, MP3, FLAC or WAV file");
            return std::nullopt;
        }
    }
    return asset;
}

} // namespace haven
