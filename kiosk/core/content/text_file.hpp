#pragma once
// Reading small files whole, with a size cap so a bad USB stick cannot exhaust memory.

#include <cstddef>
#include <filesystem>
#include <string>

namespace haven {

inline constexpr std::size_t kMaxTextFileBytes = 1024 * 1024;

struct TextFile {
    std::string text;   // without a leading UTF-8 byte-order mark
    std::string error;  // empty when the file was read
    std::size_t skipped = 0;  // bytes of byte-order mark removed from the start
};

TextFile read_text_file(const std::filesystem::path& path, std::size_t max_bytes = kMaxTextFileBytes);

// The same for binary files: the bytes exactly as stored.
TextFile read_file_bytes(const std::filesystem::path& path, std::size_t max_bytes);

} // namespace haven
