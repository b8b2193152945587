#pragma once
// Screen sizes written as WxH ("1920x1080"), as the command line takes them.

#include "core/input/geometry.hpp"

#include <optional>
#include <string_view>

namespace haven {

// Accepts WxH with each side from 64 to 16384 pixels; anything else is nullopt.
std::optional<Size> parse_size(std::string_view text);

} // namespace haven
