#pragma once
// UTF-8 validation for content files: a file saved in a legacy Windows code page shows up
// as invalid bytes, and staff need to know where.

#include <cstddef>
#include <optional>
#include <string_view>

namespace haven {

struct TextPosition {
    std::size_t offset = 0;  // bytes from the start
    int line = 1;            // 1-based
    int column = 1;          // 1-based, in characters (what editors show)
};

// The position of the first byte that is not valid UTF-8 (overlong forms, surrogates and
// code points above U+10FFFF included), or nullopt when the text is valid.
std::optional<TextPosition> find_invalid_utf8(std::string_view text);

} // namespace haven
