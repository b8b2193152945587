#include "core/content/help_link_check.hpp"

#include "core/handout/qr_matrix.hpp"

#include <algorithm>
#include <cctype>

namespace haven {

int qr_version_for(std::string_view text) {
    const QrMatrix code = make_qr(text);
    return code.size > 0 ? (code.size - 17) / 4 : 0;  // version v has 17 + 4v modules a side
}

std::string help_url_problem(std::string_view url) {
    if (url.empty()) return "the url is empty";
    if (url.find_first_of(" \t\r\n") != std::string_view::npos) {
        return url.rfind("tel:", 0) == 0 ? "write the phone number without spaces, e.g. tel:08088080000"
                                         : "the url contains spaces";
    }
    if (url.rfind("tel:", 0) == 0) {
        std::string_view number = url.substr(4);
        if (!number.empty() && number.front() == '+') number.remove_prefix(1);
        if (number.size() < 3 || number.size() > 15 ||
            !std::all_of(number.begin(), number.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }))
            return "a tel: link needs 3 to 15 digits, optionally after +, e.g. tel:08088080000";
    } else if (url.rfind("https://", 0) == 0) {
        const std::string_view rest = url.substr(8);
        const std::string_view host = rest.substr(0, rest.find_first_of("/?#"));
        if (host.empty() || host.find('.') == std::string_view::npos)
            return "the web address has no site name after https://";
    } else {
        return "only https:// and tel: links are allowed (got '" + std::string(url.substr(0, 40)) + "')";
    }
    const int version = qr_version_for(url);
    if (version == 0 || version > kMaxQrVersion)
        return "the url is too long for a QR code a phone reads at arm's length (" + std::to_string(url.size()) +
               " characters; keep it to about 100)";
    return {};
}

} // namespace haven
