#pragma once
// UTF-8 validation for content files: a file saved in a legacy Windows code page shows up
// as invalid bytes, and staff need to know where.

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

namespace haven {

struct TextPosition {
    std::size_t offset = 0;  // bytes from the start
    int line = 1;            // 1-based
    int column = 1;          // 1-based, in characters (what editors show)
};

// The position of the first byte that is not valid UTF-8 (overlong forms, surrogates and
// code points above U+10FFFF included), or nullopt when the text is valid.
std::optional<TextPosition> find_invalid_utf8(std::string_view text);

// Marks every code point of valid UTF-8 `text` that lies in the Basic Multilingual Plane in
// `seen` (indexed by code point, 65,536 entries).
void mark_characters(std::string_view text, std::vector<bool>& seen);

} // namespace haven
