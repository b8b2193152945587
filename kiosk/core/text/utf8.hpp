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

// The length of the valid UTF-8 sequence that starts `text` at byte `at` (1 for ASCII) and
// its code point in `cp`; 0 when the bytes there are not valid UTF-8 (a stray continuation
// byte, a cut-off sequence, an overlong form, a surrogate or a code point above U+10FFFF).
std::size_t decode_utf8(std::string_view text, std::size_t at, unsigned& cp);

// The position of the first byte that is not valid UTF-8 (overlong forms, surrogates and
// code points above U+10FFFF included), or nullopt when the text is valid.
std::optional<TextPosition> find_invalid_utf8(std::string_view text);

// Marks every code point of valid UTF-8 `text` that lies in the Basic Multilingual Plane in
// `seen` (indexed by code point, 65,536 entries).
void mark_characters(std::string_view text, std::vector<bool>& seen);

} // namespace haven
