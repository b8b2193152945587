#include "core/handout/help_link_text.hpp"

namespace haven {

std::string readable_phone_number(const std::string& url) {
    std::string digits = url.rfind("tel:", 0) == 0 ? url.substr(4) : url;
    const bool uk_eleven = digits.size() == 11 && digits[0] == '0';
    if (uk_eleven) return digits.substr(0, 4) + " " + digits.substr(4, 3) + " " + digits.substr(7);
    if (digits.size() == 6) return digits.substr(0, 3) + " " + digits.substr(3);
    return digits;
}

std::string readable_address(const std::string& url) {
    std::string out = url.rfind("https://", 0) == 0 ? url.substr(8) : url;
    if (!out.empty() && out.back() == '/') out.pop_back();
    return out;
}

std::string readable_link(const std::string& url) {
    return url.rfind("tel:", 0) == 0 ? readable_phone_number(url) : readable_address(url);
}

} // namespace haven
