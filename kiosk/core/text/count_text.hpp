#pragma once
// "1 card", "27 cards": a count and its noun, for messages and screens.

#include <cstddef>
#include <string>

namespace haven {

inline std::string count_text(size_t n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

} // namespace haven
