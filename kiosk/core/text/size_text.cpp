#include "core/text/size_text.hpp"

#include <charconv>

namespace haven {

std::optional<Size> parse_size(std::string_view text) {
    const size_t x = text.find_first_of("xX");
    if (x == std::string_view::npos) return std::nullopt;
    auto side = [](std::string_view s) -> std::optional<int> {
        int value = 0;
        const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
        if (ec != std::errc() || end != s.data() + s.size() || value < 64 || value > 16384) return std::nullopt;
        return value;
    };
    const auto w = side(text.substr(0, x));
    const auto h = side(text.substr(x + 1));
    if (!w || !h) return std::nullopt;
    return Size{*w, *h};
}

} // namespace haven
